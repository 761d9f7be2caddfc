// The floor of each benchmarked procedure: the minimal SQL its page fundamentally needs, written by
// hand and run with plain `pg` (no ORM, no policy layer, no extras such as the question bank or
// lazy cadence materialization). One function per procedure. Every round trip is listed in the
// function; independent queries run in parallel (a pool, like Prisma's). Tenant queries filter on
// "organizationId" first, the leading column of every index (prisma/schema.prisma, ../../shared/PERF-NOTES.md).
// Deliberately not shared with server/: the floor must not move when the app's SQL changes.
import type pg from "pg";

export type Role = "ADMIN" | "MANAGER" | "EMPLOYEE";
type Me = { id: string; role: Role; orgId: string };

/** "Counts as held": marked held, or not skipped and any shared note, checked point or action item (not deleted). */
const held = (m: string) => `(${m}.status = 'HELD' OR (${m}.status <> 'SKIPPED' AND (${m}."sharedNotes" <> ''
  OR EXISTS (SELECT 1 FROM "TalkingPoint" tp WHERE tp."organizationId" = ${m}."organizationId" AND tp."checkedMeetingId" = ${m}.id AND tp."deletedAt" IS NULL)
  OR EXISTS (SELECT 1 FROM "ActionItem" ai WHERE ai."organizationId" = ${m}."organizationId" AND ai."meetingId" = ${m}.id AND ai."deletedAt" IS NULL))))`;

/** Round trip 1 of every procedure: the org by slug and the caller's active membership in it. */
async function me(db: pg.Pool, org: string, userId: string): Promise<Me> {
  const { rows } = await db.query<Me>(
    `SELECT m.id, m.role, m."organizationId" AS "orgId"
     FROM "Organization" o JOIN "Membership" m ON m."organizationId" = o.id
     WHERE o.slug = $1 AND m."userId" = $2 AND m.status = 'ACTIVE'`,
    [org, userId],
  );
  if (!rows[0]) throw new Error(`raw SQL: ${userId} is not an active member of ${org}`);
  return rows[0];
}

// ---- oneOnOnes.get: the 1:1 page ----

/**
 * Meeting $2's report's manager chain ($1 the org), for "may the caller see this 1:1": a
 * participant, or someone up that chain. The chain is walked UP from the report (a handful of
 * primary-key lookups, stopping at the top), never the caller's whole subtree. Also the panel's gate.
 */
const ABOVE_THE_REPORT = `
  WITH RECURSIVE above AS (
    SELECT r."managerId" AS id, 1 AS depth
    FROM "Meeting" m JOIN "Membership" r ON r."organizationId" = m."organizationId" AND r.id = m."reportId"
    WHERE m."organizationId" = $1 AND m.id = $2
    UNION ALL
    SELECT p."managerId", a.depth + 1
    FROM above a JOIN "Membership" p ON p."organizationId" = $1 AND p.id = a.id
    WHERE a.depth < 50
  )`;

/** The meeting by id within the org, its two participants' names, and the caller's right to see it. */
const MEETING_GATE = `${ABOVE_THE_REPORT}
  SELECT m.id, m."managerId", m."reportId", m."startsAt", m."durationMinutes", m."timeZone", m.status, m.kind,
         m."heldAt", m."cadenceId", m."sharedNotes", m."sharedNotesVersion", m."sharedNotesUpdatedAt",
         m."sharedNotesUpdatedBy", mgr.name AS "managerName", mgr.title AS "managerTitle",
         rep.name AS "reportName", rep.title AS "reportTitle"
  FROM "Meeting" m
  JOIN "Membership" mgr ON mgr."organizationId" = m."organizationId" AND mgr.id = m."managerId"
  JOIN "Membership" rep ON rep."organizationId" = m."organizationId" AND rep.id = m."reportId"
  WHERE m."organizationId" = $1 AND m.id = $2
    AND ($3 IN (m."managerId", m."reportId") OR EXISTS (SELECT 1 FROM above WHERE above.id = $3))`;

