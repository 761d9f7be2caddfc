// One Prisma client per process over node-postgres (@prisma/adapter-pg). Services never import
// this: they get `ctx.db` so a request's handle can carry a transaction or tenant context.
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "./env";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;

export function createDb(url: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
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
