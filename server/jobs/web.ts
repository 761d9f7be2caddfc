// The job runtime inside the web process, started from instrumentation.ts (Next's register()). On
// by default so that one `npm start` is a complete install; JOBS_IN_WEB=0 turns it off on web
// processes when separate `npm run worker` processes do the work. Nothing here runs at import:
// `next build` (no database) never gets this far, and a failure to start is logged, not thrown,
// so the web tier keeps serving (and the hourly/10-minute jobs are simply late).
import { getDb } from "../db";
import { env } from "../env";
import { type Jobs, startJobs } from "./boot";

const g = globalThis as unknown as { rapportJobs?: Promise<Jobs | null> };

export function startJobsInWeb(): Promise<Jobs | null> {
  // Once per process: dev-mode reloads of instrumentation must not start a second runtime.
  g.rapportJobs ??= boot();
  return g.rapportJobs;
}

async function boot(): Promise<Jobs | null> {
  if (!env.JOBS_IN_WEB) {
    console.log("[jobs] not started in the web process (JOBS_IN_WEB=0): run npm run worker");
    return null;
  }
  if (!env.DATABASE_URL) {
    console.warn("[jobs] not started: DATABASE_URL is not set (npm run dev / npm start set it)");
    return null;
  }
  try {
    const jobs = await startJobs({ url: env.DATABASE_URL, db: getDb() });
    // Next exits on its own once its server has closed; meanwhile this lets a running job finish.
    // A job cut short anyway is retried (every job is idempotent).
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => {
        jobs.stop(10_000).catch((e) => console.error("[jobs] stopping pg-boss failed:", e));
      });
    }
    return jobs;
  } catch (e) {
    console.error("[jobs] pg-boss failed to start; scheduled jobs will not run in this process:", e);
    return null;
  }
}