/** Raised in this meeting, checked in it, or (meeting still ahead) still open from an earlier one. */
const POINTS = `
  SELECT tp.id, tp.text, tp.position, tp."checkedAt", tp."authorId", tp."meetingId", tp."createdAt",
         raised."startsAt" AS "raisedAt"
  FROM "TalkingPoint" tp
  JOIN "Meeting" raised ON raised."organizationId" = tp."organizationId" AND raised.id = tp."meetingId"
  WHERE tp."organizationId" = $1 AND tp."managerId" = $2 AND tp."reportId" = $3 AND tp."deletedAt" IS NULL
    AND (tp."meetingId" = $4 OR tp."checkedMeetingId" = $4 OR ($5 AND tp."checkedAt" IS NULL AND raised."startsAt" < $6))
  ORDER BY tp."checkedAt" ASC NULLS FIRST, tp.position, tp."createdAt"`;

const ITEMS = `
  SELECT ai.id, ai.text, ai."ownerId", ai."dueOn", ai."completedAt", ai."meetingId", ai."createdAt", ai."createdById",
         raised."startsAt" AS "raisedAt"
  FROM "ActionItem" ai
  JOIN "Meeting" raised ON raised."organizationId" = ai."organizationId" AND raised.id = ai."meetingId"
  WHERE ai."organizationId" = $1 AND ai."managerId" = $2 AND ai."reportId" = $3 AND ai."deletedAt" IS NULL
    AND (ai."meetingId" = $4 OR ai."completedMeetingId" = $4 OR ($5 AND ai."completedAt" IS NULL AND raised."startsAt" < $6))
  ORDER BY ai."completedAt" ASC NULLS FIRST, ai."dueOn" ASC NULLS LAST, ai."createdAt"`;

const LAST_FIVE = `
  SELECT id, "startsAt", status, left("sharedNotes", 280) AS "notesPreview"
  FROM "Meeting"
  WHERE "organizationId" = $1 AND "managerId" = $2 AND "reportId" = $3 AND "startsAt" < $4 AND status <> 'SKIPPED'
  ORDER BY "startsAt" DESC LIMIT 5`;

/** The caller's own private note: always filtered by author. */
const MY_NOTE = `
  SELECT body, "updatedAt" FROM "PrivateNote"
  WHERE "organizationId" = $1 AND "meetingId" = $2 AND "authorId" = $3`;

type Row = Record<string, unknown> & { id: string };

/** 3 round trips: caller; meeting + access; points, items, last 5 meetings and my note in parallel. */
export async function meetingPage(db: pg.Pool, org: string, userId: string, meetingId: string) {
  const caller = await me(db, org, userId);
  const gate = await db.query<Row & { managerId: string; reportId: string; startsAt: Date; status: string }>(
    MEETING_GATE,
    [caller.orgId, meetingId, caller.id],
  );
  const m = gate.rows[0];
  if (!m) throw new Error("raw SQL: meeting not found");
  const open = m.status === "SCHEDULED" || m.status === "RESCHEDULED";
  const pair = [caller.orgId, m.managerId, m.reportId];
  const [points, items, history, note] = await Promise.all([
    db.query<Row>(POINTS, [...pair, m.id, open, m.startsAt]),
    db.query<Row>(ITEMS, [...pair, m.id, open, m.startsAt]),
    db.query<Row>(LAST_FIVE, [...pair, m.startsAt]),
    db.query<{ body: string; updatedAt: Date }>(MY_NOTE, [caller.orgId, m.id, caller.id]),
  ]);
  return {
    meeting: m,
    points: points.rows,
    items: items.rows,
    history: history.rows,
    privateNote: note.rows[0] ?? null,
  };
}

// ---- oneOnOnes.mine: my 1:1s ----

/**
 * Every pair I am in (my active direct reports, and my active manager) with its live cadence, last
 * held and next open meeting. "materializedUntil" and a missing cadence are all the app needs to
 * decide whether meetings must be materialized, so that costs no extra query in the steady state.
 */
