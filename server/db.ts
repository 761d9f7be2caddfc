// One Prisma client per process over node-postgres (@prisma/adapter-pg). Services never import
// this: they get `ctx.db` so a request's handle can carry a transaction or tenant context.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";
import { isEmbeddedUrl, statementName } from "./lib/statements";

export type Db = PrismaClient;

/**
 * Session settings for every connection the app opens. JIT off: the dashboard's statements are
 * short but their estimated cost is high, and on PostgreSQL 15 compiling them took 3.4 to 5.2 s of
 * a 5.5 s query at 5,000 people (measured with auto_explain), for nothing an OLTP read needs. The
 * benchmarks' raw SQL connects with the same settings, so the comparison stays fair.
 */
export const SESSION_OPTIONS = "-c jit=off";

/** Reads run as named statements on a server, not on the embedded database (server/lib/statements.ts). */
export function createDb(url: string): Db {
  const names = new Set<string>();
  // Typed as always naming, but the adapter passes no name on when there is no generator at all,
  // and pg runs a query with an undefined name unnamed: the same for a write or past the cap.
  const name = (q: { sql: string }) => statementName(q.sql, names) as string;
  const prepared = isEmbeddedUrl(url) ? {} : { statementNameGenerator: name };
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 10, options: SESSION_OPTIONS }, prepared),
  });
}

/**
 * A plain `pg` pool with the app's size, session settings and named reads: the benchmarks' raw SQL
 * side, so a procedure and its floor are compared on equal terms.
 */
export function createRawPool(url: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: 10, options: SESSION_OPTIONS });
  if (isEmbeddedUrl(url)) return pool;
  const names = new Set<string>();
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
  pool.query = ((text: string | pg.QueryConfig, values?: unknown[]) =>
    typeof text === "string"
      ? query({ text, values, name: statementName(text, names) })
      : query(values ? { ...text, values } : text)) as typeof pool.query;
  return pool;
}

const globalForDb = globalThis as unknown as { rapportDb?: Db };

/** Lazily created so that importing this module never needs a database (e.g. next build). */
export function getDb(): Db {
  if (!globalForDb.rapportDb) {
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set; start the app with npm run dev / npm start");
    globalForDb.rapportDb = createDb(env.DATABASE_URL);
  }
  return globalForDb.rapportDb;
}
