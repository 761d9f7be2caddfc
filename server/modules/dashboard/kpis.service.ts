// The dashboard's KPI cards and charts for a scope (direct reports, subtree, or the org for HR),
// each KPI for the period and the one before it. Numbers only (counts, rates, averages): no 1:1
// content, so HR admins see the org. Two statements, each scanning only the scope's rows on
// tenant-first indexes (meetings by report, recognition by recipient/giver, action items by pair).
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { OrgCtx } from "../../lib/context";
import { HELD_SQL } from "../../lib/held-sql";
import { type Scope, scopeCte, type Viewer } from "./scope";

/** Weeks in the weekly charts. */
export const CHART_WEEKS = 12;
/** "Recognised lately": within this many days (coverage). */
export const COVERAGE_DAYS = 30;

export type KpiRow = {
  people: number;
  scheduled: number;
  held: number;
  scheduledBefore: number;
  heldBefore: number;
  covered: number;
  coveredBefore: number;
  pairs: number;
  oneWay: number;
  pairsBefore: number;
  oneWayBefore: number;
  due: number;
  kept: number;
  dueBefore: number;
  keptBefore: number;
  level: number | null;
  levelBefore: number | null;
  useful: number | null;
  usefulBefore: number | null;
  rated: number;
};

export type Kpi = {
  key: "adherence" | "coverage" | "oneWay" | "followThrough" | "level" | "usefulness";
  label: string;
  value: number | null;
  previous: number | null;
  format: "percent" | "level";
  /** Whether a rise is good news (one-way pairs: lower is better). */
  higherIsBetter: boolean;
  detail: string;
};

const rate = (n: number, d: number) => (d > 0 ? n / d : null);
/** One-way pairs as a share of all pairs (a two-way pair counts once though it is two directed rows). */
const oneWayShare = (directed: number, oneWay: number) => rate(oneWay, oneWay + (directed - oneWay) / 2);

/**
 * `rr`: the recognition (one row per recipient) given or received by someone in `scope` in the
 * [since, now), `cur` from `cur` on (both timestamptz expressions). Two index lookups per person
 * (by recipient, by giver) and a UNION, not an OR, which no index serves.
 */
function recognitionRows(org: string, now: Date, since: Prisma.Sql, cur: Prisma.Sql): Prisma.Sql {
  const branch = (by: Prisma.Sql) => Prisma.sql`
      SELECT x."recognitionId", x."giverId", x."recipientId", x."createdAt", x."createdAt" >= ${cur} AS cur
        FROM scope s
        JOIN "RecognitionRecipient" x ON x."organizationId" = ${org} AND ${by} = s.id AND x."deletedAt" IS NULL
         AND x."createdAt" < ${now} AND x."createdAt" >= ${since}`;
  return Prisma.sql`rr AS (${branch(Prisma.sql`x."recipientId"`)} UNION ${branch(Prisma.sql`x."giverId"`)})`;
}

/** `ids`: a subtree walked beforehand (scope.ts subtreeOf). */
type Query = { scope: Scope; teamId?: string; days: number; ids?: readonly string[] };

export async function kpis(ctx: OrgCtx, q: Query, now = new Date()) {
  const [row] = await ctx.db.$queryRaw<KpiRow[]>(kpiSql(ctx, q, now));
  if (!row) throw new Error("the KPI query returned no row");
  return { people: row.people, days: q.days, kpis: kpiCards(row, q.days) };
}

