// Schedule: hourly at minute 5 (cron "5 * * * *", UTC), and once whenever a worker starts.
// Rule: in every organization, every active manager-report pair has a live cadence (the org
// default when it had none) and every active cadence has its meetings created up to HORIZON_DAYS
// (8 weeks) ahead, so reads never write. Idempotent: a second run creates nothing. One org's
// failure does not stop the others; the run then fails as a whole and pg-boss retries it.
import type { Db } from "../db";
import { systemCtx } from "../lib/context";
import { upkeepOrg } from "../modules/one-on-ones/upkeep.service";
import { allOrgs } from "../modules/orgs/orgs.service";

export const MATERIALIZE_MEETINGS = "one-on-ones-materialize";

export async function materializeMeetings(db: Db, now = new Date()) {
  const totals = { orgs: 0, cadencesCreated: 0, cadencesMaterialized: 0 };
  const failures: string[] = [];
  for (const org of await allOrgs(db)) {
    try {
      const r = await upkeepOrg(systemCtx(db, org), now);
      totals.orgs += 1;
      totals.cadencesCreated += r.cadencesCreated;
      totals.cadencesMaterialized += r.cadencesMaterialized;
    } catch (e) {
      failures.push(`${org.slug}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failures.length > 0)
    throw new Error(`materializing failed for ${failures.length} org(s): ${failures.join("; ")}`);
  return totals;
}
