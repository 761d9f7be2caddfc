// One Prisma client per process over node-postgres (@prisma/adapter-pg). Services never import
// this: they get `ctx.db` so a request's handle can carry a transaction or tenant context.
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

/**
 * Session settings for every connection the app opens. JIT off: the dashboard's statements are
 * short but their estimated cost is high, and on PostgreSQL 15 compiling them took 3.4 to 5.2 s of
 * a 5.5 s query at 5,000 people (measured with auto_explain), for nothing an OLTP read needs. The
 * benchmarks' raw SQL connects with the same settings, so the comparison stays fair.
 */
export const SESSION_OPTIONS = "-c jit=off";

export function createDb(url: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10, options: SESSION_OPTIONS }) });
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
