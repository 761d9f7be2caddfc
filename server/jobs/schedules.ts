// Every job the workers run: queue name, cron (UTC), whether it also runs once at boot, and its
// handler. A job file opens with its schedule and rule; handlers call services, never routers.
import type { Db } from "../db";
import { MATERIALIZE_MEETINGS, materializeMeetings } from "./materialize-meetings";
import { REFRESH_ADHERENCE, refreshAdherence } from "./refresh-adherence";
import { REFRESH_DASHBOARD, refreshDashboard } from "./refresh-dashboard";

export type JobDefinition = {
  name: string;
  cron: string;
  /** Also sent once when a worker starts (e.g. after a deploy or a long outage). */
  atBoot: boolean;
  /** Its result is stored as the job's output in pg-boss. */
  run: (db: Db, now: Date) => Promise<object>;
};

export const JOBS: readonly JobDefinition[] = [
  { name: MATERIALIZE_MEETINGS, cron: "5 * * * *", atBoot: true, run: materializeMeetings },
  { name: REFRESH_ADHERENCE, cron: "*/10 * * * *", atBoot: true, run: (db) => refreshAdherence(db) },
  { name: REFRESH_DASHBOARD, cron: "*/10 * * * *", atBoot: true, run: (db) => refreshDashboard(db) },
];
