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
// reused (not dropped) after. BENCH_RUNS sets the samples per side (default 200); BENCH_ONLY a subset of cases.
// Large mode (issue 10), instead of all that: npm run bench -- --large 500,50000 [--database <name>]
// (or BENCH_LARGE=500,50000, BENCH_LARGE_DATABASE) times the hot procedures in the large orgs of
// npm run seed:large (./bench/large-cases.ts; a missing one is loaded first, 50,000 people in about
// 15 minutes), prints a table per size and how each procedure's p95 grows from the smallest size to
// the largest, and writes them to bench/results/<date>.json and .md (./bench/results.ts). Runs with
// --conditions=react-server so that "server-only" modules load outside Next.
import pg from "pg";
import type { BenchCase } from "./bench/cases";
import { LARGE_DATABASE, largeDatabaseUrl, option } from "./bench/large-database";
import type { LargeOrg } from "./bench/large-org";
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

/** BENCH_ONLY=feed,calendar keeps the cases whose name contains one of the words (all by default). */
function only(cases: BenchCase[]): BenchCase[] {
  const words = process.env.BENCH_ONLY?.split(",").filter(Boolean);
  return cases.filter((c) => !words || words.some((w) => c.name.includes(w)));
}

/** Checks every case, warms all of them up, then samples each in turn. */
async function measure(cases: BenchCase[], where: string): Promise<Measured[]> {
  for (const c of cases) await c.check();
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
  return measured;
}

async function demo() {
  const { url, done, kept } = await database();
  try {
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    const { createDb, createRawPool } = await import("../server/db");
    const { GLOBEX, NORTHWIND, seedDemo } = await import("../prisma/seed");
    const { benchCases } = await import("./bench/cases");
    const db = createDb(url);
    // The same pool as the app's Prisma adapter (size, settings, named reads: server/db.ts).
    const pool = createRawPool(url);
    try {
      // The demo orgs afresh each run (a case writes a review into the demo 1:1); the scale orgs stay.
      if (kept) await pool.query(`DELETE FROM "Organization" WHERE slug = ANY($1)`, [[NORTHWIND.slug, GLOBEX.slug]]);
      await seedDemo(db);
      // Planner statistics as a live database has them (autovacuum would analyze mid-run otherwise).
      await pool.query("ANALYZE");
      const where = process.env.TEST_DATABASE_URL || kept ? "PostgreSQL server" : "embedded PGlite";
      console.log(formatTable(await measure(only(await benchCases(db, pool)), where)));
    } finally {
      await pool.end();
      await db.$disconnect();
    }
  } finally {
    await done();
  }
}

/** --large 500,50000 (or BENCH_LARGE): the org sizes to time, smallest first; undefined: the demo bench. */
function largeSizes(): number[] | undefined {
  const text = option("large") ?? process.env.BENCH_LARGE;
  if (!text) return undefined;
  const sizes = text.split(",").map((t) => Number(t.trim().replaceAll("_", "")));
  if (!sizes.every((n) => Number.isInteger(n) && n > 0))
    throw new Error(`--large takes org sizes (people), comma-separated, e.g. 500,50000: "${text}"`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

async function large(sizes: number[]) {
  const url = await largeDatabaseUrl(option("database") ?? process.env.BENCH_LARGE_DATABASE ?? LARGE_DATABASE);
  const where = new URL(url);
  console.log(`Database ${where.host}${where.pathname}: applying migrations…`);
  await applyMigrations(url);
  process.env.DATABASE_URL = url;
  const { createDb, createRawPool } = await import("../server/db");
  const { describeLargeOrg, loadLargeOrg, MAX_PEOPLE, MIN_PEOPLE } = await import("./bench/large-org");
  const outside = sizes.find((n) => n < MIN_PEOPLE || n > MAX_PEOPLE);
  if (outside !== undefined) throw new Error(`--large: ${outside} is not from ${MIN_PEOPLE} to ${MAX_PEOPLE} people`);
  const { largeCases } = await import("./bench/large-cases");
  const { formatGrowth, growthOf, machine, writeResults } = await import("./bench/results");
  const db = createDb(url);
  // The same pool as the demo bench's (the app's Prisma adapter's size, settings and named reads).
  const pool = createRawPool(url);
  try {
    const cases: { people: number; cases: BenchCase[] }[] = [];
    for (const people of sizes) {
      const slug = `large-${people}`;
      const found = await pool.query(`SELECT 1 FROM "Organization" WHERE slug = $1`, [slug]);
      let org: LargeOrg;
      if (found.rowCount === 0) {
        console.log(`Loading ${slug} (about 10 s at 500 people, 15 minutes at 50,000 on 2 cores)…`);
        org = await loadLargeOrg(db, pool, { people, log: (line) => console.log(line) });
        console.log(`Loaded ${slug} in ${(org.ms / 1000).toFixed(1)} s.`);
      } else org = await describeLargeOrg(pool, people);
      cases.push({ people, cases: only(await largeCases(db, pool, org)) });
    }
    const measured = await measure(
      cases.flatMap((s) => s.cases),
      "PostgreSQL server",
    );
    // Back to their sizes, with whether each should stay flat as the org grows.
    const byName = new Map(measured.map((m) => [m.name, m]));
    const results = cases.map((s) => ({
      people: s.people,
      rows: s.cases.flatMap((c) => {
        const m = byName.get(c.name);
        return m ? [{ ...m, ...(c.flat ? { flat: true } : {}) }] : [];
      }),
    }));
    for (const s of results) console.log(`\n${s.people.toLocaleString("en")} people:\n${formatTable(s.rows)}`);
    const growth = growthOf(results);
    console.log(`\n${formatGrowth(growth)}`);
    const version = (await pool.query<{ version: string }>("SELECT version()")).rows[0]?.version ?? "unknown";
    const files = await writeResults({ runs: RUNS, warmup: WARMUP, sizes: results, growth, machine: machine(version) });
    console.log(`\nWritten: ${files.join(", ")}`);
  } finally {
    await pool.end();
    await db.$disconnect();
  }
}

async function main() {
  const sizes = largeSizes();
  await (sizes ? large(sizes) : demo());
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
