// HR adherence, org-wide, from the "AdherenceRollup" materialized view (migration
// 20261201211231_adherence_rollup) instead of scanning 90 days of meetings per request: the live
// query is ~215 ms for 5,000 managers, the view ~3.5 ms (PERF-NOTES.md). The adherence-rollup job
// refreshes it every 10 minutes, so HR numbers are as of the last refresh (the answer says when);
// when the jobs are not running the rollup goes stale and the numbers are computed live instead.
// refreshRollup and freshRollupAt are every rollup's refresh and freshness rule (the dashboard's too).
import "server-only";
import type { Db } from "../../db";
import type { DbHandle, SystemCtx } from "../../lib/context";
import { HELD_SQL } from "../../lib/held-sql";

export const ADHERENCE_ROLLUP = "adherence";
/** Three missed refreshes: the jobs are not running, so the rollup is not used. */
export const ROLLUP_MAX_AGE_MS = 30 * 60_000;
/** A refresh's transaction may run this long (a 50,000-person org alone takes seconds). */
export const REFRESH_TIMEOUT_MS = 5 * 60_000;

export type AdherenceRow = { managerId: string; reportId: string; scheduled: number; held: number };

/**
 * Refreshes materialized views (REFRESH ... CONCURRENTLY: readers keep the previous version until
 * it commits), then any statements after them (e.g. ANALYZE), and records under `name` the instant
 * the numbers are as of. One short transaction, because on the embedded database an open
 * transaction holds back every other connection. Every rollup refreshes through here.
 */
export async function refreshRollup(db: Db, name: string, views: readonly string[], after: readonly string[] = []) {
  const results = await db.$transaction(
    [
      ...views.map((v) => db.$executeRawUnsafe(`REFRESH MATERIALIZED VIEW CONCURRENTLY "${v}"`)),
      ...after.map((sql) => db.$executeRawUnsafe(sql)),
      // now() is the transaction's start: the same instant the views' windows were computed from.
      db.$queryRaw<{ refreshedAt: Date }[]>`
      INSERT INTO "RollupRefresh" (name, "refreshedAt") VALUES (${name}, date_trunc('milliseconds', now()))
      ON CONFLICT (name) DO UPDATE SET "refreshedAt" = excluded."refreshedAt"
      RETURNING "refreshedAt"`,
    ],
    // Seconds at 50,000 people (more with many tenants): past Prisma's 5 s default for a transaction.
    { timeout: REFRESH_TIMEOUT_MS },
  );
  const row = (results.at(-1) as { refreshedAt: Date }[] | undefined)?.[0];
  if (!row) throw new Error("RollupRefresh upsert returned no row");
  return row.refreshedAt;
}

/** When the rollup `name` is as of, or null when it was never refreshed or is older than ROLLUP_MAX_AGE_MS. */
export async function freshRollupAt(db: DbHandle, name: string, now = new Date()): Promise<Date | null> {
  const state = await db.rollupRefresh.findUnique({ where: { name } });
  return state && now.getTime() - state.refreshedAt.getTime() <= ROLLUP_MAX_AGE_MS ? state.refreshedAt : null;
}

/** Recomputes the adherence view for every organization; returns the instant it is as of. */
export function refreshAdherenceRollup(db: Db): Promise<Date> {
  return refreshRollup(db, ADHERENCE_ROLLUP, ["AdherenceRollup"]);
}

/** The org's pairs from the rollup, or null when it was never refreshed or is stale. */
export async function rollupAdherence(ctx: SystemCtx, days: 30 | 90, now = new Date()) {
  const asOf = await freshRollupAt(ctx.db, ADHERENCE_ROLLUP, now);
  if (!asOf) return null;
  const [scheduled, held] = days === 30 ? ["scheduled30", "held30"] : ["scheduled90", "held90"];
  const rows = await ctx.db.$queryRawUnsafe<AdherenceRow[]>(
    `SELECT "managerId", "reportId", "${scheduled}" AS scheduled, "${held}" AS held FROM "AdherenceRollup"
     WHERE "organizationId" = $1 AND "${scheduled}" > 0
     ORDER BY 1, 2`,
    ctx.org.id,
  );
  return { asOf, rows };
}

/** The same numbers computed from the meetings, as of `now`; `managers` limits it to a subtree. */
export async function liveAdherence(
  ctx: SystemCtx,
  days: 30 | 90,
  now: Date,
  managers: string[] | null,
): Promise<AdherenceRow[]> {
  const rows = await ctx.db.$queryRawUnsafe<{ managerId: string; reportId: string; scheduled: bigint; held: bigint }[]>(
    `SELECT m."managerId", m."reportId", count(*) AS scheduled, count(*) FILTER (WHERE ${HELD_SQL}) AS held
     FROM "Meeting" m
     WHERE m."organizationId" = $1 AND m."startsAt" < $2 AND m."startsAt" >= $2::timestamptz - make_interval(days => $3)
       ${managers ? `AND m."managerId" = ANY($4)` : ""}
     GROUP BY 1, 2
     ORDER BY 1, 2`,
    ...[ctx.org.id, now, days, ...(managers ? [managers] : [])],
  );
  return rows.map((r) => ({ ...r, scheduled: Number(r.scheduled), held: Number(r.held) }));
}
