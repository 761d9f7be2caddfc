// The manager dashboard's bench cases at scale (issue 10), in a large org (./large-org.ts): the
// overview (KPI cards and charts) for a manager of 12, a manager of managers (subtree) and an HR
// admin (the whole org, from the rollup views), and the report lines of the manager of 12. The
// raw SQL side sends the same statements the services build (kpiSql, chartSql, orgKpiSql,
// orgChartSql, linesSql, lastTouchesSql: one definition, exported for this) with plain `pg`, in
// parallel as the services do, so the ratio is what the router, the permission checks, Prisma and
// the JavaScript around the SQL cost. Large mode puts the org's size before each name. The lines' floor leaves out the next milestone (the calendar's
// rules, timed in the calendar case), so that ratio errs high.
import type pg from "pg";
import { createCaller } from "../../server/api/root";
import type { Db } from "../../server/db";
import { Prisma } from "../../server/generated/prisma/client";
import { chartSql, type KpiRow, kpiCards, kpiSql } from "../../server/modules/dashboard/kpis.service";
import { linesSql } from "../../server/modules/dashboard/lines.service";
import {
  DASHBOARD_ROLLUP,
  orgChartSql,
  orgKpiSql,
  refreshDashboardRollup,
} from "../../server/modules/dashboard/org-rollup.service";
import { subtreeSql } from "../../server/modules/dashboard/scope";
import { lastTouchesSql } from "../../server/modules/touches/touches.service";
import { type BenchCase, pairUp } from "./cases";
import type { LargeOrg, LargeOrgPerson } from "./large-org";

type Viewer = { org: { id: string }; me: { id: string; timeZone: string } };
const run = <T>(pool: pg.Pool, sql: Prisma.Sql) => pool.query(sql.text, sql.values).then((r) => r.rows as T[]);

/** What both sides must agree on: the cards' values and the weekly series. */
type Numbers = {
  people: number;
  kpis: { key: string; value: number | null; previous: number | null }[];
  weekly: unknown[];
};
const numbers = (n: Numbers) => ({
  people: n.people,
  kpis: n.kpis.map((k) => `${k.key} ${k.value?.toFixed(6) ?? "-"} ${k.previous?.toFixed(6) ?? "-"}`),
  weekly: n.weekly,
});

export async function dashboardCases(db: Db, pool: pg.Pool, org: LargeOrg): Promise<BenchCase[]> {
  const slug = org.slug;
  const as = (p: LargeOrgPerson) => createCaller({ db, userId: p.userId });
  const viewerOf = async (p: LargeOrgPerson): Promise<Viewer> => {
    const { rows } = await pool.query<{ timeZone: string }>(`SELECT "timeZone" FROM "Membership" WHERE id = $1`, [
      p.membershipId,
    ]);
    return { org: { id: org.orgId }, me: { id: p.membershipId, timeZone: rows[0]?.timeZone ?? "UTC" } };
  };
  const days = 90 as const;

  /** Live: the KPI statement and the three charts', in parallel. */
  const liveFloor = (v: Viewer, scope: "direct" | "subtree") => async (): Promise<Numbers> => {
    const now = new Date();
    // A subtree is walked first, as the service does (scope.ts subtreeOf).
    const ids = scope === "subtree" ? (await run<{ id: string }>(pool, subtreeSql(v))).map((r) => r.id) : undefined;
    const charts = chartSql(v, { scope, ids }, now);
    const [[row], weekly] = await Promise.all([
      run<KpiRow>(pool, kpiSql(v, { scope, days, ids }, now)),
      run(pool, charts.weekly),
      run(pool, charts.quarters),
      run(pool, charts.spans),
    ]);
    if (!row) throw new Error("no KPI row");
    return { people: row.people, kpis: kpiCards(row, days), weekly };
  };
  /** HR: when the rollup is as of, then its KPI row and the three charts', in parallel. */
  const hrFloor = (v: Viewer) => async (): Promise<Numbers> => {
    const [state] = await run<{ refreshedAt: Date }>(
      pool,
      Prisma.sql`SELECT "refreshedAt" FROM "RollupRefresh" WHERE name = ${DASHBOARD_ROLLUP}`,
    );
    if (!state) throw new Error("the dashboard rollup was never refreshed");
    const charts = orgChartSql(v, state.refreshedAt);
    const [[row], weekly] = await Promise.all([
      run<KpiRow>(pool, orgKpiSql(v, days)),
      run(pool, charts.weekly),
      run(pool, charts.quarters),
      run(pool, charts.spans),
    ]);
    if (!row) throw new Error("no rollup row");
    return { people: row.people, kpis: kpiCards(row, days), weekly };
  };

  const [manager, vp, hr] = await Promise.all([
    viewerOf(org.manager12),
    viewerOf(org.managerOfManagers),
    viewerOf(org.hr),
  ]);
  const overview = (p: LargeOrgPerson, scope?: "direct" | "subtree" | "org") => () =>
    as(p).dashboard.overview({ org: slug, days, ...(scope ? { scope } : {}) });
  // A worker refreshes the rollups every 10 minutes in production; here, when they are stale, now.
  const [fresh] = await run<{ fresh: boolean }>(
    pool,
    Prisma.sql`SELECT "refreshedAt" > now() - interval '20 minutes' AS fresh FROM "RollupRefresh" WHERE name = ${DASHBOARD_ROLLUP}`,
  );
  if (!fresh?.fresh) {
    const t0 = performance.now();
    await refreshDashboardRollup(db);
    console.log(
      `Refreshed the dashboard rollup (every org in the database) in ${((performance.now() - t0) / 1000).toFixed(1)} s.`,
    );
  }
  const hrView = await overview(org.hr)();
  if (hrView.scope !== "org" || !hrView.asOf)
    throw new Error(`${slug}: the HR dashboard should come from a fresh rollup (run the dashboard-rollup job)`);
  const digest = { procedure: numbers, raw: numbers };

  type LineRow = { id: string; lastHeldAt: Date | null; openItems: number };
  const reportIds = (await run<LineRow>(pool, linesSql(manager, undefined, new Date()))).map((r) => r.id);
  const pairs = reportIds.map((b) => ({ a: manager.me.id, b }));

  return [
    pairUp(`dashboard.overview (manager, 12 reports)`, overview(org.manager12), liveFloor(manager, "direct"), digest, {
      target: 12,
      flat: true,
    }),
    pairUp(
      `dashboard.lines (manager, 12 reports)`,
      () => as(org.manager12).dashboard.lines({ org: slug }),
      async () => {
        const now = new Date();
        const [lines] = await Promise.all([
          run<LineRow>(pool, linesSql(manager, undefined, now)),
          run(pool, lastTouchesSql(org.orgId, pairs, now)),
        ]);
        return lines;
      },
      {
        procedure: (l) => l.lines.map((x) => `${x.id} ${x.lastHeldAt?.toISOString() ?? "-"} ${x.openItems}`),
        raw: (rows) => rows.map((x) => `${x.id} ${x.lastHeldAt?.toISOString() ?? "-"} ${x.openItems}`),
      },
      { target: 12, flat: true },
    ),
    pairUp(
      `dashboard.overview (manager of managers, subtree)`,
      overview(org.managerOfManagers, "subtree"),
      liveFloor(vp, "subtree"),
      digest,
      { target: 120 },
    ),
    pairUp(`dashboard.overview (HR, whole org)`, overview(org.hr), hrFloor(hr), digest, { target: 120 }),
  ];
}