const MY_PAIRS = `
  WITH pairs AS (
    SELECT $2::text AS "managerId", r.id AS "reportId", r.id AS "otherId"
    FROM "Membership" r WHERE r."organizationId" = $1 AND r."managerId" = $2 AND r.status = 'ACTIVE'
    UNION ALL
    SELECT b.id, $2::text, b.id
    FROM "Membership" i JOIN "Membership" b ON b."organizationId" = i."organizationId" AND b.id = i."managerId"
    WHERE i."organizationId" = $1 AND i.id = $2 AND b.status = 'ACTIVE'
  )
  SELECT p."managerId", p."reportId", p."otherId", o.name AS "otherName", o.title AS "otherTitle",
         o."timeZone" AS "otherTimeZone", c.status AS "cadenceStatus", c.rrule, c."localTime", c."timeZone",
         c."durationMinutes", c.kind, c."createdAt" AS since, c."materializedUntil",
         lh."startsAt" AS "lastHeldAt", nx.id AS "nextId", nx."startsAt" AS "nextAt"
  FROM pairs p
  JOIN "Membership" o ON o."organizationId" = $1 AND o.id = p."otherId"
  LEFT JOIN "Cadence" c ON c."organizationId" = $1 AND c."managerId" = p."managerId" AND c."reportId" = p."reportId"
       AND c.status <> 'ENDED'
  LEFT JOIN LATERAL (
    SELECT m."startsAt" FROM "Meeting" m
    WHERE m."organizationId" = $1 AND m."managerId" = p."managerId" AND m."reportId" = p."reportId"
      AND m."startsAt" <= $3 AND ${held("m")}
    ORDER BY m."startsAt" DESC LIMIT 1) lh ON true
  LEFT JOIN LATERAL (
    SELECT m.id, m."startsAt" FROM "Meeting" m
    WHERE m."organizationId" = $1 AND m."managerId" = p."managerId" AND m."reportId" = p."reportId"
      AND m.status IN ('SCHEDULED', 'RESCHEDULED') AND m."startsAt" > $3::timestamptz - interval '1 hour'
    ORDER BY m."startsAt" LIMIT 1) nx ON true
  ORDER BY o.name`;

/**
 * My meetings as manager UNION ALL as report (two index range scans, not an OR), with the other
 * person's name; id breaks ties in start time, as in the procedure.
 */
const myMeetings = (cols: string, where: string, order: "ASC" | "DESC") => `
  SELECT x.*, o.name AS "withName" FROM (
    (SELECT ${cols}, m."reportId" AS "otherId" FROM "Meeting" m
     WHERE m."organizationId" = $1 AND m."managerId" = $2 AND ${where}
     ORDER BY m."startsAt" ${order}, m.id ${order} LIMIT 30)
    UNION ALL
    (SELECT ${cols}, m."managerId" AS "otherId" FROM "Meeting" m
     WHERE m."organizationId" = $1 AND m."reportId" = $2 AND ${where}
     ORDER BY m."startsAt" ${order}, m.id ${order} LIMIT 30)
  ) x JOIN "Membership" o ON o."organizationId" = $1 AND o.id = x."otherId"
  ORDER BY x."startsAt" ${order}, x.id ${order} LIMIT 30`;

const LISTED = `m.id, m."startsAt", m.status, m."managerId", m."reportId"`;
const UPCOMING = myMeetings(
  `${LISTED}, m."durationMinutes", m.kind`,
  `m.status IN ('SCHEDULED', 'RESCHEDULED') AND m."startsAt" >= $3::timestamptz - interval '1 hour'
   AND m."startsAt" < $3::timestamptz + interval '14 days'`,
  "ASC",
);
const RECENT = myMeetings(
  `${LISTED}, ${held("m")} AS held`,
  `m."startsAt" < $3 AND m."startsAt" >= $3::timestamptz - interval '30 days'`,
  "DESC",
);

/** 2 round trips: caller; pairs, upcoming (14 days) and recent (30 days) in parallel. */
export async function myOneOnOnes(db: pg.Pool, org: string, userId: string, now = new Date()) {
  const caller = await me(db, org, userId);
  const args = [caller.orgId, caller.id, now];
  const [pairs, upcoming, recent] = await Promise.all([
    db.query<Row & { otherId: string; lastHeldAt: Date | null; nextId: string | null }>(MY_PAIRS, args),
    db.query<Row>(UPCOMING, args),
    db.query<Row & { held: boolean }>(RECENT, args),
  ]);
  return { pairs: pairs.rows, upcoming: upcoming.rows, recent: recent.rows };
}

