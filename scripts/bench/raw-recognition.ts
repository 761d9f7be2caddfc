// The floors of the recognition feed and the calendar month (issue 9), in the style of ./raw-sql.ts:
// the minimal SQL each page needs, written by hand and run with plain `pg`, one function per
// procedure with every round trip listed. Same visibility rules, joins, limit and keyset as the
// procedure, deleted rows excluded; nothing shared with server/ (the floor must not move when the
// app's SQL does). The feed pages by the partial index (organization, createdAt DESC, id DESC)
// WHERE deletedAt IS NULL with a row comparison; a person's "received" tab by the recipient rows'
// copied date (organization, recipient, createdAt). The calendar reads the team's members, the
// team's and its members' milestones, and the 1:1s as two indexed lookups, in one query.
import type pg from "pg";

type Role = "ADMIN" | "MANAGER" | "EMPLOYEE";
type Me = { id: string; role: Role; orgId: string; orgName: string; timeZone: string; fridays: boolean };

/** Round trip 1: the org by slug and the caller's active membership, zone and the org's weekend setting. */
async function me(db: pg.Pool, org: string, userId: string): Promise<Me> {
  const { rows } = await db.query<Me>(
    `SELECT m.id, m.role, m."organizationId" AS "orgId", o.name AS "orgName", m."timeZone",
            COALESCE(o.settings->>'weekendMilestonesOnFriday' = 'true', false) AS fridays
     FROM "Organization" o JOIN "Membership" m ON m."organizationId" = o.id
     WHERE o.slug = $1 AND m."userId" = $2 AND m.status = 'ACTIVE'`,
    [org, userId],
  );
  if (!rows[0]) throw new Error(`raw SQL: ${userId} is not an active member of ${org}`);
  return rows[0];
}

/**
 * The caller's subtree ($1 the org, $2 the caller), walked down; UNION keeps each person once. Each
 * level is an index probe per person found (LATERAL, OFFSET 0 so it is not flattened into a join):
 * planned as a plain join, the recursive step's guessed size (10x the first level) makes a hash
 * join over a sequential scan of the org's memberships look cheaper, 20-40 ms at 50,000 people.
 */
const BELOW = `
  below AS (
    SELECT id FROM "Membership" WHERE "organizationId" = $1 AND "managerId" = $2
    UNION
    SELECT m.id FROM below b
    CROSS JOIN LATERAL (SELECT id FROM "Membership" WHERE "organizationId" = $1 AND "managerId" = b.id OFFSET 0) m
  )`;

// ---- recognition.feed ----

/**
 * A page of recognitions (the `page` CTE, in order) with what each item shows: the giver's name,
 * the competency tag, the recipients by name, and reactions counted per emoji with the caller's own
 * ($2) marked. Correlated subqueries by primary key, as Prisma's relation joins do.
 */
const ITEMS = `
  SELECT r.id, r.message, r.visibility, r."createdAt", r."editedAt", r."giverId", r.behaviour,
         json_build_object('id', g.id, 'name', g.name) AS giver,
         CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name) END AS competency,
         (SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
            FROM "RecognitionRecipient" x
            JOIN "Membership" p ON p."organizationId" = x."organizationId" AND p.id = x."recipientId"
           WHERE x."organizationId" = r."organizationId" AND x."recognitionId" = r.id) AS recipients,
         (SELECT COALESCE(json_agg(json_build_object('emoji', e.emoji, 'count', e.n, 'mine', e.mine)), '[]')
            FROM (SELECT emoji, count(*)::int AS n, bool_or("memberId" = $2) AS mine FROM "RecognitionReaction"
                   WHERE "organizationId" = r."organizationId" AND "recognitionId" = r.id GROUP BY emoji) e) AS reactions
  FROM page r
  JOIN "Membership" g ON g."organizationId" = r."organizationId" AND g.id = r."giverId"
  LEFT JOIN "Competency" c ON c."organizationId" = r."organizationId" AND c.id = r."competencyId"
  ORDER BY r."createdAt" DESC, r.id DESC`;

