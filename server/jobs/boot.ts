// Boots pg-boss on the app's own PostgreSQL (its tables live in the "pgboss" schema) and works the
// jobs in schedules.ts. Any number of processes may do this: pg-boss hands each job to one worker
// (row locks, SKIP LOCKED) and each cron slot fires once across all of them. Started by the web
// process (instrumentation.ts -> web.ts) and by `npm run worker` (scripts/worker.ts).
import PgBoss from "pg-boss";
import type { Db } from "../db";
import { JOBS, type JobDefinition } from "./schedules";

export const BOSS_SCHEMA = "pgboss";

export type Jobs = {
  boss: PgBoss;
  /** Stops fetching, lets a running job finish (up to `timeoutMs`), closes pg-boss's pool. */
  stop(timeoutMs?: number): Promise<void>;
};

export type JobsOptions = {
  /** Connection string of the app's database (pg-boss keeps its own small pool). */
  url: string;
  /** The app's Prisma client, handed to the job handlers. */
  db: Db;
  /** How often an idle worker looks for work; jobs here are periodic, so slow polling is fine. */
  pollingIntervalSeconds?: number;
  /** Send the `atBoot` jobs now (default true). */
  runAtBoot?: boolean;
  log?: (line: string) => void;
  jobs?: readonly JobDefinition[];
};

export async function startJobs(opts: JobsOptions): Promise<Jobs> {
  const log = opts.log ?? ((line: string) => console.log(`[jobs] ${line}`));
  const jobs = opts.jobs ?? JOBS;
  const boss = new PgBoss({
    connectionString: opts.url,
    schema: BOSS_SCHEMA,
    application_name: "rapport-jobs",
    // Few connections: on the embedded database every one of them waits for the same backend.
    max: 3,
  });
  // pg-boss reports polling and maintenance errors as events; with no listener they would crash
  // the process (EventEmitter), and one failed poll is no reason to take the web tier down.
  boss.on("error", (e) => log(`pg-boss error: ${e.message}`));
  await boss.start();

  for (const job of jobs) {
    // "stately": at most one queued and one running per job, so a slow run never piles up copies.
    await boss.createQueue(job.name, {
      name: job.name,
      policy: "stately",
      retryLimit: 3,
      retryDelay: 60,
      retryBackoff: true,
      expireInSeconds: 30 * 60,
    });
    await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
  }
  // Sent before the workers start so that their first poll picks the boot runs up at once.
  if (opts.runAtBoot ?? true) {
    for (const job of jobs.filter((j) => j.atBoot)) await boss.send(job.name, {});
  }
  for (const job of jobs) {
    await boss.work(job.name, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 10 }, async ([item]) => {
      const started = performance.now();
      try {
        const out = await job.run(opts.db, new Date());
        log(`${job.name} done in ${Math.round(performance.now() - started)} ms ${JSON.stringify(out)}`);
        return out;
      } catch (e) {
        log(`${job.name} failed (job ${item?.id}): ${e instanceof Error ? e.message : String(e)}`);
        throw e;
      }
    });
  }
  log(`pg-boss started (schema ${BOSS_SCHEMA}): ${jobs.map((j) => `${j.name} "${j.cron}"`).join(", ")}`);

  let stopping: Promise<void> | undefined;
  return {
    boss,
    stop(timeoutMs = 20_000) {
      stopping ??= boss.stop({ graceful: true, wait: true, close: true, timeout: timeoutMs });
      return stopping;
    },
  };
}