/** The KPI counts of a scope as one statement (also run as is by the benchmarks' raw SQL side). */
export function kpiSql(ctx: Viewer, q: Query, now: Date): Prisma.Sql {
  const org = ctx.org.id;
  const zone = ctx.me.timeZone;
  const scope = scopeCte(ctx, q.scope, q.teamId, q.ids);
  const p = q.days;
  return Prisma.sql`
    WITH RECURSIVE ${scope},
    mt AS (
      SELECT m."startsAt" >= ${now}::timestamptz - make_interval(days => ${p}) AS cur, ${Prisma.raw(HELD_SQL)} AS held
        FROM scope s
        JOIN "Meeting" m ON m."organizationId" = ${org} AND m."reportId" = s.id
         AND m."startsAt" < ${now} AND m."startsAt" >= ${now}::timestamptz - make_interval(days => ${2 * p})
    ),
    ${recognitionRows(
      org,
      now,
      Prisma.sql`${now}::timestamptz - make_interval(days => ${2 * p})`,
      Prisma.sql`${now}::timestamptz - make_interval(days => ${p})`,
    )},
    -- Each unordered pair once per period, with the directions seen (hashed: no join, no sort).
    paired AS (
      SELECT cur, bool_or("giverId" < "recipientId") AS "xToY", bool_or("giverId" > "recipientId") AS "yToX"
        FROM rr GROUP BY cur, least("giverId", "recipientId"), greatest("giverId", "recipientId")
    ),
    ai AS (
      SELECT a."dueOn" >= (${now}::timestamptz AT TIME ZONE ${zone})::date - ${p}::int AS cur,
             a."completedAt" IS NOT NULL AND a."completedAt" < (a."dueOn" + 1)::timestamp AT TIME ZONE ${zone} AS kept
        FROM scope s
        JOIN "ActionItem" a ON a."organizationId" = ${org} AND a."reportId" = s.id AND a."deletedAt" IS NULL
         AND a."dueOn" < (${now}::timestamptz AT TIME ZONE ${zone})::date
         AND a."dueOn" >= (${now}::timestamptz AT TIME ZONE ${zone})::date - ${2 * p}::int
    ),
    before AS (
      SELECT b.rating
        FROM scope s
        JOIN "CompetencyLevel" l ON l."organizationId" = ${org} AND l."personId" = s.id
        CROSS JOIN LATERAL (
          SELECT r.rating FROM "CompetencyReview" r
           WHERE r."organizationId" = ${org} AND r."reportId" = s.id AND r."competencyId" = l."competencyId"
             AND r.kind = 'MANAGER' AND r.status = 'SHARED'
             AND r."sharedAt" < ${now}::timestamptz - make_interval(days => ${p})
             AND r.rating IS NOT NULL
           ORDER BY r."sharedAt" DESC LIMIT 1) b
    ),
    fb AS (
      SELECT f."createdAt" >= ${now}::timestamptz - make_interval(days => ${p}) AS cur,
             CASE f.rating WHEN 'YES' THEN 1.0 WHEN 'SOMEWHAT' THEN 0.5 ELSE 0.0 END AS score
        FROM scope s
        JOIN "MeetingFeedback" f ON f."organizationId" = ${org} AND f."reportId" = s.id
         AND f."createdAt" >= ${now}::timestamptz - make_interval(days => ${2 * p}) AND f."createdAt" < ${now}
    ),
    got AS (
      SELECT bool_or(x."createdAt" >= ${now}::timestamptz - make_interval(days => ${COVERAGE_DAYS})) AS cur,
             bool_or(x."createdAt" < ${now}::timestamptz - make_interval(days => ${COVERAGE_DAYS})) AS before
        FROM scope s
        JOIN "RecognitionRecipient" x ON x."organizationId" = ${org} AND x."recipientId" = s.id AND x."deletedAt" IS NULL
         AND x."createdAt" < ${now} AND x."createdAt" >= ${now}::timestamptz - make_interval(days => ${2 * COVERAGE_DAYS})
       GROUP BY s.id
    )
    SELECT (SELECT count(*) FROM scope)::int AS people,
           (SELECT count(*) FILTER (WHERE cur) FROM mt)::int AS scheduled,
           (SELECT count(*) FILTER (WHERE cur AND held) FROM mt)::int AS held,
           (SELECT count(*) FILTER (WHERE NOT cur) FROM mt)::int AS "scheduledBefore",
           (SELECT count(*) FILTER (WHERE NOT cur AND held) FROM mt)::int AS "heldBefore",
           (SELECT count(*) FILTER (WHERE cur) FROM got)::int AS covered,
           (SELECT count(*) FILTER (WHERE before) FROM got)::int AS "coveredBefore",
           (SELECT sum("xToY"::int + "yToX"::int) FILTER (WHERE cur) FROM paired)::int AS pairs,
           (SELECT count(*) FILTER (WHERE cur AND NOT ("xToY" AND "yToX")) FROM paired)::int AS "oneWay",
           (SELECT sum("xToY"::int + "yToX"::int) FILTER (WHERE NOT cur) FROM paired)::int AS "pairsBefore",
           (SELECT count(*) FILTER (WHERE NOT cur AND NOT ("xToY" AND "yToX")) FROM paired)::int AS "oneWayBefore",
           (SELECT count(*) FILTER (WHERE cur) FROM ai)::int AS due,
           (SELECT count(*) FILTER (WHERE cur AND kept) FROM ai)::int AS kept,
           (SELECT count(*) FILTER (WHERE NOT cur) FROM ai)::int AS "dueBefore",
           (SELECT count(*) FILTER (WHERE NOT cur AND kept) FROM ai)::int AS "keptBefore",
           (SELECT avg(l.rating)::float FROM scope s
              JOIN "CompetencyLevel" l ON l."organizationId" = ${org} AND l."personId" = s.id) AS level,
           (SELECT avg(rating)::float FROM before) AS "levelBefore",
           (SELECT avg(score) FILTER (WHERE cur)::float FROM fb) AS useful,
           (SELECT avg(score) FILTER (WHERE NOT cur)::float FROM fb) AS "usefulBefore",
           (SELECT count(*) FILTER (WHERE cur) FROM fb)::int AS rated`;
}