/** The org's public feed: live public recognitions newest first, $3 rows after the ($4, $5) cursor if any. */
const orgFeed = (cursor: boolean) => `
  WITH page AS (
    SELECT * FROM "Recognition"
    WHERE "organizationId" = $1 AND "deletedAt" IS NULL AND visibility = 'PUBLIC'
      ${cursor ? `AND ("createdAt", id) < ($4::timestamptz, $5::text)` : ""}
    ORDER BY "createdAt" DESC, id DESC LIMIT $3)
  ${ITEMS}`;

/**
 * What person $4 received, as far as the caller ($2) may see it: public, or private where the
 * caller is the giver or a recipient is the caller or below them. Walked newest first on the
 * recipient rows' copied date, each joined to its recognition (live only) by key.
 */
const receivedFeed = (cursor: boolean) => `
  WITH RECURSIVE ${BELOW},
  page AS (
    SELECT r.* FROM "RecognitionRecipient" rr
    JOIN "Recognition" r ON r."organizationId" = rr."organizationId" AND r.id = rr."recognitionId"
    WHERE rr."organizationId" = $1 AND rr."recipientId" = $4 AND r."deletedAt" IS NULL
      AND (r.visibility = 'PUBLIC' OR r."giverId" = $2 OR EXISTS (
            SELECT 1 FROM "RecognitionRecipient" v
            WHERE v."organizationId" = $1 AND v."recognitionId" = r.id
              AND (v."recipientId" = $2 OR v."recipientId" IN (SELECT id FROM below))))
      ${cursor ? `AND (rr."createdAt", rr."recognitionId") < ($5::timestamptz, $6::text)` : ""}
    ORDER BY rr."createdAt" DESC, rr."recognitionId" DESC LIMIT $3)
  ${ITEMS}`;

type Ref = { id: string; name: string };
export type FeedItem = {
  id: string;
  createdAt: Date;
  giver: Ref;
  competency: Ref | null;
  recipients: Ref[];
  reactions: { emoji: string; count: number; mine: boolean }[];
};
type Cursor = { at: Date; id: string };

/**
 * 2 round trips: caller; one page (limit + 1 rows, to know if there is more) with everything the
 * items show. Without `personId` the org's public feed; with it, that person's received tab.
 */
export async function recognitionFeed(
  db: pg.Pool,
  org: string,
  userId: string,
  opts: { limit: number; cursor?: Cursor; receivedBy?: string },
) {
  const caller = await me(db, org, userId);
  const after = opts.cursor ? [opts.cursor.at, opts.cursor.id] : [];
  const { rows } = opts.receivedBy
    ? await db.query<FeedItem>(receivedFeed(!!opts.cursor), [
        caller.orgId,
        caller.id,
        opts.limit + 1,
        opts.receivedBy,
        ...after,
      ])
    : await db.query<FeedItem>(orgFeed(!!opts.cursor), [caller.orgId, caller.id, opts.limit + 1, ...after]);
  const items = rows.slice(0, opts.limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > opts.limit && last ? { at: last.createdAt, id: last.id } : null,
  };
}

// ---- calendar.month ----

/** Milestones that may be shown from $5 to $6 (candidate dates): one-off ones by date, yearly ones begun by then. */
const MAY_FALL = `((cm.recurrence = 'ONE_OFF' AND cm.date BETWEEN $5::date AND $6::date)
                   OR (cm.recurrence = 'YEARLY' AND cm.date <= $6::date))`;

