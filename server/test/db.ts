// A migrated database for one integration test file (*.int.test.ts). Call once per file:
//
//   let t: TestDb;
//   beforeAll(async () => { t = await setupTestDb(); });
//   beforeEach(() => t.reset());
//   afterAll(() => t.close());
//
// On a real server each file gets its own clone of the run's template database, so files run in
// parallel; on the embedded fallback all files share one in-memory PGlite and run one at a time.
// Either way a file starts with empty tables (migrations applied, no seed data).
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "../db";
import { uniqueDbName, withDatabase } from "./global-setup";

export type TestDb = {
  /** Prisma client on this file's database; also what getDb() returns inside this test file. */
  db: Db;
  /** Connection string of this file's database, e.g. for a raw pg client or a child process. */
  url: string;
  /** Empties every table except _prisma_migrations (one TRUNCATE, milliseconds). */
  reset(): Promise<void>;
  /** Disconnects and, on a real server, drops this file's database. */
  close(): Promise<void>;
};

async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function setupTestDb(): Promise<TestDb> {
  const ctx = inject("testDb");
  if (!ctx) throw new Error("setupTestDb() needs the integration project's globalSetup (*.int.test.ts files)");

  let url: string;
  let drop = async () => {};
  if (ctx.mode === "server") {
    const name = uniqueDbName("db");
    await adminQuery(ctx.adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${ctx.template}"`);
    url = withDatabase(ctx.adminUrl, name);
    drop = () => adminQuery(ctx.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    url = ctx.url;
  }

  const db = createDb(url);
  // Code under test that calls getDb() (server/db.ts) gets this file's database, not DATABASE_URL.
  (globalThis as { rapportDb?: Db }).rapportDb = db;

  let truncate: string | undefined;
  const reset = async () => {
    if (truncate === undefined) {
      const tables = await db.$queryRaw<{ tablename: string }[]>`
        SELECT tablename FROM pg_tables
        WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
      truncate = tables.length
        ? `TRUNCATE TABLE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`
        : "";
    }
    if (truncate) await db.$executeRawUnsafe(truncate);
  };

  // The shared embedded database still holds whatever the previous file left behind.
  if (ctx.mode === "embedded") await reset();

  return {
    db,
    url,
    reset,
    async close() {
      await db.$disconnect();
      const g = globalThis as { rapportDb?: Db };
      if (g.rapportDb === db) g.rapportDb = undefined;
      await drop();
    },
  };
}
