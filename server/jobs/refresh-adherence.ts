// Schedule: every 10 minutes (cron "*/10 * * * *", UTC), and once whenever a worker starts.
// Rule: the AdherenceRollup view holds every organization's HR adherence (held / scheduled over 30
// and 90 days) as of the refresh, which RollupRefresh records; HR reads it instead of scanning
// meetings, and falls back to the live query when it is more than 30 minutes old.
import type { Db } from "../db";
import { refreshAdherenceRollup } from "../modules/one-on-ones/adherence-rollup.service";

export const REFRESH_ADHERENCE = "adherence-rollup-refresh";

export async function refreshAdherence(db: Db) {
  const asOf = await refreshAdherenceRollup(db);
  return { asOf: asOf.toISOString() };
}
