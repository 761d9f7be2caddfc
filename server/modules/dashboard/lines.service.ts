// The manager dashboard's lines: one per direct report, from one statement (a LATERAL lookup per
// report on the tenant-first indexes: PERF-NOTES' dashboard row, ~4 ms at 50,000 people), the last
// touch from the one place that computes it (touches), the next milestone through the calendar's
// rules (celebrate preferences), then health and the cadence advisor (pure). "This week" is cut
// from the same lines: no second copy of these queries. Dates and counts only: no 1:1 content.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import { cadenceIntervalDays, parseRRule } from "../../lib/cadence";
import type { OrgCtx } from "../../lib/context";
import { localDate } from "../../lib/dates";
import { HELD_SQL } from "../../lib/held-sql";
import { upcomingFor } from "../calendar/calendar.service";
import { STALE_DAYS } from "../competencies/levels.service";
import { lastTouches, pairKey } from "../touches/touches.service";
import { adviseCadence } from "./advisor";
import { healthOf, RECOGNITION_AMBER_DAYS } from "./health";
import type { Viewer } from "./scope";

const DAY = 86_400_000;
/** The "this week" window for 1:1s to prepare, and for milestones. */
export const PREPARE_DAYS = 7;
export const MILESTONE_DAYS = 14;

type LineRow = {
  id: string;
  name: string;
  title: string | null;
  timeZone: string;
  startDate: Date | null;
  rrule: string | null;
  cadenceStatus: "ACTIVE" | "PAUSED" | null;
  cadenceKind: "REGULAR" | "NO_AGENDA" | "AD_HOC" | null;
  cadenceSince: Date | null;
  lastHeldAt: Date | null;
  nextId: string | null;
  nextAt: Date | null;
  lastReceivedAt: Date | null;
  lastGivenAt: Date | null;
  openItems: number;
  overdueItems: number;
  levels: { competencyId: string; name: string; rating: number; label: string; at: string }[] | null;
  ratings: ("YES" | "SOMEWHAT" | "NO")[] | null;
};

const daysSince = (at: Date | null, now: Date) => (at ? Math.floor((now.getTime() - at.getTime()) / DAY) : null);

function cadenceSummary(rrule: string) {
  const spec = parseRRule(rrule);
  if (spec.frequency === "MONTHLY") return "Monthly";
  return spec.intervalWeeks === 1 ? "Weekly" : `Every ${spec.intervalWeeks} weeks`;
}

/** The lines' statement: one row per active direct report (also run as is by the benchmarks' raw SQL side). */
export function linesSql(ctx: Viewer, teamId: string | undefined, now: Date): Prisma.Sql {
  const org = ctx.org.id;
  const me = ctx.me.id;
  const today = localDate(now, ctx.me.timeZone);
  return Prisma.sql`
    SELECT s.id, s.name, s.title, s."timeZone", s."startDate",
           c.rrule, c.status::text AS "cadenceStatus", c.kind::text AS "cadenceKind",
           c."createdAt" AS "cadenceSince",
           (SELECT max(m."startsAt") FROM "Meeting" m
             WHERE m."organizationId" = ${org} AND m."managerId" = ${me} AND m."reportId" = s.id
               AND m."startsAt" <= ${now} AND ${Prisma.raw(HELD_SQL)}) AS "lastHeldAt",
           nx.id AS "nextId", nx."startsAt" AS "nextAt",
           (SELECT max(r."createdAt") FROM "RecognitionRecipient" r
             WHERE r."organizationId" = ${org} AND r."recipientId" = s.id AND r."deletedAt" IS NULL) AS "lastReceivedAt",
           (SELECT max(r."createdAt") FROM "RecognitionRecipient" r
             WHERE r."organizationId" = ${org} AND r."giverId" = s.id AND r."deletedAt" IS NULL) AS "lastGivenAt",
           (SELECT count(*) FROM "ActionItem" a
             WHERE a."organizationId" = ${org} AND a."managerId" = ${me} AND a."reportId" = s.id
               AND a."completedAt" IS NULL AND a."deletedAt" IS NULL)::int AS "openItems",
           (SELECT count(*) FROM "ActionItem" a
             WHERE a."organizationId" = ${org} AND a."managerId" = ${me} AND a."reportId" = s.id
               AND a."completedAt" IS NULL AND a."deletedAt" IS NULL AND a."dueOn" < ${today}::date)::int AS "overdueItems",
           (SELECT json_agg(json_build_object('competencyId', l."competencyId", 'name', co.name, 'rating', l.rating,
                                              'label', l.label, 'at', l.at) ORDER BY co.position, co.id)
              FROM "CompetencyLevel" l
              JOIN "Competency" co ON co."organizationId" = l."organizationId" AND co.id = l."competencyId"
             WHERE l."organizationId" = ${org} AND l."personId" = s.id AND co."archivedAt" IS NULL) AS levels,
           (SELECT json_agg(f.rating ORDER BY f."createdAt" DESC) FROM (
              SELECT rating::text AS rating, "createdAt" FROM "MeetingFeedback"
               WHERE "organizationId" = ${org} AND "reportId" = s.id ORDER BY "createdAt" DESC LIMIT 3) f) AS ratings
      FROM "Membership" s
      LEFT JOIN "Cadence" c ON c."organizationId" = ${org} AND c."managerId" = ${me} AND c."reportId" = s.id
           AND c.status <> 'ENDED'
      LEFT JOIN LATERAL (
        SELECT m.id, m."startsAt" FROM "Meeting" m
         WHERE m."organizationId" = ${org} AND m."managerId" = ${me} AND m."reportId" = s.id
           AND m.status IN ('SCHEDULED', 'RESCHEDULED') AND m."startsAt" > ${now}::timestamptz - interval '1 hour'
         ORDER BY m."startsAt" LIMIT 1) nx ON true
     WHERE s."organizationId" = ${org} AND s."managerId" = ${me} AND s.status = 'ACTIVE'
       ${teamId ? Prisma.sql`AND s."teamId" = ${teamId}` : Prisma.empty}
     ORDER BY s.name, s.id`;
}

