// Schedule: every 10 minutes (cron "*/10 * * * *", UTC), and once whenever a worker starts.
// Rule: the DashboardRollup and DashboardSeries views hold every organization's whole-org
// dashboard numbers (KPI inputs per person, hourly chart series) as of the refresh, which
// RollupRefresh records; HR's org dashboard reads them and falls back to the live queries when
// they are more than 30 minutes old.
import type { Db } from "../db";
import { refreshDashboardRollup } from "../modules/dashboard/org-rollup.service";

export const REFRESH_DASHBOARD = "dashboard-rollup-refresh";

export async function refreshDashboard(db: Db) {
  const asOf = await refreshDashboardRollup(db);
  return { asOf: asOf.toISOString() };
}