/** The six cards from the counts (live or from the rollup). */
export function kpiCards(row: KpiRow, p: number): Kpi[] {
  return [
    {
      key: "adherence",
      label: "1:1 adherence",
      value: rate(row.held, row.scheduled),
      previous: rate(row.heldBefore, row.scheduledBefore),
      format: "percent",
      higherIsBetter: true,
      detail: `${row.held} of ${row.scheduled} scheduled 1:1s held in ${p} days`,
    },
    {
      key: "coverage",
      label: "Recognition coverage",
      value: rate(row.covered, row.people),
      previous: rate(row.coveredBefore, row.people),
      format: "percent",
      higherIsBetter: true,
      detail: `${row.covered} of ${row.people} people recognised in ${COVERAGE_DAYS} days`,
    },
    {
      key: "oneWay",
      label: "One-way pairs",
      value: oneWayShare(row.pairs, row.oneWay),
      previous: oneWayShare(row.pairsBefore, row.oneWayBefore),
      format: "percent",
      higherIsBetter: false,
      detail: `${row.oneWay} recognition pairs never thanked back in ${p} days`,
    },
    {
      key: "followThrough",
      label: "Follow-through",
      value: rate(row.kept, row.due),
      previous: rate(row.keptBefore, row.dueBefore),
      format: "percent",
      higherIsBetter: true,
      detail: `${row.kept} of ${row.due} action items closed by their due date`,
    },
    {
      key: "level",
      label: "Average competency level",
      value: row.level,
      previous: row.levelBefore,
      format: "level",
      higherIsBetter: true,
      detail: "Latest shared manager rating per person and competency",
    },
    {
      key: "usefulness",
      label: "1:1 usefulness",
      value: row.useful,
      previous: row.usefulBefore,
      format: "percent",
      higherIsBetter: true,
      detail: `From ${row.rated} ratings by reports ("useful" counts 1, "somewhat" half)`,
    },
  ];
}

/** The span-of-control chart's buckets, as SQL: `FROM ${SPAN_BUCKETS} LEFT JOIN … ON n BETWEEN b.lo AND b.hi`. */
export const SPAN_BUCKETS = Prisma.sql`(VALUES (1, '1–3', 1, 3), (2, '4–6', 4, 6), (3, '7–10', 7, 10), (4, '11–15', 11, 15),
  (5, '16+', 16, 1000000)) AS b(i, bucket, lo, hi)`;

export type WeekRow = { week: string; scheduled: number; held: number; given: number; received: number };

/** Weekly series (Monday weeks in the viewer's zone, oldest first, zeros included) and quarterly levels. */
export async function charts(ctx: OrgCtx, q: Omit<Query, "days">, now = new Date()) {
  const sql = chartSql(ctx, q, now);
  const [weekly, quarters, spans] = await Promise.all([
    ctx.db.$queryRaw<WeekRow[]>(sql.weekly),
    ctx.db.$queryRaw<QuarterRow[]>(sql.quarters),
    ctx.db.$queryRaw<SpanRow[]>(sql.spans),
  ]);
  return { weekly, quarters, spans };
}