// ---- oneOnOnes.adherence: HR, every pair of the org ----

const ADHERENCE = `
  SELECT a."managerId", mgr.name AS "managerName", a."reportId", rep.name AS "reportName",
         a.scheduled::int AS scheduled, a.held::int AS held
  FROM (
    SELECT m."managerId", m."reportId", count(*) AS scheduled, count(*) FILTER (WHERE ${held("m")}) AS held
    FROM "Meeting" m
    WHERE m."organizationId" = $1 AND m."startsAt" < $2 AND m."startsAt" >= $2::timestamptz - make_interval(days => $3)
    GROUP BY 1, 2
  ) a
  JOIN "Membership" mgr ON mgr."organizationId" = $1 AND mgr.id = a."managerId"
  JOIN "Membership" rep ON rep."organizationId" = $1 AND rep.id = a."reportId"`;

/** 2 round trips: caller (an HR admin sees every pair: the role is all it takes); the aggregate with names. */
export async function hrAdherence(db: pg.Pool, org: string, userId: string, days: number, now = new Date()) {
  const caller = await me(db, org, userId);
  if (caller.role !== "ADMIN") throw new Error("raw SQL: this floor covers the HR admin view only");
  type PairRate = { managerId: string; reportId: string; scheduled: number; held: number };
  const { rows } = await db.query<PairRate>(ADHERENCE, [caller.orgId, now, days]);
  return rows;
}

// ---- people.list: the directory, first page ----

const PEOPLE_PAGE = `
  SELECT m.id, m.name, m.title, m.role, m.status, m."timeZone", u.email, t.id AS "teamId", t.name AS "teamName",
         mgr.id AS "managerId", mgr.name AS "managerName",
         (SELECT count(*)::int FROM "Membership" r
          WHERE r."organizationId" = m."organizationId" AND r."managerId" = m.id AND r.status = 'ACTIVE') AS "reportCount",
         (SELECT count(*)::int FROM "Membership" a WHERE a."organizationId" = $1 AND a.status = 'ACTIVE') AS total
  FROM "Membership" m
  JOIN "User" u ON u.id = m."userId"
  LEFT JOIN "Team" t ON t."organizationId" = m."organizationId" AND t.id = m."teamId"
  LEFT JOIN "Membership" mgr ON mgr."organizationId" = m."organizationId" AND mgr.id = m."managerId"
  WHERE m."organizationId" = $1 AND m.status = 'ACTIVE'
  ORDER BY m.name, m.id
  LIMIT $2`;

/** 2 round trips: caller; one page (limit + 1 rows, to know if there is more) with the total. */
export async function peoplePage(db: pg.Pool, org: string, userId: string, limit: number) {
  const caller = await me(db, org, userId);
  const { rows } = await db.query<Row & { reportCount: number; total: number }>(PEOPLE_PAGE, [caller.orgId, limit + 1]);
  return { items: rows.slice(0, limit), total: rows[0]?.total ?? 0 };
}

// ---- people.get: a person's page ----

const PERSON = `
  SELECT m.id, m.name, m.title, m.role, m.status, m."timeZone", m."birthdayMonth", m."birthdayDay", m."startDate",
         m.celebrate, u.email, t.id AS "teamId", t.name AS "teamName", mgr.id AS "managerId", mgr.name AS "managerName",
         COALESCE((SELECT json_agg(json_build_object('id', r.id, 'name', r.name, 'title', r.title) ORDER BY r.name)
                   FROM "Membership" r
                   WHERE r."organizationId" = m."organizationId" AND r."managerId" = m.id AND r.status = 'ACTIVE'),
                  '[]') AS reports
  FROM "Membership" m
  JOIN "User" u ON u.id = m."userId"
  LEFT JOIN "Team" t ON t."organizationId" = m."organizationId" AND t.id = m."teamId"
  LEFT JOIN "Membership" mgr ON mgr."organizationId" = m."organizationId" AND mgr.id = m."managerId"
  WHERE m."organizationId" = $1 AND m.id = $2`;