/**
 * Everything a team's month needs in one query ($1 org, $2 caller, $3 team, $4 months touched,
 * $5..$6 candidate dates, $7 the caller's zone, $8..$9 the month's first and last day). Driven by
 * the team's members, never by the caller's subtree (for a CEO that is the whole org):
 * - the team, to refuse an unknown one;
 * - its active members with a birthday or start date in those months (NONE: only the caller);
 * - live milestones of the team (with its active members, whom "Celebrate" names) and of its active
 *   members (by person), from the team's members rather than the org's yearly milestones;
 * - 1:1s starting in the month in the caller's zone, not skipped, with a participant in the team
 *   (by manager, UNION by report: two indexed lookups), that the caller is in or that one of the
 *   caller's direct reports holds as manager;
 * - "the caller is above them" for the PRIVATE members: one walk up from them all
 *   (LATERAL, OFFSET 0: a probe per step; as a plain join the recursive step's guessed size makes a
 *   hash join over all the org's memberships look cheaper).
 */
const MONTH = `
  WITH RECURSIVE team AS (
    SELECT id, name, celebrate, "birthdayMonth", "birthdayDay", "startDate", status
    FROM "Membership" WHERE "organizationId" = $1 AND "teamId" = $3
  ),
  meetings AS (
    SELECT id, "managerId", "reportId", "startsAt", "durationMinutes", "timeZone" FROM "Meeting"
    WHERE "organizationId" = $1 AND "managerId" IN (SELECT id FROM team) AND status <> 'SKIPPED'
      AND "startsAt" >= ($8::date)::timestamp AT TIME ZONE $7 AND "startsAt" < ($9::date + 1)::timestamp AT TIME ZONE $7
    UNION
    SELECT id, "managerId", "reportId", "startsAt", "durationMinutes", "timeZone" FROM "Meeting"
    WHERE "organizationId" = $1 AND "reportId" IN (SELECT id FROM team) AND status <> 'SKIPPED'
      AND "startsAt" >= ($8::date)::timestamp AT TIME ZONE $7 AND "startsAt" < ($9::date + 1)::timestamp AT TIME ZONE $7
  ),
  subjects AS (SELECT id FROM team WHERE celebrate = 'PRIVATE'),
  up AS (
    SELECT s.id AS subject, p."managerId" AS above, 1 AS depth
    FROM subjects s JOIN "Membership" p ON p."organizationId" = $1 AND p.id = s.id
    UNION ALL
    SELECT u.subject, p."managerId", u.depth + 1 FROM up u
    CROSS JOIN LATERAL (SELECT "managerId" FROM "Membership" WHERE "organizationId" = $1 AND id = u.above OFFSET 0) p
    WHERE u.above <> $2 AND u.depth < 50
  ),
  mine AS (SELECT DISTINCT subject AS id FROM up WHERE above = $2)
  SELECT
    (SELECT count(*)::int FROM "Team" WHERE "organizationId" = $1 AND id = $3) AS teams,
    (SELECT COALESCE(json_agg(x), '[]') FROM (
       SELECT m.id, m.name, m.celebrate, m."birthdayMonth", m."birthdayDay", m."startDate"::text AS "startDate",
              m.id IN (SELECT id FROM mine) AS above
       FROM team m
       WHERE m.status = 'ACTIVE' AND (m.celebrate <> 'NONE' OR m.id = $2)
         AND (m."birthdayMonth" = ANY($4::int[]) OR EXTRACT(MONTH FROM m."startDate")::int = ANY($4::int[]))) x
    ) AS members,
    (SELECT COALESCE(json_agg(x), '[]') FROM (
       SELECT cm.id, cm.title, cm.date::text AS date, cm.recurrence, NULL::json AS person,
              json_build_object('id', t.id, 'name', t.name) AS team,
              (SELECT COALESCE(json_agg(tm.id ORDER BY tm.name), '[]') FROM team tm WHERE tm.status = 'ACTIVE') AS "teamMembers"
       FROM "CustomMilestone" cm JOIN "Team" t ON t."organizationId" = cm."organizationId" AND t.id = cm."teamId"
       WHERE cm."organizationId" = $1 AND cm."teamId" = $3 AND cm."deletedAt" IS NULL AND ${MAY_FALL}
       UNION ALL
       SELECT cm.id, cm.title, cm.date::text, cm.recurrence,
              json_build_object('id', p.id, 'name', p.name, 'celebrate', p.celebrate,
                                'above', p.id IN (SELECT id FROM mine)), NULL, NULL
       FROM team p
       JOIN "CustomMilestone" cm ON cm."organizationId" = $1 AND cm."personId" = p.id
       WHERE p.status = 'ACTIVE' AND cm."deletedAt" IS NULL AND ${MAY_FALL}) x
    ) AS milestones,
    (SELECT COALESCE(json_agg(x), '[]') FROM (
       SELECT m.id, m."managerId", m."reportId", m."startsAt", m."durationMinutes", m."timeZone",
              to_char(m."startsAt" AT TIME ZONE $7, 'YYYY-MM-DD') AS date,
              json_build_object('id', mgr.id, 'name', mgr.name, 'timeZone', mgr."timeZone") AS manager,
              json_build_object('id', rep.id, 'name', rep.name, 'timeZone', rep."timeZone") AS report
       FROM meetings m
       CROSS JOIN LATERAL (SELECT * FROM "Membership" WHERE "organizationId" = $1 AND id = m."managerId" LIMIT 1) mgr
       CROSS JOIN LATERAL (SELECT * FROM "Membership" WHERE "organizationId" = $1 AND id = m."reportId" LIMIT 1) rep
       WHERE $2 IN (m."managerId", m."reportId")
          OR m."managerId" IN (SELECT id FROM "Membership" WHERE "organizationId" = $1 AND "managerId" = $2)) x
    ) AS meetings`;

