// The calendar: birthdays, work anniversaries and custom milestones of the org's active members as
// their celebrate preference allows (policy "milestone.view"; team milestones are everyone's), and
// 1:1s: the viewer's own, plus for managers their direct reports' (a manager of managers sees their
// managers' 1:1s with their teams; a whole subtree's, for a CEO the org's, would bury the month).
// One fixed handful of queries for any range (month, "coming up", the iCal feed's year): members by
// (organization, birthday month), milestones by (organization, date), meetings by (organization,
// manager|report, startsAt) as two indexed lookups rather than an OR. Nothing loads the viewer's
// subtree: "is the viewer above them" is one walk up from the few people in question.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { OrgCtx } from "../../lib/context";
import { addDays, addMonths, atLocalTime, type IsoDate, localDate, monthBounds, monthsBetween } from "../../lib/dates";
import { notFound } from "../../lib/errors";
import { can, type Viewer } from "../../policy";
import { viewerOf } from "../access/access.service";
import { orgSettings } from "../orgs/orgs.service";
import { EVENT_KINDS, type EventKind, FEED_MONTHS_AHEAD, FEED_MONTHS_BACK, UPCOMING_DAYS } from "./calendar.limits";
import type { TCalendarEvent, TMonthInput } from "./calendar.schema";
import {
  anniversaries,
  birthdays,
  calendarOrder,
  candidateRange,
  customMilestones,
  type PersonFacts,
  type Range,
} from "./events";
import { milestonesBetween } from "./milestones.service";

type Celebrate = "PUBLIC" | "PRIVATE" | "NONE";
type MemberRow = {
  id: string;
  name: string;
  celebrate: Celebrate;
  birthdayMonth: number | null;
  birthdayDay: number | null;
  startDate: Date | null;
};

type Query = {
  from: IsoDate;
  to: IsoDate;
  kinds: ReadonlySet<EventKind>;
  teamId?: string;
  /** Only these people's milestones (no team milestones): the dashboard's reports. */
  personIds?: readonly string[];
  /** Whose 1:1s: the viewer's and their direct reports' (the app), the viewer's only (the iCal feed). */
  meetings: "reports" | "own";
};

/** Active members with a birthday or start date in the months the range touches (NONE: only the viewer). */
function membersIn(ctx: OrgCtx, q: Query, months: number[]) {
  if (!q.kinds.has("birthday") && !q.kinds.has("anniversary")) return Promise.resolve([]);
  const byBirthday = q.kinds.has("birthday") ? Prisma.sql`"birthdayMonth" = ANY(${months}::int[])` : Prisma.sql`FALSE`;
  const byStart = q.kinds.has("anniversary")
    ? Prisma.sql`EXTRACT(MONTH FROM "startDate")::int = ANY(${months}::int[])`
    : Prisma.sql`FALSE`;
  return ctx.db.$queryRaw<MemberRow[]>`
    SELECT id, name, celebrate::text AS celebrate, "birthdayMonth", "birthdayDay", "startDate"
    FROM "Membership"
    WHERE "organizationId" = ${ctx.org.id} AND status = 'ACTIVE'
      AND (celebrate <> 'NONE' OR id = ${ctx.me.id})
      ${q.teamId ? Prisma.sql`AND "teamId" = ${q.teamId}` : Prisma.empty}
      ${q.personIds ? Prisma.sql`AND id = ANY(${q.personIds}::text[])` : Prisma.empty}
      AND (${byBirthday} OR ${byStart})`;
}

type MeetingPerson = { id: string; name: string; teamId: string | null; timeZone: string };
type MeetingRow = {
  id: string;
  managerId: string;
  reportId: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  /** The viewer's local day it starts on (computed in SQL: luxon per row cost more than the query). */
  date: IsoDate;
  manager: MeetingPerson;
  report: MeetingPerson;
};

/**
 * 1:1s starting within the range in the viewer's zone, skipped ones left out: the viewer's (as
 * manager or as report), and with "reports" those their direct reports hold as managers; with a
 * team, those with a participant in it. One statement: by manager, UNION ALL by report (two
 * indexed lookups on (organization, manager|report, startsAt), never an OR). Each 1:1's two people
 * by primary key (LATERAL ... LIMIT 1): as plain joins, the planner's guess of the month's 1:1s
 * (10x too many at 50,000 people) made hashing all the org's memberships look cheaper (45 of 48 ms).
 */