/** One line per active direct report of the caller (optionally of one team), by name. */
export async function reportLines(ctx: OrgCtx, teamId: string | undefined, now = new Date()) {
  const me = ctx.me.id;
  const rows = await ctx.db.$queryRaw<LineRow[]>(linesSql(ctx, teamId, now));
  const ids = rows.map((r) => r.id);
  const [touches, milestones] = await Promise.all([
    lastTouches(
      ctx,
      ids.map((b) => ({ a: me, b })),
      now,
    ),
    upcomingFor(ctx, ids, MILESTONE_DAYS, now),
  ]);
  const span = rows.length;
  const staleBefore = now.getTime() - STALE_DAYS * DAY;
  const lines = rows.map((r) => {
    const spec = r.rrule ? parseRRule(r.rrule) : null;
    const tenureDays = daysSince(r.startDate, now);
    const touch = touches.get(pairKey(me, r.id)) ?? null;
    const next = milestones.find((e) => e.person?.id === r.id) ?? null;
    const { health, reasons } = healthOf({
      daysSinceHeld: daysSince(r.lastHeldAt, now),
      daysSinceCadence: daysSince(r.cadenceSince, now),
      intervalDays: spec ? cadenceIntervalDays(spec) : null,
      paused: r.cadenceStatus === "PAUSED",
      daysSinceRecognised: daysSince(r.lastReceivedAt, now),
      tenureDays,
      overdueItems: r.overdueItems,
    });
    return {
      id: r.id,
      name: r.name,
      title: r.title,
      timeZone: r.timeZone,
      cadence: r.rrule ? { summary: cadenceSummary(r.rrule), paused: r.cadenceStatus === "PAUSED" } : null,
      lastHeldAt: r.lastHeldAt,
      next: r.nextId && r.nextAt ? { id: r.nextId, startsAt: r.nextAt } : null,
      lastTouch: touch ? { at: touch.at, kind: touch.kind, days: daysSince(touch.at, now) ?? 0 } : null,
      lastReceivedAt: r.lastReceivedAt,
      lastGivenAt: r.lastGivenAt,
      openItems: r.openItems,
      overdueItems: r.overdueItems,
      nextMilestone: next ? { title: next.title, date: next.date, kind: next.kind } : null,
      levels: (r.levels ?? []).map((l) => ({
        competencyId: l.competencyId,
        name: l.name,
        rating: l.rating,
        label: l.label,
        stale: new Date(l.at).getTime() < staleBefore,
      })),
      health,
      reasons,
      advice: adviseCadence({ spec, kind: r.cadenceKind, tenureDays, span, ratings: r.ratings ?? [] }),
    };
  });
  const soon = now.getTime() + PREPARE_DAYS * DAY;
  return {
    zone: ctx.me.timeZone,
    lines,
    thisWeek: {
      prepare: lines
        .flatMap((l) =>
          l.next && l.next.startsAt.getTime() <= soon ? [{ ...l.next, withId: l.id, withName: l.name }] : [],
        )
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
      overdue: lines
        .filter((l) => l.reasons.some((x) => x.startsWith("no 1:1")))
        .map((l) => ({ id: l.id, name: l.name, lastHeldAt: l.lastHeldAt, nextId: l.next?.id ?? null })),
      milestones: milestones.map((e) => ({
        id: e.id,
        kind: e.kind,
        title: e.title,
        date: e.date,
        person: e.person,
      })),
      notRecognised: lines
        .filter((l) => {
          const d = daysSince(l.lastReceivedAt, now);
          return d === null ? true : d > RECOGNITION_AMBER_DAYS;
        })
        .map((l) => ({ id: l.id, name: l.name, lastReceivedAt: l.lastReceivedAt })),
    },
  };
}