/**
 * The manager chain above the person (walked up), and their manager history only if the caller may
 * see it: an admin, the person, or someone in that chain, which the walk has just found out.
 */
const CHAIN_AND_HISTORY = `
  WITH RECURSIVE above AS (
    SELECT p."managerId" AS id, 1 AS depth FROM "Membership" p WHERE p."organizationId" = $1 AND p.id = $2
    UNION ALL
    SELECT p."managerId", a.depth + 1 FROM above a JOIN "Membership" p ON p."organizationId" = $1 AND p.id = a.id
    WHERE a.depth < 50
  )
  SELECT
    (SELECT COALESCE(json_agg(json_build_object('id', c.id, 'name', c.name, 'title', c.title) ORDER BY a.depth), '[]')
     FROM above a JOIN "Membership" c ON c."organizationId" = $1 AND c.id = a.id) AS chain,
    CASE WHEN $4::text = 'ADMIN' OR $3::text = $2 OR EXISTS (SELECT 1 FROM above WHERE above.id = $3) THEN
      (SELECT COALESCE(json_agg(h ORDER BY h."startedAt" DESC), '[]') FROM (
         SELECT mh.id, mh."startedAt", mh."endedAt", mh."managerId", mg.name AS "managerName"
         FROM "ManagerHistory" mh
         JOIN "Membership" mg ON mg."organizationId" = mh."organizationId" AND mg.id = mh."managerId"
         WHERE mh."organizationId" = $1 AND mh."reportId" = $2
         ORDER BY mh."startedAt" DESC LIMIT 50) h)
    END AS history`;

type Ref = { id: string };

/** 2 round trips: caller; the person with their reports, and chain + permitted history, in parallel. */
export async function personPage(db: pg.Pool, org: string, userId: string, personId: string) {
  const caller = await me(db, org, userId);
  const viewer = [caller.id, caller.role];
  const [person, more] = await Promise.all([
    db.query<Row & { status: string; reports: Ref[] }>(PERSON, [caller.orgId, personId]),
    db.query<{ chain: Ref[]; history: Ref[] | null }>(CHAIN_AND_HISTORY, [caller.orgId, personId, ...viewer]),
  ]);
  const p = person.rows[0];
  if (!p || (p.status === "DEACTIVATED" && caller.role !== "ADMIN")) throw new Error("raw SQL: person not found");
  const { chain = [], history = null } = more.rows[0] ?? {};
  return { person: p, chain, history };
}

// ---- competencies.panel: the competency panel of a 1:1 ----

/**
 * The meeting and the caller's right to see its ratings (the pair, or up the report's chain), with
 * the report's framework: their team's active one, else the org's active org-wide one. Resolved
 * here, on the report row the gate reads anyway, rather than in round trips of its own.
 */
const PANEL_GATE = `${ABOVE_THE_REPORT}
  SELECT m.id, m."managerId", m."reportId", m."startsAt",
         COALESCE(
           (SELECT ft."frameworkId" FROM "FrameworkTeam" ft
              JOIN "Framework" f ON f."organizationId" = ft."organizationId" AND f.id = ft."frameworkId"
                   AND f.status = 'ACTIVE'
             WHERE ft."organizationId" = $1 AND ft."teamId" = rep."teamId"),
           (SELECT f.id FROM "Framework" f
             WHERE f."organizationId" = $1 AND f."orgWide" AND f.status = 'ACTIVE' LIMIT 1)) AS "frameworkId"
  FROM "Meeting" m
  JOIN "Membership" rep ON rep."organizationId" = m."organizationId" AND rep.id = m."reportId"
  WHERE m."organizationId" = $1 AND m.id = $2
    AND ($3 IN (m."managerId", m."reportId") OR EXISTS (SELECT 1 FROM above WHERE above.id = $3))`;

