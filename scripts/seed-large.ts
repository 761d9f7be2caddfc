// npm run seed:large -- --people 50000 (issue 10, item 2): loads one large organization,
// "large-<people>" (./bench/large-org.ts: 10% managers, spans 3–20, 4 levels, 3 years of 1:1s,
// ~20 recognitions per person a year, quarterly competency reviews, milestones) into its own
// database, then prints what was loaded, how long it took and whom to sign in as. The database
// (./bench/large-database.ts, shared with npm run bench -- --large): DATABASE_URL_LARGE as is, else
// `rapport_large` (or --database <name>) created if missing on the server of TEST_DATABASE_URL or
// DATABASE_URL; migrations are applied first. The embedded Postgres is too small for this, so one
// of those must name a real server. Running it again with the same --people does nothing but print
// (the org is there); another --people adds a second org beside it.
// Options: --people N (500 to 50,000; default 50,000), --database <name>, --recognitions R (per
// person per year, default 20: 3,000,000 recognitions at 50,000 people; lower it for a quicker load).
// Runs with --conditions=react-server so that "server-only" modules load outside Next.
import pg from "pg";
import { largeDatabaseUrl, option } from "./bench/large-database";
import { applyMigrations } from "./db/engine";

function wholeNumber(name: string, fallback: number, min: number, max: number): number {
  const text = option(name);
  const n = text === undefined ? fallback : Number(text.replaceAll(",", "").replaceAll("_", ""));
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

async function main() {
  const people = wholeNumber("people", 50_000, 500, 50_000);
  const recognitionsPerYear = wholeNumber("recognitions", 20, 0, 100);
  const url = await largeDatabaseUrl(option("database"));
  const where = new URL(url);
  console.log(`Database ${where.host}${where.pathname}: applying migrations…`);
  await applyMigrations(url);
  // Server modules read the environment at import: set it first, import after.
  process.env.DATABASE_URL = url;
  const { createDb } = await import("../server/db");
  const { loadLargeOrg } = await import("./bench/large-org");
  const db = createDb(url);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  try {
    console.log(`Loading large-${people} (${people.toLocaleString("en")} people)…`);
    const org = await loadLargeOrg(db, pool, { people, recognitionsPerYear, log: (line) => console.log(line) });
    console.log(
      org.ms > 0
        ? `\nLoaded ${org.slug} in ${(org.ms / 1000).toFixed(1)} s.`
        : `\n${org.slug} was already loaded: nothing written.`,
    );
    console.log("\nRows:");
    for (const [table, n] of Object.entries(org.counts)) console.log(`  ${table.padEnd(22)} ${n.toLocaleString("en")}`);
    const who = (label: string, p: { email: string; name: string; membershipId: string }, extra = "") =>
      console.log(`  ${label.padEnd(20)} ${p.email.padEnd(28)} ${p.name} (${p.membershipId})${extra}`);
    console.log("\nSign in as (magic link; in development the email lands in /dev/outbox):");
    who("manager, 12 reports", org.manager12);
    who("manager of managers", org.managerOfManagers, `, subtree of ${org.managerOfManagers.subtree}`);
    who("HR admin", org.hr);
    who("employee", org.employee);
    console.log(
      `  team of ${org.teamSize}: ${org.teamId}; next 1:1 of manager and employee: ${org.meetingId ?? "none"}`,
    );
    console.log(`\nDescriptor:\n${JSON.stringify(org, null, 2)}`);
    if (where.password) where.password = "***";
    console.log(`\nRun the app on it: DATABASE_URL=${where.toString()} npm run dev`);
  } finally {
    await pool.end();
    await db.$disconnect();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
