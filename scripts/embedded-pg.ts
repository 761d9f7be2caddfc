// Embedded Postgres (PGlite, Postgres in WASM) served over the wire protocol so that the app, Prisma
// (through @prisma/adapter-pg), the migration engine and pg-boss all talk to it like a real server.
// Used by scripts/run.ts (data dir on disk) and by the Vitest global setup (in memory).
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { EMBEDDED_APPLICATION } from "../server/lib/statements";
import { findFreePort } from "./free-port";
import { enforceConnectionAffinity } from "./pglite-queue";

export type EmbeddedPg = {
  url: string;
  port: number;
  stop(): Promise<void>;
};

/**
 * PGlite has no postmaster.pid: two processes opening one data dir would corrupt it. A lock file
 * next to the dir holds the owner's pid; a lock whose process is gone is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lock = `${dataDir}.lock`;
  try {
    writeFileSync(lock, String(process.pid), { flag: "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    const owner = Number(readFileSync(lock, "utf8"));
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(`${dataDir} is in use by process ${owner} (another npm run dev/start?)`);
    }
    writeFileSync(lock, String(process.pid));
  }
  return () => rmSync(lock, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Starts PGlite on `dataDir` (undefined = in memory) behind a socket server on 127.0.0.1.
 * PGlite is a single backend: the socket server serializes queries from all connections, and an
 * open transaction (or an unfinished extended-protocol query) on one connection holds back every
 * other one until it ends.
 */
export async function startEmbeddedPg(opts: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPg> {
  const unlock = opts.dataDir ? lockDataDir(opts.dataDir) : () => {};
  const db = opts.dataDir ? new PGlite(opts.dataDir) : new PGlite();
  // The default maxConnections (1) breaks Prisma: a pool opens a second connection for parallel reads.
  let server: PGLiteSocketServer;
  let port: number;
  try {
    await db.waitReady;
    port = opts.port ?? (await findFreePort(54329));
    server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 20 });
    // Without it, queries of two waiting connections interleave (wrong rows): see pglite-queue.ts.
    enforceConnectionAffinity(server);
    await server.start();
  } catch (e) {
    await db.close().catch(() => {});
    unlock();
    throw e;
  }
  let stopped = false;
  return {
    // PGlite has one user and one database ("postgres"); it ignores the password. No TLS. The
    // application_name tells the app it is the embedded one (no named statements: server/lib/statements.ts).
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable&application_name=${EMBEDDED_APPLICATION}`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // Closing flushes the data dir; skipping it can leave a half-written dir behind.
      await db.close();
      unlock();
    },
  };
}