/** The framework with its live competencies in order, each with its current (highest) version's texts. */
const PANEL_FRAMEWORK = `
  SELECT f.id, f.name, f.scale,
         COALESCE((SELECT json_agg(json_build_object('id', c.id, 'current', v) ORDER BY c.position)
                   FROM "Competency" c
                   CROSS JOIN LATERAL (
                     SELECT v.id, v.version, v.name, v.behaviours, v."expectedResult", v."leaderCheck"
                     FROM "CompetencyVersion" v WHERE v."organizationId" = c."organizationId" AND v."competencyId" = c.id
                     ORDER BY v.version DESC LIMIT 1) v
                   WHERE c."organizationId" = f."organizationId" AND c."frameworkId" = f.id AND c."archivedAt" IS NULL),
                  '[]') AS competencies
  FROM "Framework" f WHERE f."organizationId" = $1 AND f.id = $2`;

/** This 1:1's reviews (manager and self), first picked first, with the texts they were made against. */
const PANEL_REVIEWS = `
  SELECT r.id, r.kind, r."authorId", r.status, r."competencyId", r."competencyVersionId", r.rating, r."ratingLabel",
         r.observed, r.evidence, r."nextStepItemId", r.version, r."updatedAt", r."sharedAt",
         v.name, v.behaviours, v."expectedResult", v."leaderCheck", v.version AS "textsVersion"
  FROM "CompetencyReview" r
  JOIN "CompetencyVersion" v ON v."organizationId" = r."organizationId" AND v.id = r."competencyVersionId"
  WHERE r."organizationId" = $1 AND r."meetingId" = $2
  ORDER BY r."createdAt"`;

/**
 * Per competency, the report's latest shared manager rating from an earlier 1:1 (dated by that 1:1,
 * as the panel shows it): DISTINCT ON keeps the newest per competency.
 */
const PANEL_PREVIOUS = `
  SELECT DISTINCT ON (r."competencyId") r."competencyId", r.rating, r."ratingLabel", r.evidence, m."startsAt" AS at
  FROM "CompetencyReview" r
  JOIN "Meeting" m ON m."organizationId" = r."organizationId" AND m.id = r."meetingId"
  WHERE r."organizationId" = $1 AND r."reportId" = $2 AND r.kind = 'MANAGER' AND r.status = 'SHARED'
    AND m."startsAt" < $3 AND m.id <> $4
  ORDER BY r."competencyId", m."startsAt" DESC`;

type Version = { id: string; version: number; name: string; behaviours: string[] };
type Review = Row & {
  kind: "MANAGER" | "SELF";
  status: "DRAFT" | "SHARED";
  authorId: string;
  competencyId: string;
  rating: number | null;
};
type Previous = { competencyId: string; rating: number | null; at: Date };

/**
 * 3 round trips: caller; meeting + access + the report's framework; framework with competencies,
 * this 1:1's reviews and the previous levels in parallel. Then what the app does in memory: the
 * picked competencies (a draft only to its author) and the suggestions, never reviewed first, then
 * reviewed longest ago, framework order on ties (a stable sort).
 */
