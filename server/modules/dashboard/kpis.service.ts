// The dashboard's KPI cards and charts for a scope (direct reports, subtree, or the org for HR),
// each KPI for the period and the one before it. Numbers only (counts, rates, averages): no 1:1
// content, so HR admins see the org. Two statements, each scanning only the scope's rows on
// tenant-first indexes (meetings by report, recognition by recipient/giver, action items by pair).
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { OrgCtx } from "../../lib/context";
import { HELD_SQL } from "../../lib/held-sql";
import { type Scope, scopeCte } from "./scope";

/** Weeks in the weekly charts. */
export const CHART_WEEKS = 12;
/** "Recognised lately": within this many days (coverage). */
export const COVERAGE_DAYS = 30;

type KpiRow = {
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

export async function kpis(ctx: OrgCtx, q: { scope: Scope; teamId?: string; days: number }, now = new Date()) {
  const org = ctx.org.id;
  const zone = ctx.me.timeZone;
  const scope = scopeCte(ctx, q.scope, q.teamId);
  const p = q.days;
  const [row] = await ctx.db.$queryRaw<KpiRow[]>`
    WITH RECURSIVE ${scope},
    mt AS (
      SELECT m."startsAt" >= ${now}::timestamptz - make_interval(days => ${p}) AS cur, ${Prisma.raw(HELD_SQL)} AS held
        FROM "Meeting" m
       WHERE m."organizationId" = ${org} AND m."reportId" IN (SELECT id FROM scope)
         AND m."startsAt" < ${now} AND m."startsAt" >= ${now}::timestamptz - make_interval(days => ${2 * p})
    ),
    rr AS (
      SELECT "giverId", "recipientId", "createdAt" >= ${now}::timestamptz - make_interval(days => ${p}) AS cur
        FROM "RecognitionRecipient"
       WHERE "organizationId" = ${org} AND "deletedAt" IS NULL
         AND "createdAt" >= ${now}::timestamptz - make_interval(days => ${2 * p}) AND "createdAt" < ${now}
         AND ("recipientId" IN (SELECT id FROM scope) OR "giverId" IN (SELECT id FROM scope))
    ),
    directed AS (
      SELECT a.cur, a."giverId", a."recipientId",
             EXISTS (SELECT 1 FROM rr b WHERE b.cur = a.cur AND b."giverId" = a."recipientId" AND b."recipientId" = a."giverId") AS back
        FROM (SELECT DISTINCT cur, "giverId", "recipientId" FROM rr) a
    ),
    ai AS (
      SELECT a."dueOn" >= (${now}::timestamptz AT TIME ZONE ${zone})::date - ${p}::int AS cur,
             a."completedAt" IS NOT NULL AND a."completedAt" < (a."dueOn" + 1)::timestamp AT TIME ZONE ${zone} AS kept
        FROM "ActionItem" a
       WHERE a."organizationId" = ${org} AND a."reportId" IN (SELECT id FROM scope) AND a."deletedAt" IS NULL
         AND a."dueOn" < (${now}::timestamptz AT TIME ZONE ${zone})::date
         AND a."dueOn" >= (${now}::timestamptz AT TIME ZONE ${zone})::date - ${2 * p}::int
    ),
    before AS (
      SELECT DISTINCT ON (r."reportId", r."competencyId") r.rating
        FROM "CompetencyReview" r
       WHERE r."organizationId" = ${org} AND r."reportId" IN (SELECT id FROM scope) AND r.kind = 'MANAGER'
         AND r.status = 'SHARED' AND r.rating IS NOT NULL
         AND r."sharedAt" < ${now}::timestamptz - make_interval(days => ${p})
       ORDER BY r."reportId", r."competencyId", r."sharedAt" DESC
    ),
    fb AS (
      SELECT f."createdAt" >= ${now}::timestamptz - make_interval(days => ${p}) AS cur,
             CASE f.rating WHEN 'YES' THEN 1.0 WHEN 'SOMEWHAT' THEN 0.5 ELSE 0.0 END AS score
        FROM "MeetingFeedback" f
       WHERE f."organizationId" = ${org} AND f."reportId" IN (SELECT id FROM scope)
         AND f."createdAt" >= ${now}::timestamptz - make_interval(days => ${2 * p}) AND f."createdAt" < ${now}
    )
    SELECT (SELECT count(*) FROM scope)::int AS people,
           (SELECT count(*) FILTER (WHERE cur) FROM mt)::int AS scheduled,
           (SELECT count(*) FILTER (WHERE cur AND held) FROM mt)::int AS held,
           (SELECT count(*) FILTER (WHERE NOT cur) FROM mt)::int AS "scheduledBefore",
           (SELECT count(*) FILTER (WHERE NOT cur AND held) FROM mt)::int AS "heldBefore",
           (SELECT count(*) FROM scope s WHERE EXISTS (
              SELECT 1 FROM "RecognitionRecipient" x WHERE x."organizationId" = ${org} AND x."recipientId" = s.id
                 AND x."deletedAt" IS NULL AND x."createdAt" < ${now}
                 AND x."createdAt" >= ${now}::timestamptz - make_interval(days => ${COVERAGE_DAYS})))::int AS covered,
           (SELECT count(*) FROM scope s WHERE EXISTS (
              SELECT 1 FROM "RecognitionRecipient" x WHERE x."organizationId" = ${org} AND x."recipientId" = s.id
                 AND x."deletedAt" IS NULL
                 AND x."createdAt" < ${now}::timestamptz - make_interval(days => ${COVERAGE_DAYS})
                 AND x."createdAt" >= ${now}::timestamptz - make_interval(days => ${2 * COVERAGE_DAYS})))::int AS "coveredBefore",
           (SELECT count(*) FILTER (WHERE cur) FROM directed)::int AS pairs,
           (SELECT count(*) FILTER (WHERE cur AND NOT back) FROM directed)::int AS "oneWay",
           (SELECT count(*) FILTER (WHERE NOT cur) FROM directed)::int AS "pairsBefore",
           (SELECT count(*) FILTER (WHERE NOT cur AND NOT back) FROM directed)::int AS "oneWayBefore",
           (SELECT count(*) FILTER (WHERE cur) FROM ai)::int AS due,
           (SELECT count(*) FILTER (WHERE cur AND kept) FROM ai)::int AS kept,
           (SELECT count(*) FILTER (WHERE NOT cur) FROM ai)::int AS "dueBefore",
           (SELECT count(*) FILTER (WHERE NOT cur AND kept) FROM ai)::int AS "keptBefore",
           (SELECT avg(l.rating)::float FROM "CompetencyLevel" l
             WHERE l."organizationId" = ${org} AND l."personId" IN (SELECT id FROM scope)) AS level,
           (SELECT avg(rating)::float FROM before) AS "levelBefore",
           (SELECT avg(score) FILTER (WHERE cur)::float FROM fb) AS useful,
           (SELECT avg(score) FILTER (WHERE NOT cur)::float FROM fb) AS "usefulBefore",
           (SELECT count(*) FILTER (WHERE cur) FROM fb)::int AS rated`;
  if (!row) throw new Error("the KPI query returned no row");
  const list: Kpi[] = [
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
  return { people: row.people, days: p, kpis: list };
}

type WeekRow = { week: string; scheduled: number; held: number; given: number; received: number };

/** Weekly series (Monday weeks in the viewer's zone, oldest first, zeros included) and quarterly levels. */
export async function charts(ctx: OrgCtx, q: { scope: Scope; teamId?: string }, now = new Date()) {
  const org = ctx.org.id;
  const zone = ctx.me.timeZone;
  const scope = scopeCte(ctx, q.scope, q.teamId);
  const [weeks, quarters, spans] = await Promise.all([
    ctx.db.$queryRaw<WeekRow[]>`
      WITH RECURSIVE ${scope},
      weeks AS (
        SELECT generate_series(date_trunc('week', ${now}::timestamptz AT TIME ZONE ${zone}) - interval '${Prisma.raw(String(CHART_WEEKS - 1))} weeks',
                               date_trunc('week', ${now}::timestamptz AT TIME ZONE ${zone}), interval '1 week') AS w
      ),
      since AS (SELECT min(w) AT TIME ZONE ${zone} AS t FROM weeks),
      mt AS (
        SELECT date_trunc('week', m."startsAt" AT TIME ZONE ${zone}) AS w, ${Prisma.raw(HELD_SQL)} AS held
          FROM "Meeting" m, since
         WHERE m."organizationId" = ${org} AND m."reportId" IN (SELECT id FROM scope)
           AND m."startsAt" >= since.t AND m."startsAt" < ${now}
      ),
      rr AS (
        SELECT date_trunc('week', r."createdAt" AT TIME ZONE ${zone}) AS w, r."recognitionId",
               r."giverId" IN (SELECT id FROM scope) AS gave, r."recipientId" IN (SELECT id FROM scope) AS got
          FROM "RecognitionRecipient" r, since
         WHERE r."organizationId" = ${org} AND r."deletedAt" IS NULL AND r."createdAt" >= since.t
           AND r."createdAt" < ${now}
           AND (r."giverId" IN (SELECT id FROM scope) OR r."recipientId" IN (SELECT id FROM scope))
      )
      SELECT to_char(weeks.w, 'YYYY-MM-DD') AS week,
             (SELECT count(*) FROM mt WHERE mt.w = weeks.w)::int AS scheduled,
             (SELECT count(*) FROM mt WHERE mt.w = weeks.w AND held)::int AS held,
             (SELECT count(DISTINCT "recognitionId") FROM rr WHERE rr.w = weeks.w AND gave)::int AS given,
             (SELECT count(*) FROM rr WHERE rr.w = weeks.w AND got)::int AS received
        FROM weeks ORDER BY weeks.w`,
    // The average shared manager rating per quarter, the last four quarters.
    ctx.db.$queryRaw<{ quarter: string; average: number; reviews: number }[]>`
      WITH RECURSIVE ${scope}
      SELECT to_char(date_trunc('quarter', r."sharedAt" AT TIME ZONE ${zone}), 'YYYY-"Q"Q') AS quarter,
             round(avg(r.rating)::numeric, 2)::float AS average, count(*)::int AS reviews
        FROM "CompetencyReview" r
       WHERE r."organizationId" = ${org} AND r."reportId" IN (SELECT id FROM scope) AND r.kind = 'MANAGER'
         AND r.status = 'SHARED' AND r.rating IS NOT NULL
         AND r."sharedAt" >= date_trunc('quarter', ${now}::timestamptz AT TIME ZONE ${zone}) AT TIME ZONE ${zone} - interval '9 months'
       GROUP BY 1 ORDER BY 1`,
    // Span of control: direct reports of each manager in scope (and the viewer), in buckets.
    ctx.db.$queryRaw<{ bucket: string; managers: number }[]>`
      WITH RECURSIVE ${scope},
      managers AS (SELECT id FROM scope UNION SELECT ${ctx.me.id}),
      spans AS (
        SELECT (SELECT count(*) FROM "Membership" x
                 WHERE x."organizationId" = ${org} AND x."managerId" = m.id AND x.status = 'ACTIVE') AS n
          FROM managers m
      )
      SELECT b.bucket, count(s.n)::int AS managers
        FROM (VALUES (1, '1–3', 1, 3), (2, '4–6', 4, 6), (3, '7–10', 7, 10), (4, '11–15', 11, 15), (5, '16+', 16, 1000000))
             AS b(i, bucket, lo, hi)
        LEFT JOIN spans s ON s.n BETWEEN b.lo AND b.hi
       GROUP BY b.i, b.bucket ORDER BY b.i`,
  ]);
  return { weekly: weeks, quarters, spans };
}