export type QuarterRow = { quarter: string; average: number; reviews: number };
export type SpanRow = { bucket: string; managers: number };

/** The three chart statements of a scope (also run as they are by the benchmarks' raw SQL side). */
export function chartSql(ctx: Viewer, q: Omit<Query, "days">, now: Date) {
  const org = ctx.org.id;
  const zone = ctx.me.timeZone;
  const scope = scopeCte(ctx, q.scope, q.teamId, q.ids);
  return {
    weekly: Prisma.sql`
      WITH RECURSIVE ${scope},
      weeks AS (
        SELECT generate_series(date_trunc('week', ${now}::timestamptz AT TIME ZONE ${zone}) - interval '${Prisma.raw(String(CHART_WEEKS - 1))} weeks',
                               date_trunc('week', ${now}::timestamptz AT TIME ZONE ${zone}), interval '1 week') AS w
      ),
      since AS MATERIALIZED (SELECT min(w) AT TIME ZONE ${zone} AS t FROM weeks),
      mt AS (
        SELECT date_trunc('week', m."startsAt" AT TIME ZONE ${zone}) AS w, count(*) AS scheduled,
               count(*) FILTER (WHERE ${Prisma.raw(HELD_SQL)}) AS held
          FROM scope s
          JOIN "Meeting" m ON m."organizationId" = ${org} AND m."reportId" = s.id
           AND m."startsAt" >= (SELECT t FROM since) AND m."startsAt" < ${now}
         GROUP BY 1
      ),
      ${recognitionRows(org, now, Prisma.sql`(SELECT t FROM since)`, Prisma.sql`${now}`)},
      rw AS (
        SELECT date_trunc('week', rr."createdAt" AT TIME ZONE ${zone}) AS w,
               count(DISTINCT rr."recognitionId") FILTER (WHERE rr."giverId" IN (SELECT id FROM scope)) AS given,
               count(*) FILTER (WHERE rr."recipientId" IN (SELECT id FROM scope)) AS received
          FROM rr GROUP BY 1
      )
      SELECT to_char(weeks.w, 'YYYY-MM-DD') AS week, COALESCE(mt.scheduled, 0)::int AS scheduled,
             COALESCE(mt.held, 0)::int AS held, COALESCE(rw.given, 0)::int AS given,
             COALESCE(rw.received, 0)::int AS received
        FROM weeks LEFT JOIN mt ON mt.w = weeks.w LEFT JOIN rw ON rw.w = weeks.w
       ORDER BY weeks.w`,
    // The average shared manager rating per quarter, the last four quarters.
    quarters: Prisma.sql`
      WITH RECURSIVE ${scope}
      SELECT to_char(date_trunc('quarter', r."sharedAt" AT TIME ZONE ${zone}), 'YYYY-"Q"Q') AS quarter,
             round(avg(r.rating)::numeric, 2)::float AS average, count(*)::int AS reviews
        FROM scope s
        JOIN "CompetencyReview" r ON r."organizationId" = ${org} AND r."reportId" = s.id AND r.kind = 'MANAGER'
         AND r.status = 'SHARED' AND r.rating IS NOT NULL
         AND r."sharedAt" >= date_trunc('quarter', ${now}::timestamptz AT TIME ZONE ${zone}) AT TIME ZONE ${zone} - interval '9 months'
       GROUP BY 1 ORDER BY 1`,
    // Span of control: direct reports of each manager in scope (and the viewer), in buckets.
    spans: Prisma.sql`
      WITH RECURSIVE ${scope},
      managers AS (SELECT id FROM scope UNION SELECT ${ctx.me.id}),
      spans AS (
        SELECT x."managerId", count(*) AS n FROM "Membership" x
         WHERE x."organizationId" = ${org} AND x.status = 'ACTIVE' AND x."managerId" IN (SELECT id FROM managers)
         GROUP BY 1
      )
      SELECT b.bucket, count(s.n)::int AS managers
        FROM ${SPAN_BUCKETS}
        LEFT JOIN spans s ON s.n BETWEEN b.lo AND b.hi
       GROUP BY b.i, b.bucket ORDER BY b.i`,
  };
}
