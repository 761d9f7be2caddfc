// Shared helpers for the factories: the client type they accept and collision-free defaults.
import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";

/** Factories work on the global client or inside `db.$transaction(async (tx) => ...)`. */
export type FactoryDb = PrismaClient | Prisma.TransactionClient;

// A per-process tag keeps default slugs and emails unique when several test workers or e2e
// processes share one database; the counter keeps them unique within the process.
const processTag = randomBytes(3).toString("hex");
let counter = 0;

/** A short token unique across processes, e.g. "a1b2c37". */
export function uniqueSuffix(): string {
  counter += 1;
  return `${processTag}${counter.toString(36)}`;
}

/** "Tomás Álvarez" -> "tomas-alvarez" (separator configurable). */
export function slugify(text: string, separator = "-"): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, "g"), "");
}

/**
 * A client-side id in the shape of Prisma's cuid() ("c" + 24 lowercase base36 chars), so bulk
 * inserts can link rows (manager -> report) before they exist and id validators still accept them.
 */
export function newId(): string {
  const time = Date.now().toString(36).padStart(9, "0").slice(-9);
  const bytes = randomBytes(15);
  let rand = "";
  for (const b of bytes) rand += (b % 36).toString(36);
  return `c${time}${rand}`;
}

/** A calendar date (no time) as Prisma expects for `@db.Date`: midnight UTC. */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}
