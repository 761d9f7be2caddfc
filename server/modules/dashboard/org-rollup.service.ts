// The HR whole-organization dashboard (no team filter) from the DashboardRollup and DashboardSeries
// materialized views (migration 20261202193500_dashboard_rollup), refreshed by the dashboard-rollup
// job every 10 minutes. Live, an org of 50,000 takes seconds (months of meetings, recognition and
// reviews); from the views it is a sum over one row per person plus a few thousand hourly rows.
// The numbers are as of the refresh, which the answer carries and the page shows. When the rollup
// is missing or stale (no worker running) the caller falls back to the live queries.
import "server-only";
import type { Db } from "../../db";
import { Prisma } from "../../generated/prisma/client";
import type { OrgCtx } from "../../lib/context";
import { freshRollupAt, refreshRollup } from "../one-on-ones/adherence-rollup.service";
import {
  CHART_WEEKS,
  type KpiRow,
  kpiCards,
  type QuarterRow,
  SPAN_BUCKETS,
  type SpanRow,
  type WeekRow,
} from "./kpis.service";
import type { Viewer } from "./scope";

export const DASHBOARD_ROLLUP = "dashboard";

/** Recomputes both views for every organization; returns the instant they are as of. */
export function refreshDashboardRollup(db: Db): Promise<Date> {
  // Fresh planner statistics for the hourly rows read by (organization, hour) ranges.
  return refreshRollup(db, DASHBOARD_ROLLUP, ["DashboardRollup", "DashboardSeries"], [`ANALYZE "DashboardSeries"`]);
}

/** When the rollup is as of, or null when it was never refreshed or is stale. */
export function dashboardRollupAsOf(ctx: OrgCtx, now = new Date()): Promise<Date | null> {
  return freshRollupAt(ctx.db, DASHBOARD_ROLLUP, now);
}

const EMPTY: KpiRow = {
  people: 0,
  scheduled: 0,
  held: 0,
  scheduledBefore: 0,
  heldBefore: 0,
  covered: 0,
  coveredBefore: 0,
  pairs: 0,
  oneWay: 0,
  pairsBefore: 0,
  oneWayBefore: 0,
  due: 0,
  kept: 0,
  dueBefore: 0,
  keptBefore: 0,
  level: null,
  levelBefore: null,
  useful: null,
  usefulBefore: null,
  rated: 0,
};

/** The org's KPI cards for the 30- or 90-day period ending at the refresh. */
export async function orgKpis(ctx: OrgCtx, days: 30 | 90) {
  const [row] = await ctx.db.$queryRaw<KpiRow[]>(orgKpiSql(ctx, days));
  // Refreshed before this org existed (or had members): nobody to count yet.
  if (!row) return { people: 0, days, kpis: kpiCards(EMPTY, days) };
  return { people: row.people, days, kpis: kpiCards(row, days) };
}

/** The statement behind orgKpis (also run as is by the benchmarks' raw SQL side). */
export function orgKpiSql(ctx: Viewer, days: 30 | 90): Prisma.Sql {
  // Column names from the fixed period only (never from input text): c = the period, b = before.
  const c = (name: string, when: "c" | "b") => Prisma.raw(`"${name}${days}${when}"`);
  return Prisma.sql`
    SELECT people, ${c("s", "c")} AS scheduled, ${c("h", "c")} AS held, ${c("s", "b")} AS "scheduledBefore",
           ${c("h", "b")} AS "heldBefore", covered, "coveredBefore",
           ${c("p", "c")} AS pairs, ${c("o", "c")} AS "oneWay", ${c("p", "b")} AS "pairsBefore", ${c("o", "b")} AS "oneWayBefore",
           ${c("d", "c")} AS due, ${c("k", "c")} AS kept, ${c("d", "b")} AS "dueBefore", ${c("k", "b")} AS "keptBefore",
           "levelSum" / NULLIF(levels, 0) AS level,
           ${Prisma.raw(`"level${days}Sum" / NULLIF("levels${days}", 0)`)} AS "levelBefore",
           ${c("u", "c")} / NULLIF(${c("n", "c")}, 0) AS useful, ${c("u", "b")} / NULLIF(${c("n", "b")}, 0) AS "usefulBefore",
           ${c("n", "c")} AS rated
      FROM "DashboardRollup" WHERE "organizationId" = ${ctx.org.id}`;
}

/** The org's charts: weeks and quarters cut in the viewer's zone from the hourly series. */
export async function orgCharts(ctx: OrgCtx, asOf: Date) {
  const sql = orgChartSql(ctx, asOf);
  const [weekly, quarters, spans] = await Promise.all([
    ctx.db.$queryRaw<WeekRow[]>(sql.weekly),
    ctx.db.$queryRaw<QuarterRow[]>(sql.quarters),
    ctx.db.$queryRaw<SpanRow[]>(sql.spans),
  ]);
  return { weekly, quarters, spans };
}

/** The statements behind orgCharts (also run as they are by the benchmarks' raw SQL side). */
export function orgChartSql(ctx: Viewer, asOf: Date) {
  const org = ctx.org.id;
  const zone = ctx.me.timeZone;
  return {
    weekly: Prisma.sql`
      WITH weeks AS (
        SELECT generate_series(date_trunc('week', ${asOf}::timestamptz AT TIME ZONE ${zone}) - interval '${Prisma.raw(String(CHART_WEEKS - 1))} weeks',
                               date_trunc('week', ${asOf}::timestamptz AT TIME ZONE ${zone}), interval '1 week') AS w
      ),
      series AS (
        SELECT date_trunc('week', s.hour AT TIME ZONE ${zone}) AS w, sum(s.scheduled) AS scheduled, sum(s.held) AS held,
               sum(s.given) AS given, sum(s.received) AS received
          FROM "DashboardSeries" s
         WHERE s."organizationId" = ${org} AND s.hour >= (SELECT min(w) FROM weeks) AT TIME ZONE ${zone} - interval '1 hour'
         GROUP BY 1
      )
      SELECT to_char(weeks.w, 'YYYY-MM-DD') AS week, COALESCE(series.scheduled, 0)::int AS scheduled,
             COALESCE(series.held, 0)::int AS held, COALESCE(series.given, 0)::int AS given,
             COALESCE(series.received, 0)::int AS received
        FROM weeks LEFT JOIN series ON series.w = weeks.w
       ORDER BY weeks.w`,
    quarters: Prisma.sql`
      SELECT to_char(date_trunc('quarter', s.hour AT TIME ZONE ${zone}), 'YYYY-"Q"Q') AS quarter,
             round((sum(s."ratingSum")::numeric / sum(s.ratings)), 2)::float AS average, sum(s.ratings)::int AS reviews
        FROM "DashboardSeries" s
       WHERE s."organizationId" = ${org} AND s.ratings > 0
         AND s.hour >= date_trunc('quarter', ${asOf}::timestamptz AT TIME ZONE ${zone}) AT TIME ZONE ${zone} - interval '9 months'
       GROUP BY 1 ORDER BY 1`,
    spans: Prisma.sql`
      WITH hist AS (
        SELECT h.key::int AS reports, h.value::int AS managers
          FROM "DashboardRollup" r, jsonb_each_text(r.spans) h WHERE r."organizationId" = ${org}
      )
      SELECT b.bucket, COALESCE(sum(hist.managers), 0)::int AS managers
        FROM ${SPAN_BUCKETS}
        LEFT JOIN hist ON hist.reports BETWEEN b.lo AND b.hi
       GROUP BY b.i, b.bucket ORDER BY b.i`,
  };
}