export async function competencyPanel(db: pg.Pool, org: string, userId: string, meetingId: string) {
  const caller = await me(db, org, userId);
  const gate = await db.query<{
    id: string;
    managerId: string;
    reportId: string;
    startsAt: Date;
    frameworkId: string | null;
  }>(PANEL_GATE, [caller.orgId, meetingId, caller.id]);
  const m = gate.rows[0];
  if (!m) throw new Error("raw SQL: meeting not found");
  if (!m.frameworkId) return { framework: null, picked: [], suggestions: [] };
  const [framework, reviews, previous] = await Promise.all([
    db.query<Row & { competencies: { id: string; current: Version }[] }>(PANEL_FRAMEWORK, [
      caller.orgId,
      m.frameworkId,
    ]),
    db.query<Review>(PANEL_REVIEWS, [caller.orgId, m.id]),
    db.query<Previous>(PANEL_PREVIOUS, [caller.orgId, m.reportId, m.startsAt, m.id]),
  ]);
  const f = framework.rows[0];
  if (!f) return { framework: null, picked: [], suggestions: [] };
  const prev = new Map(previous.rows.map((p) => [p.competencyId, p]));
  const readable = (r: Review | undefined) => (r && (r.status === "SHARED" || r.authorId === caller.id) ? r : null);
  const pickedIds = [...new Set(reviews.rows.filter((r) => r.kind === "MANAGER").map((r) => r.competencyId))];
  const picked = pickedIds.map((competencyId) => {
    const of = (kind: Review["kind"]) => reviews.rows.find((r) => r.competencyId === competencyId && r.kind === kind);
    return {
      competencyId,
      manager: readable(of("MANAGER")),
      self: readable(of("SELF")),
      previous: prev.get(competencyId) ?? null,
    };
  });
  const suggestions = f.competencies
    .filter((c) => !pickedIds.includes(c.id))
    .map((c) => ({ id: c.id, name: c.current.name, lastAt: prev.get(c.id)?.at ?? null }))
    .sort((a, b) => (a.lastAt?.getTime() ?? -1) - (b.lastAt?.getTime() ?? -1));
  return { framework: f, picked, suggestions };
}

// ---- competencies.heatmap: a manager's team heatmap, first page ----

/** The caller's subtree ($1 the org, $2 the caller), walked down; UNION keeps each person once. */
const SUBTREE = `
  WITH RECURSIVE below AS (
    SELECT id FROM "Membership" WHERE "organizationId" = $1 AND "managerId" = $2
    UNION
    SELECT m.id FROM below b JOIN "Membership" m ON m."organizationId" = $1 AND m."managerId" = b.id
  )`;

/**
 * Everyone the heatmap covers: the active people of the subtree whose framework is the one shown
 * ($3): their team's active framework, else the org-wide one ($4).
 */
const HEATMAP_SCOPE = `${SUBTREE},
  scope AS (
    SELECT m.id, m.name, m.title, m."teamId"
    FROM below b JOIN "Membership" m ON m."organizationId" = $1 AND m.id = b.id
    WHERE m.status = 'ACTIVE'
      AND COALESCE((SELECT ft."frameworkId" FROM "FrameworkTeam" ft
                      JOIN "Framework" f ON f."organizationId" = ft."organizationId" AND f.id = ft."frameworkId"
                           AND f.status = 'ACTIVE'
                     WHERE ft."organizationId" = $1 AND ft."teamId" = m."teamId"), $4::text) = $3
  )`;

/** The active frameworks (org-wide first, then by name) and the shown one's live competencies in order. */
const HEATMAP_FRAMEWORKS = `
  WITH f AS (SELECT id, name, "orgWide", scale FROM "Framework" WHERE "organizationId" = $1 AND status = 'ACTIVE'),
  shown AS (SELECT id FROM f ORDER BY "orgWide" DESC, name LIMIT 1)
  SELECT COALESCE((SELECT json_agg(f ORDER BY "orgWide" DESC, name) FROM f), '[]') AS frameworks,
         COALESCE((SELECT json_agg(json_build_object('id', c.id, 'name', c.name, 'category', v.category)
                                   ORDER BY c.position)
                   FROM shown
                   JOIN "Competency" c ON c."organizationId" = $1 AND c."frameworkId" = shown.id AND c."archivedAt" IS NULL
                   LEFT JOIN LATERAL (
                     SELECT v.category FROM "CompetencyVersion" v
                     WHERE v."organizationId" = $1 AND v."competencyId" = c.id ORDER BY v.version DESC LIMIT 1) v ON true),
                  '[]') AS competencies`;

/** The people filter: the caller and everyone in their subtree with an active report. */
const HEATMAP_MANAGERS = `${SUBTREE}
  SELECT m.id, m.name FROM "Membership" m
  WHERE m."organizationId" = $1 AND m.status = 'ACTIVE' AND (m.id = $2 OR m.id IN (SELECT id FROM below))
    AND EXISTS (SELECT 1 FROM "Membership" r WHERE r."organizationId" = $1 AND r."managerId" = m.id AND r.status = 'ACTIVE')
  ORDER BY m.name`;

