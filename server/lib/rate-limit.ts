// Fixed-window counters in Postgres, so every stateless web instance shares them.
import type { Db } from "../db";
import { env } from "../env";

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export async function hitRateLimit(
  db: Db,
  key: string,
  limit: number,
  windowMs: number,
  now = Date.now(),
): Promise<RateLimitResult> {
  if (env.RATE_LIMIT_DISABLED) return { ok: true };
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const { count } = await db.rateLimit.upsert({
    where: { key_windowStart: { key, windowStart } },
    create: { key, windowStart, count: 1 },
    update: { count: { increment: 1 } },
    select: { count: true },
  });
  if (count <= limit) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000)) };
}

/** Old windows are useless; called opportunistically so the table stays small. */
export async function pruneRateLimits(db: Db, olderThanMs = 86_400_000) {
  await db.rateLimit.deleteMany({ where: { windowStart: { lt: new Date(Date.now() - olderThanMs) } } });
}