function meetingsIn(ctx: OrgCtx, q: Query) {
  const org = ctx.org.id;
  const me = ctx.me.id;
  const zone = ctx.me.timeZone;
  const from = atLocalTime(q.from, "00:00", zone);
  const until = atLocalTime(addDays(q.to, 1), "00:00", zone);
  const inRange = Prisma.sql`"organizationId" = ${org} AND status <> 'SKIPPED' AND "startsAt" >= ${from} AND "startsAt" < ${until}`;
  const managers =
    q.meetings === "reports"
      ? Prisma.sql`(SELECT ${me} UNION ALL SELECT id FROM "Membership" WHERE "organizationId" = ${org} AND "managerId" = ${me})`
      : Prisma.sql`(${me})`;
  const person = (alias: string) =>
    Prisma.raw(
      `json_build_object('id', ${alias}.id, 'name', ${alias}.name, 'teamId', ${alias}."teamId", 'timeZone', ${alias}."timeZone")`,
    );
  return ctx.db.$queryRaw<MeetingRow[]>`
    SELECT mt.id, mt."managerId", mt."reportId", mt."startsAt", mt."durationMinutes", mt."timeZone",
           to_char(mt."startsAt" AT TIME ZONE ${zone}, 'YYYY-MM-DD') AS date, ${person("mg")} AS manager, ${person("rp")} AS report
    FROM (SELECT * FROM "Meeting" WHERE ${inRange} AND "managerId" IN ${managers}
          UNION ALL
          SELECT * FROM "Meeting" WHERE ${inRange} AND "reportId" = ${me}) mt
    CROSS JOIN LATERAL (SELECT * FROM "Membership" WHERE "organizationId" = ${org} AND id = mt."managerId" LIMIT 1) mg
    CROSS JOIN LATERAL (SELECT * FROM "Membership" WHERE "organizationId" = ${org} AND id = mt."reportId" LIMIT 1) rp
    ${q.teamId ? Prisma.sql`WHERE ${q.teamId} IN (mg."teamId", rp."teamId")` : Prisma.empty}`;
}

function meetingEvent(ctx: OrgCtx, m: MeetingRow): TCalendarEvent {
  const inPair = m.managerId === ctx.me.id || m.reportId === ctx.me.id;
  const other = m.managerId === ctx.me.id ? m.report : inPair ? m.manager : m.report;
  return {
    id: `meeting:${m.id}`,
    kind: "oneOnOne",
    date: m.date,
    actualDate: m.date,
    title: inPair ? `1:1 with ${other.name}` : `1:1: ${m.manager.name} with ${m.report.name}`,
    person: { id: other.id, name: other.name },
    team: null,
    years: null,
    highlight: false,
    visibility: "PRIVATE",
    startsAt: m.startsAt,
    endsAt: new Date(m.startsAt.getTime() + m.durationMinutes * 60_000),
    meetingZone: m.timeZone,
    otherZone: inPair ? other.timeZone : null,
    meetingId: m.id,
    celebrate: null,
  };
}

/** How the viewer may see a person's milestones: PUBLIC, PRIVATE (as the person or above), or not at all. */
function visibilityOf(viewer: Viewer, personId: string, celebrate: Celebrate) {
  if (!can(viewer, "milestone.view", { personId, celebrate })) return null;
  return celebrate === "PUBLIC" ? ("PUBLIC" as const) : ("PRIVATE" as const);
}

