// npm run worker:
//   node --conditions=react-server --experimental-wasm-modules --no-warnings --import tsx scripts/worker.ts
// The pg-boss workers alone (server/jobs), for deployments that run them apart from the web tier:
// set JOBS_IN_WEB=0 on the web processes then. Like scripts/run.ts it applies pending migrations
// first; unlike it there is no embedded fallback: a worker serves the web tier's database, so
// DATABASE_URL is required. SIGTERM/SIGINT let a running job finish, then exit.
// (--conditions=react-server: services import "server-only", which only that condition allows.)
import { constants } from "node:os";
import { applyMigrations } from "./db/engine";

const secs = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function main() {
  const t0 = performance.now();
  // Imported late so that a missing DATABASE_URL gets a clear message, not a stack from env.ts.
  const { env } = await import("../server/env");
  if (!env.DATABASE_URL) {
    console.error(
      [
        "npm run worker needs DATABASE_URL: the PostgreSQL your web processes use, e.g.",
        "  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/rapport npm run worker",
        "With the embedded database (npm run dev / npm start without DATABASE_URL) the jobs already",
        "run inside the web process.",
      ].join("\n"),
    );
    process.exit(2);
  }
  const url = env.DATABASE_URL;
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`  Applied migrations: ${applied.join(", ")}`);

  const { createDb } = await import("../server/db");
  const { startJobs } = await import("../server/jobs/boot");
  const db = createDb(url);
  const jobs = await startJobs({ url, db });
  const u = new URL(url);
  console.log(`  Rapport worker: PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}, ready in ${secs(t0)}`);

  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      // A second signal means "now".
      if (stopping) process.exit(128 + constants.signals[signal]);
      stopping = true;
      console.log(`  ${signal}: letting the running job finish, then stopping…`);
      jobs
        .stop()
        .then(() => db.$disconnect())
        .then(
          () => process.exit(0),
          (e) => {
            console.error("Stopping failed:", e);
            process.exit(1);
          },
        );
    });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
