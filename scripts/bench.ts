// npm run bench: latency of the hot procedures on the demo data, through the real router (same
// middleware, policies and Prisma queries as a request, minus HTTP). Speed targets live here,
// never in tests. Uses TEST_DATABASE_URL (a fresh database is created and dropped) or, without it,
// an in-memory embedded Postgres. Targets are from ../shared/PERF-NOTES.md (p95, ms). Runs with
// --conditions=react-server so that "server-only" modules load outside Next.
import pg from "pg";
import { applyMigrations } from "./db/engine";
import { startEmbeddedPg } from "./embedded-pg";

const RUNS = Number(process.env.BENCH_RUNS ?? 200);

async function database(): Promise<{ url: string; done: () => Promise<void> }> {
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

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? 0 };
}

async function main() {
  const { url, done } = await database();
  try {
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    const { createDb } = await import("../server/db");
    const { seedDemo } = await import("../prisma/seed");
    const { createCaller } = await import("../server/api/root");
    const db = createDb(url);
    await seedDemo(db);
    const user = (email: string) => db.user.findUniqueOrThrow({ where: { email } });
    const marcus = await user("marcus.chen@northwind.example");
    const hannah = await user("hannah.reyes@northwind.example");
    const asMarcus = createCaller({ db, userId: marcus.id });
    const asHannah = createCaller({ db, userId: hannah.id });
    const mine = await asMarcus.oneOnOnes.mine({ org: "northwind" });
    const priya = mine.pairs.find((p) => p.withName === "Priya Patel");
    const next = priya?.next;
    if (!priya || !next) throw new Error("no upcoming 1:1 between Marcus and Priya in the demo data");

    const cases: [string, number, () => Promise<unknown>][] = [
      ["oneOnOnes.get (the 1:1 page)", 26, () => asMarcus.oneOnOnes.get({ org: "northwind", meetingId: next.id })],
      ["oneOnOnes.mine (my 1:1s)", 40, () => asMarcus.oneOnOnes.mine({ org: "northwind" })],
      ["oneOnOnes.adherence 90d (HR)", 120, () => asHannah.oneOnOnes.adherence({ org: "northwind", days: 90 })],
      ["people.list (directory page)", 10, () => asMarcus.people.list({ org: "northwind" })],
      [
        "people.get (person page)",
        10,
        () => asMarcus.people.get({ org: "northwind", personId: next.id ? (mine.pairs[0]?.withId ?? "") : "" }),
      ],
    ];
    console.log(
      `\n${RUNS} runs each after 20 warm-up runs (${process.env.TEST_DATABASE_URL ? "PostgreSQL server" : "embedded PGlite"})\n`,
    );
    console.log(
      "procedure".padEnd(34),
      "p50 ms".padStart(8),
      "p95 ms".padStart(8),
      "max ms".padStart(8),
      "target p95".padStart(11),
    );
    for (const [name, target, fn] of cases) {
      for (let i = 0; i < 20; i++) await fn();
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await fn();
        samples.push(performance.now() - t0);
      }
      const s = stats(samples);
      const f = (n: number) => n.toFixed(1).padStart(8);
      console.log(
        name.padEnd(34),
        f(s.p50),
        f(s.p95),
        f(s.max),
        `${target}`.padStart(11),
        s.p95 <= target ? "" : " (over)",
      );
    }
    await db.$disconnect();
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