/** Every event shown from `from` to `to` (inclusive) that the viewer may see, in calendar order. */
async function eventsBetween(ctx: OrgCtx, q: Query) {
  // The dates worth loading, as if weekend milestones moved to Friday (two days more at most), so
  // the org's setting is read alongside the rest; `shown` then keeps what the setting puts in range.
  const candidates = candidateRange({ from: q.from, to: q.to, fridays: true });
  const [settings, team, members, milestones, meetings] = await Promise.all([
    orgSettings(ctx),
    q.teamId
      ? ctx.db.team.findFirst({ where: { id: q.teamId, organizationId: ctx.org.id }, select: { id: true } })
      : null,
    membersIn(ctx, q, monthsBetween(candidates.from, candidates.to)),
    q.kinds.has("milestone")
      ? milestonesBetween(ctx, { ...candidates, teamId: q.teamId, personIds: q.personIds })
      : Promise.resolve({ rows: [], teamMembers: new Map<string, { id: string; name: string }[]>() }),
    q.kinds.has("oneOnOne") ? meetingsIn(ctx, q) : [],
  ]);
  // Nothing is returned for a team of another org (every query above is scoped by the org).
  if (q.teamId && !team) throw notFound("Team not found");
  const range: Range = { from: q.from, to: q.to, fridays: settings.weekendMilestonesOnFriday };
  // Whether the viewer is above a PRIVATE person or a 1:1's report: one walk up from them all.
  const viewer = await viewerOf(ctx, [
    ...members.filter((m) => m.celebrate === "PRIVATE").map((m) => m.id),
    ...milestones.rows.flatMap((m) => (m.person?.celebrate === "PRIVATE" ? [m.person.id] : [])),
    ...meetings.map((m) => m.reportId),
  ]);
  const facts = (p: { id: string; name: string; celebrate: Celebrate }): PersonFacts | null => {
    const visibility = visibilityOf(viewer, p.id, p.celebrate);
    return visibility ? { id: p.id, name: p.name, visibility, isMe: p.id === ctx.me.id } : null;
  };
  const events: TCalendarEvent[] = [];
  for (const m of members) {
    const p = facts(m);
    if (!p) continue;
    if (q.kinds.has("birthday") && m.birthdayMonth && m.birthdayDay)
      events.push(...birthdays(range, p, m.birthdayMonth, m.birthdayDay));
    if (q.kinds.has("anniversary") && m.startDate) events.push(...anniversaries(range, p, m.startDate, ctx.org.name));
  }
  for (const m of milestones.rows) {
    if (m.person) {
      const p = facts(m.person);
      if (p) events.push(...customMilestones(range, { ...m, subject: { person: p } }));
    } else if (m.team) {
      const recipients = (milestones.teamMembers.get(m.team.id) ?? []).filter((p) => p.id !== ctx.me.id);
      events.push(...customMilestones(range, { ...m, subject: { team: m.team, recipients } }));
    }
  }
  // The 1:1 list's rule, as the final word: in the pair, or above its report.
  for (const m of meetings) if (can(viewer, "oneOnOne.viewContent", m)) events.push(meetingEvent(ctx, m));
  return { settings, events: events.sort(calendarOrder) };
}

/** A calendar month "YYYY-MM": milestones by the day they are shown on, 1:1s by the viewer's local day. */
export async function month(ctx: OrgCtx, input: TMonthInput, now = new Date()) {
  const { first, last } = monthBounds(input.month);
  const { settings, events } = await eventsBetween(ctx, {
    from: first,
    to: last,
    kinds: new Set(input.kinds),
    teamId: input.teamId,
    meetings: "reports",
  });
  return {
    month: input.month,
    today: localDate(now, ctx.me.timeZone),
    zone: ctx.me.timeZone,
    weekendMilestonesOnFriday: settings.weekendMilestonesOnFriday,
    events,
  };
}

const MILESTONE_KINDS: ReadonlySet<EventKind> = new Set(["birthday", "anniversary", "milestone"]);

/** "Celebrations coming up": milestones shown from the viewer's today over the next `days` days. */
export async function upcoming(ctx: OrgCtx, days = UPCOMING_DAYS, now = new Date()) {
  const today = localDate(now, ctx.me.timeZone);
  const until = addDays(today, days - 1);
  const { events } = await eventsBetween(ctx, { from: today, to: until, kinds: MILESTONE_KINDS, meetings: "own" });
  return { today, until, zone: ctx.me.timeZone, events };
}

/** The iCal feed's events: a month back to a year ahead, the same milestones, the viewer's own 1:1s only. */
export async function feedEvents(ctx: OrgCtx, now = new Date()) {
  const today = localDate(now, ctx.me.timeZone);
  const { events } = await eventsBetween(ctx, {
    from: addMonths(today, -FEED_MONTHS_BACK),
    to: addMonths(today, FEED_MONTHS_AHEAD),
    kinds: new Set(EVENT_KINDS),
    meetings: "own",
  });
  return { zone: ctx.me.timeZone, orgName: ctx.org.name, events };
}

/** The milestones of some people (a manager's reports) shown from the viewer's today over `days` days. */
export async function upcomingFor(ctx: OrgCtx, personIds: readonly string[], days: number, now = new Date()) {
  if (personIds.length === 0) return [];
  const today = localDate(now, ctx.me.timeZone);
  const { events } = await eventsBetween(ctx, {
    from: today,
    to: addDays(today, days - 1),
    kinds: MILESTONE_KINDS,
    personIds,
    meetings: "own",
  });
  return events;
}
