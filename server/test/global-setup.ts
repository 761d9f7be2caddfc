// Vitest globalSetup of the "integration" project: prepares one migrated database per run and hands
// its coordinates to the test files through provide()/inject() (read by server/test/db.ts).
//  - TEST_DATABASE_URL (or DATABASE_URL) set: a real server. We only use that URL as an admin
//    connection: a uniquely named template database is migrated once, each test file clones it
//    (CREATE DATABASE ... TEMPLATE, ~100 ms) and drops its clone, teardown drops the template.
//  - Neither set: an in-memory PGlite behind a socket server, shared by all files, which therefore
//    run one at a time (vitest.config.ts turns fileParallelism off for this case).
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { env } from "../env";

export type TestDbContext =
  | { mode: "server"; adminUrl: string; template: string; prefix: string }
  | { mode: "embedded"; url: string };

declare module "vitest" {
  export interface ProvidedContext {
    testDb: TestDbContext;
  }
}

const root = path.resolve(import.meta.dirname, "..", "..");
/** Databases this plumbing creates; stale ones (crashed runs) are dropped after STALE_MS. */
export const DB_PREFIX = "rapport_t";
const STALE_MS = 6 * 60 * 60 * 1000;

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Names sort by creation time and carry it, so a later run can tell leftovers from live ones. */
export function uniqueDbName(kind: "tpl" | "db"): string {
  return `${DB_PREFIX}_${kind}_${Date.now()}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The schema engine is WebAssembly loaded through an ES module import, which Node 20 allows only
 * with --experimental-wasm-modules; Vitest's own process lacks that flag, so migrate in a child.
 */
function migrate(url: string): Promise<void> {
  const args = ["--experimental-wasm-modules", "--no-warnings", "--import", "tsx", "scripts/db/cli.ts", "migrate", url];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`migrating the test database failed (${code}):\n${stderr}`)),
    );
  });
}

async function admin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function dropStale(client: pg.Client) {
  const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
    `${DB_PREFIX}\\_%`,
  ]);
  for (const { datname } of rows) {
    const created = Number(datname.split("_")[3]);
    if (Number.isFinite(created) && Date.now() - created > STALE_MS) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  }
}

export default async function setup(project: TestProject) {
  const adminUrl = env.TEST_DATABASE_URL ?? env.DATABASE_URL;
  const started = performance.now();

  if (!adminUrl) {
    // Imported here so that test files importing this module's helpers do not load PGlite.
    const { startEmbeddedPg } = await import("../../scripts/embedded-pg");
    const embedded = await startEmbeddedPg();
    await migrate(embedded.url);
    project.provide("testDb", { mode: "embedded", url: embedded.url });
    console.log(`[test db] in-memory PGlite ready in ${Math.round(performance.now() - started)} ms`);
    return () => embedded.stop();
  }

  const template = uniqueDbName("tpl");
  await admin(adminUrl, async (client) => {
    await dropStale(client);
    await client.query(`CREATE DATABASE "${template}"`);
  });
  try {
    await migrate(withDatabase(adminUrl, template));
  } catch (e) {
    await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
    throw e;
  }
  project.provide("testDb", { mode: "server", adminUrl, template, prefix: DB_PREFIX });
  const host = new URL(adminUrl).host;
  console.log(`[test db] template ${template} on ${host} ready in ${Math.round(performance.now() - started)} ms`);
  return () => admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
}