/** One page by (name, id), limit $6 (one more than shown, to know if there is more), each row's levels (CompetencyLevel, by its key). */
const HEATMAP_PAGE = `${HEATMAP_SCOPE},
  page AS (SELECT * FROM scope ORDER BY name, id LIMIT $6)
  SELECT p.id, p.name, p.title, t.name AS "teamName",
         (SELECT json_agg(json_build_object('rating', l.rating, 'label', l.label, 'at', l.at) ORDER BY c.i)
            FROM unnest($5::text[]) WITH ORDINALITY AS c(id, i)
            LEFT JOIN "CompetencyLevel" l ON l."organizationId" = $1 AND l."personId" = p.id AND l."competencyId" = c.id
         ) AS cells
  FROM page p
  LEFT JOIN "Team" t ON t."organizationId" = $1 AND t.id = p."teamId"
  ORDER BY p.name, p.id`;

/** Over the whole scope: how many people, and per competency its levels (reviewed, fresh since $6, average). */
const HEATMAP_COVERAGE = `${HEATMAP_SCOPE}
  SELECT (SELECT count(*)::int FROM scope) AS people,
         COALESCE((SELECT json_agg(x) FROM (
                     SELECT l."competencyId", count(*)::int AS reviewed, (count(*) FILTER (WHERE l.at >= $6))::int AS fresh,
                            round(avg(l.rating), 2)::float8 AS average
                     FROM scope p JOIN "CompetencyLevel" l ON l."organizationId" = $1 AND l."personId" = p.id
                     WHERE l."competencyId" = ANY($5::text[])
                     GROUP BY l."competencyId") x), '[]') AS coverage`;

type Cell = { rating: number; label: string | null; at: string } | null;
type Coverage = { competencyId: string; reviewed: number; fresh: number; average: number | null };

/**
 * 3 round trips: caller; frameworks with the shown one's competencies, and the manager filter, in
 * parallel; the page with its cells, and coverage over the scope, in parallel. The subtree is a
 * CTE of each query that needs it (walked on the server, never shipped back and forth as ids).
 * A manager's view (the subtree); an HR admin's org-wide one is not covered here.
 */
export async function teamHeatmap(
  db: pg.Pool,
  org: string,
  userId: string,
  limit: number,
  staleDays: number,
  now = new Date(),
) {
  const caller = await me(db, org, userId);
  if (caller.role === "ADMIN") throw new Error("raw SQL: this floor covers a manager's subtree only");
  type Framework = { id: string; name: string; orgWide: boolean };
  const [frameworks, managers] = await Promise.all([
    db.query<{ frameworks: Framework[]; competencies: { id: string; name: string }[] }>(HEATMAP_FRAMEWORKS, [
      caller.orgId,
    ]),
    db.query<{ id: string; name: string }>(HEATMAP_MANAGERS, [caller.orgId, caller.id]),
  ]);
  const { frameworks: all = [], competencies = [] } = frameworks.rows[0] ?? {};
  const shown = all[0];
  if (!shown) throw new Error("raw SQL: no active framework");
  const scope = [
    caller.orgId,
    caller.id,
    shown.id,
    all.find((f) => f.orgWide)?.id ?? null,
    competencies.map((c) => c.id),
  ];
  const [page, coverage] = await Promise.all([
    db.query<Row & { cells: Cell[] }>(HEATMAP_PAGE, [...scope, limit + 1]),
    db.query<{ people: number; coverage: Coverage[] }>(HEATMAP_COVERAGE, [
      ...scope,
      new Date(now.getTime() - staleDays * 86_400_000),
    ]),
  ]);
  const byCompetency = new Map((coverage.rows[0]?.coverage ?? []).map((c) => [c.competencyId, c]));
  return {
    frameworks: all,
    competencies,
    managers: managers.rows,
    rows: page.rows.slice(0, limit),
    hasMore: page.rows.length > limit,
    coverage: competencies.map(
      (c) => byCompetency.get(c.id) ?? { competencyId: c.id, reviewed: 0, fresh: 0, average: null },
    ),
    total: coverage.rows[0]?.people ?? 0,
  };
}
