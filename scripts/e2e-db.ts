// Runs first in Playwright's webServer command when the suite uses a real Postgres server:
// creates the run's fresh database (E2E_DATABASE_URL, named by playwright.config.ts) and drops
// earlier rapport_e2e_* databases. A run's own database outlives it for post-mortem inspection;
// the next run removes it. Ones younger than an hour are kept: they may belong to a parallel run.
import pg from "pg";

const E2E_PREFIX = "rapport_e2e_";
const KEEP_MS = 60 * 60 * 1000;

async function main() {
  const target = process.env.E2E_DATABASE_URL;
  if (!target) throw new Error("E2E_DATABASE_URL is not set (playwright.config.ts sets it)");
  const name = decodeURIComponent(new URL(target).pathname.slice(1));
  if (!name.startsWith(E2E_PREFIX)) throw new Error(`refusing to recreate ${name}: not a ${E2E_PREFIX}* database`);

  // TEST_DATABASE_URL is only an admin connection (usually .../postgres); nothing is written there.
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error("TEST_DATABASE_URL is not set");
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${E2E_PREFIX.replaceAll("_", "\\_")}%`,
    ]);
    for (const { datname } of rows) {
      const created = Number(datname.slice(E2E_PREFIX.length));
      if (datname === name || (Number.isFinite(created) && Date.now() - created < KEEP_MS)) continue;
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
