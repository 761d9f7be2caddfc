// Keeps an organization's 1:1 schedule filled in with nobody looking, so that reads (the lists, the
// 1:1 page) never write. Run per org by the materialize job (server/jobs); writes that change a
// cadence (setCadence, resume, a handover) still materialize their own pair right away.
import "server-only";
import type { SystemCtx } from "../../lib/context";
import { localDate } from "../../lib/dates";
import { defaultCadenceFor, HORIZON_DAYS, materialize } from "./cadences.service";

const DAY = 86_400_000;
/** Cadences per materialize() call: ~9 weekly meetings each keeps one insert well under 65k parameters. */
const BATCH = 400;

/**
 * Every active report of an active manager gets a live cadence (the org default, staggered by the
 * report's place in the manager's list, as before) when the pair has none. One read, one insert.
 */
export async function ensureOrgCadences(ctx: SystemCtx, now = new Date()): Promise<number> {
  const reports = await ctx.db.membership.findMany({
    where: { organizationId: ctx.org.id, status: "ACTIVE", managerId: { not: null }, manager: { status: "ACTIVE" } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      managerId: true,
      timeZone: true,
      cadencesAsReport: { where: { status: { not: "ENDED" } }, select: { managerId: true } },
    },
  });
  const seen = new Map<string, number>();
  const missing = [];
  for (const r of reports) {
    if (!r.managerId) continue;
    const index = seen.get(r.managerId) ?? 0;
    seen.set(r.managerId, index + 1);
    if (r.cadencesAsReport.some((c) => c.managerId === r.managerId)) continue;
    missing.push({
      organizationId: ctx.org.id,
      managerId: r.managerId,
      reportId: r.id,
      ...defaultCadenceFor(index, r.timeZone, localDate(now, r.timeZone)),
    });
  }
  if (missing.length === 0) return 0;
  // The partial unique index (one live cadence per pair) makes a concurrent setCadence win.
  const created = await ctx.db.cadence.createMany({ data: missing, skipDuplicates: true });
  return created.count;
}

/**
 * Creates the meetings of every active cadence of the org up to now + HORIZON_DAYS, in batches.
 * Only cadences that materialize() would extend are read (same rule: not yet materialized, or
 * more than a day short of the horizon), so an hourly run touches about 1/24 of them.
 */
export async function materializeOrg(ctx: SystemCtx, now = new Date()): Promise<number> {
  const short = new Date(now.getTime() + (HORIZON_DAYS - 1) * DAY);
  let done = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await ctx.db.cadence.findMany({
      where: {
        organizationId: ctx.org.id,
        status: "ACTIVE",
        OR: [{ materializedUntil: null }, { materializedUntil: { lt: short } }],
        ...(after ? { id: { gt: after } } : {}),
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true },
    });
    if (batch.length === 0) return done;
    await materialize(
      ctx.db,
      ctx.org.id,
      batch.map((c) => c.id),
      now,
    );
    done += batch.length;
    after = batch[batch.length - 1]?.id;
    if (batch.length < BATCH) return done;
  }
}

/** Both, in order: a new pair's default cadence gets its meetings in the same run. */
export async function upkeepOrg(ctx: SystemCtx, now = new Date()) {
  const cadencesCreated = await ensureOrgCadences(ctx, now);
  const cadencesMaterialized = await materializeOrg(ctx, now);
  return { cadencesCreated, cadencesMaterialized };
}