type Celebrate = "PUBLIC" | "PRIVATE" | "NONE";
type MemberRow = {
  id: string;
  name: string;
  celebrate: Celebrate;
  birthdayMonth: number | null;
  birthdayDay: number | null;
  startDate: string | null;
  above: boolean;
};
type MilestoneRow = {
  id: string;
  title: string;
  date: string;
  recurrence: "ONE_OFF" | "YEARLY";
  person: (Ref & { celebrate: Celebrate; above: boolean }) | null;
  team: Ref | null;
  teamMembers: string[] | null;
};
type Person = { id: string; name: string; timeZone: string };
type MeetingRow = {
  id: string;
  managerId: string;
  reportId: string;
  startsAt: string;
  durationMinutes: number;
  timeZone: string;
  date: string;
  manager: Person;
  report: Person;
};
export type CalendarEvent = {
  id: string;
  date: string;
  title: string;
  visibility: "PUBLIC" | "PRIVATE";
  startsAt: number | null;
  celebrate: string[] | null;
};

// Calendar dates as "YYYY-MM-DD", computed here (not with the app's helpers).
const DAY_MS = 86_400_000;
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * 2 round trips: caller (with the org's weekend setting); the team's month in one query. Then what
 * the app does in memory: each birthday, anniversary (one year or more) and milestone occurrence in
 * the month (Feb 29 on Feb 28 in other years, weekends on the Friday before when the org says so),
 * as the viewer may see it; the 1:1s by the caller's local day; all in calendar order.
 */
export async function calendarMonth(db: pg.Pool, org: string, userId: string, month: string, teamId: string) {
  const caller = await me(db, org, userId);
  const [year, mon] = month.split("-").map(Number) as [number, number];
  const from = `${month}-01`;
  const to = plusDays(`${mon === 12 ? year + 1 : year}-${pad(mon === 12 ? 1 : mon + 1)}-01`, -1);
  // A weekend day just after the month shows on its last Friday: look 2 days further.
  const candidateTo = caller.fridays ? plusDays(to, 2) : to;
  const months = [...new Set([mon, Number(candidateTo.slice(5, 7))])];
  const { rows } = await db.query<{
    teams: number;
    members: MemberRow[];
    milestones: MilestoneRow[];
    meetings: MeetingRow[];
  }>(MONTH, [caller.orgId, caller.id, teamId, months, from, candidateTo, caller.timeZone, from, to]);
  const found = rows[0];
  if (!found?.teams) throw new Error("raw SQL: team not found");

  const shownOn = (date: string) => {
    if (!caller.fridays) return date;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday === 6 ? plusDays(date, -1) : weekday === 0 ? plusDays(date, -2) : date;
  };
  /** Occurrences of month/day (from `since` on) shown in the month: [shown date, actual date]. */
  const occurrences = (m: number, d: number, since = from): [string, string][] => {
    const out: [string, string][] = [];
    for (let y = Number(from.slice(0, 4)); y <= Number(candidateTo.slice(0, 4)); y++) {
      const actual = `${y}-${pad(m)}-${pad(m === 2 && d === 29 && !isLeap(y) ? 28 : d)}`;
      const shown = shownOn(actual);
      if (actual >= since && actual >= from && actual <= candidateTo && shown >= from && shown <= to)
        out.push([shown, actual]);
    }
    return out;
  };
  const visibility = (p: { id: string; celebrate: Celebrate; above: boolean }) =>
    p.celebrate === "PUBLIC"
      ? ("PUBLIC" as const)
      : p.id === caller.id || (p.celebrate === "PRIVATE" && p.above)
        ? ("PRIVATE" as const)
        : null;
  const celebrateFor = (p: { id: string }) => (p.id === caller.id ? null : [p.id]);

  const events: CalendarEvent[] = [];
  const allDay = (e: Omit<CalendarEvent, "startsAt">) => events.push({ ...e, startsAt: null });
  for (const p of found.members) {
    const shown = visibility(p);
    if (!shown) continue;
    if (p.birthdayMonth && p.birthdayDay)
      for (const [date, actual] of occurrences(p.birthdayMonth, p.birthdayDay))
        allDay({
          id: `birthday:${p.id}:${actual.slice(0, 4)}`,
          date,
          title: `${p.name}'s birthday`,
          visibility: shown,
          celebrate: celebrateFor(p),
        });
    if (p.startDate) {
      const [y, m, d] = p.startDate.split("-").map(Number) as [number, number, number];
      for (const [date, actual] of occurrences(m, d)) {
        const years = Number(actual.slice(0, 4)) - y;
        if (years >= 1)
          allDay({
            id: `anniversary:${p.id}:${actual.slice(0, 4)}`,
            date,
            title: `${p.name}: ${years} ${years === 1 ? "year" : "years"} at ${caller.orgName}`,
            visibility: shown,
            celebrate: celebrateFor(p),
          });
      }
    }
  }
  for (const ms of found.milestones) {
    const shown = ms.person ? visibility(ms.person) : ("PUBLIC" as const);
    if (!shown) continue;
    const [, m, d] = ms.date.split("-").map(Number) as [number, number, number];
    const dates: [string, string][] =
      ms.recurrence === "YEARLY"
        ? occurrences(m, d, ms.date)
        : shownOn(ms.date) >= from && shownOn(ms.date) <= to
          ? [[shownOn(ms.date), ms.date]]
          : [];
    const others = (ms.teamMembers ?? []).filter((id) => id !== caller.id);
    for (const [date, actual] of dates)
      allDay({
        id: `milestone:${ms.id}:${actual.slice(0, 4)}`,
        date,
        title: ms.title,
        visibility: shown,
        celebrate: ms.person ? celebrateFor(ms.person) : others.length > 0 ? others : null,
      });
  }
  // Every 1:1 the query returned is the caller's (in the pair) or below them (above its report).
  for (const m of found.meetings) {
    const inPair = m.managerId === caller.id || m.reportId === caller.id;
    const other = m.managerId === caller.id ? m.report : inPair ? m.manager : m.report;
    events.push({
      id: `meeting:${m.id}`,
      date: m.date,
      title: inPair ? `1:1 with ${other.name}` : `1:1: ${m.manager.name} with ${m.report.name}`,
      visibility: "PRIVATE",
      startsAt: Date.parse(m.startsAt),
      celebrate: null,
    });
  }
  events.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      Number(a.startsAt !== null) - Number(b.startsAt !== null) ||
      (a.startsAt ?? 0) - (b.startsAt ?? 0) ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  );
  return { month, zone: caller.timeZone, events };
}
