// Touches: the one place that says when two people last "touched base" — a held 1:1 between them,
// recognition either way, or a shared note of one of their 1:1s — so the dashboard ("days since
// the last touch") and nudges (an overdue timer resets on any touch) read the same answer instead
// of each deriving it. A fact source with no viewer (jobs call it with a SystemCtx): callers check
// what the viewer may see first. One query for any number of pairs (no per-pair loop).
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { SystemCtx } from "../../lib/context";
import { HELD_SQL } from "../../lib/held-sql";

export type TouchKind = "ONE_ON_ONE" | "RECOGNITION" | "NOTE";
export type Touch = { at: Date; kind: TouchKind };

/** The order-free key of a pair of people. */
export const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** The last touch at or before `asOf` of each pair (either way round); a pair never touched is absent. */
export async function lastTouches(
  ctx: SystemCtx,
  pairs: readonly { a: string; b: string }[],
  asOf = new Date(),
): Promise<Map<string, Touch>> {
  if (pairs.length === 0) return new Map();
  const rows = await ctx.db.$queryRaw<{ a: string; b: string; at: Date; kind: TouchKind }[]>(
    lastTouchesSql(ctx.org.id, pairs, asOf),
  );
  return new Map(rows.map((r) => [pairKey(r.a, r.b), { at: r.at, kind: r.kind }]));
}

/** The statement behind lastTouches (also run as is by the benchmarks' raw SQL side). */
export function lastTouchesSql(org: string, pairs: readonly { a: string; b: string }[], asOf: Date): Prisma.Sql {
  return Prisma.sql`
    WITH p AS (
      SELECT DISTINCT LEAST(x.a, x.b) AS a, GREATEST(x.a, x.b) AS b
        FROM unnest(${pairs.map((p) => p.a)}::text[], ${pairs.map((p) => p.b)}::text[]) AS x(a, b)
    ), dir AS (
      -- Both directions as separate indexed lookups (never an OR across columns).
      SELECT a, b, a AS x, b AS y FROM p UNION ALL SELECT a, b, b AS x, a AS y FROM p
    ), t AS (
      SELECT d.a, d.b, m."startsAt" AS at, 'ONE_ON_ONE' AS kind
        FROM dir d JOIN "Meeting" m ON m."organizationId" = ${org} AND m."managerId" = d.x AND m."reportId" = d.y
       WHERE m."startsAt" <= ${asOf} AND ${Prisma.raw(HELD_SQL)}
      UNION ALL
      SELECT d.a, d.b, m."sharedNotesUpdatedAt", 'NOTE'
        FROM dir d JOIN "Meeting" m ON m."organizationId" = ${org} AND m."managerId" = d.x AND m."reportId" = d.y
       WHERE m."sharedNotes" <> '' AND m."sharedNotesUpdatedAt" <= ${asOf}
      UNION ALL
      SELECT d.a, d.b, r."createdAt", 'RECOGNITION'
        FROM dir d JOIN "RecognitionRecipient" r
             ON r."organizationId" = ${org} AND r."giverId" = d.x AND r."recipientId" = d.y
       WHERE r."deletedAt" IS NULL AND r."createdAt" <= ${asOf}
    )
    SELECT DISTINCT ON (a, b) a, b, at, kind FROM t ORDER BY a, b, at DESC, kind`;
}
