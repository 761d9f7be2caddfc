// npm run bench: latency of the hot procedures on the demo data (the heatmap on a generated
// 500-person subtree: bench/scale-org.ts; the recognition feed and a team's calendar month in a
// generated 50,000-person org with 1,000,000 recognitions: bench/recognition-scale.ts, loaded in
// about a minute or two), through the real router (same
// middleware, policies and Prisma queries as a request, minus HTTP), each next to its floor: the
// minimal SQL the procedure needs, written by hand and run with plain `pg` on the same database,
// sampled interleaved so both see the same load (scripts/bench/). Absolute times differ ~3x between
// machines, so the figure that counts is procedure p95 / raw SQL p95, target <= 2 (rows above it are
// marked; a benchmark, not a test: it never fails on speed). Speed targets live here, never in tests.
// Uses TEST_DATABASE_URL (a fresh database is created and dropped) or, without it, an in-memory
// embedded Postgres; BENCH_DATABASE_URL an existing database, seeded and loaded on its first run and
// reused (not dropped) after. BENCH_RUNS sets the samples per side (default 200); BENCH_ONLY a subset of cases. Runs with
// --conditions=react-server so that "server-only" modules load outside Next.
import pg from "pg";
import { formatTable, type Measured, sampleInterleaved, TARGET_RATIO, warmUp } from "./bench/measure";
import { applyMigrations } from "./db/engine";
import { startEmbeddedPg } from "./embedded-pg";

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 20;

async function database(): Promise<{ url: string; done: () => Promise<void>; kept?: boolean }> {
  // A database kept from an earlier run (loaded once, reused while tuning): never dropped.
  const kept = process.env.BENCH_DATABASE_URL;
  if (kept) return { url: kept, done: async () => {}, kept: true };
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) {
    const pgEmbedded = await startEmbeddedPg({});
    return { url: pgEmbedded.url, done: () => pgEmbedded.stop() };
  }
  const name = `rapport_bench_${Date.now()}`;
  const run = async (sql: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  await run(`CREATE DATABASE "${name}"`);
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return { url: u.toString(), done: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function main() {
  const { url, done, kept } = await database();
  try {
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    const { createDb } = await import("../server/db");
    const { GLOBEX, NORTHWIND, seedDemo } = await import("../prisma/seed");
    const { benchCases } = await import("./bench/cases");
    const db = createDb(url);
    // The same pool size as the app's Prisma adapter (server/db.ts).
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    try {
      // The demo orgs afresh each run (a case writes a review into the demo 1:1); the scale orgs stay.
      if (kept) await pool.query(`DELETE FROM "Organization" WHERE slug = ANY($1)`, [[NORTHWIND.slug, GLOBEX.slug]]);
      await seedDemo(db);
      // Planner statistics as a live database has them (autovacuum would analyze mid-run otherwise).
      await pool.query("ANALYZE");
      // BENCH_ONLY=feed,calendar keeps the cases whose name contains one of the words (all by default).
      const only = process.env.BENCH_ONLY?.split(",").filter(Boolean);
      const cases = (await benchCases(db, pool)).filter((c) => !only || only.some((w) => c.name.includes(w)));
      for (const c of cases) await c.check();
      const where = process.env.TEST_DATABASE_URL || kept ? "PostgreSQL server" : "embedded PGlite";
      console.log(
        `\n${RUNS} runs per side, procedure and raw SQL interleaved, after ${WARMUP} warm-up rounds of every case` +
          ` and ${WARMUP} more of each (${where}; ms).` +
          `\nRaw SQL checked against each procedure's answer. Target: procedure p95 / raw SQL p95 <= ${TARGET_RATIO}.\n`,
      );
      await warmUp(cases, WARMUP);
      const measured: Measured[] = [];
      for (const c of cases) {
        measured.push({ name: c.name, ...(await sampleInterleaved(c, { runs: RUNS, warmup: WARMUP })) });
      }
      console.log(formatTable(measured));
    } finally {
      await pool.end();
      await db.$disconnect();
    }
  } finally {
    await done();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
