// Rolled-up dashboard lines: per manager (a manager of managers' subtree, or the org for HR) and per
// team (HR): reports, 1:1 adherence over 90 days and recognition coverage over 30 days. Counts
// only, no 1:1 content. Adherence comes from the AdherenceRollup view (refreshed by a job every 10
// minutes; its time is returned and shown) while it is fresh, else live from the meetings. The
// lowest adherence first, at most ROLLUP_LIMIT lines, with the total.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { OrgCtx } from "../../lib/context";
import { HELD_SQL } from "../../lib/held-sql";
import { ADHERENCE_ROLLUP, freshRollupAt } from "../one-on-ones/adherence-rollup.service";
import { COVERAGE_DAYS } from "./kpis.service";
import { type Scope, scopeCte, subtreeOf } from "./scope";

export const ROLLUP_LIMIT = 100;

type Line = {
  id: string;
  name: string;
  team: string | null;
  people: number;
  scheduled: number;
  held: number;
  covered: number;
  total: number;
};

export async function rollup(
  ctx: OrgCtx,
  q: { scope: Exclude<Scope, "direct">; by: "manager" | "team"; teamId?: string },
  now = new Date(),
) {
  const org = ctx.org.id;
  const fresh = await freshRollupAt(ctx.db, ADHERENCE_ROLLUP, now);
  // Per pair (manager, report) of the scope's reports: scheduled and held in 90 days.
  const pairs = fresh
    ? Prisma.sql`SELECT "managerId", "reportId", "scheduled90" AS scheduled, "held90" AS held FROM "AdherenceRollup"
                  WHERE "organizationId" = ${org} AND "reportId" IN (SELECT id FROM scope)`
    : Prisma.sql`SELECT m."managerId", m."reportId", count(*)::int AS scheduled,
                        (count(*) FILTER (WHERE ${Prisma.raw(HELD_SQL)}))::int AS held
                   FROM "Meeting" m
                  WHERE m."organizationId" = ${org} AND m."reportId" IN (SELECT id FROM scope)
                    AND m."startsAt" < ${now} AND m."startsAt" >= ${now}::timestamptz - interval '90 days'
                  GROUP BY 1, 2`;
  const group =
    q.by === "manager"
      ? Prisma.sql`SELECT g.id, g.name, t.name AS team, s.id AS person
                     FROM scope s
                     JOIN "Membership" p ON p."organizationId" = ${org} AND p.id = s.id
                     JOIN "Membership" g ON g."organizationId" = ${org} AND g.id = p."managerId"
                     LEFT JOIN "Team" t ON t."organizationId" = ${org} AND t.id = g."teamId"`
      : Prisma.sql`SELECT t.id, t.name, NULL::text AS team, s.id AS person
                     FROM scope s
                     JOIN "Membership" p ON p."organizationId" = ${org} AND p.id = s.id
                     JOIN "Team" t ON t."organizationId" = ${org} AND t.id = p."teamId"`;
  const lines = await ctx.db.$queryRaw<Line[]>`
    WITH RECURSIVE ${scopeCte(ctx, q.scope, q.teamId, await subtreeOf(ctx, q.scope))},
    pairs AS (${pairs}),
    grouped AS (${group}),
    covered AS (
      SELECT s.id FROM scope s WHERE EXISTS (
        SELECT 1 FROM "RecognitionRecipient" x WHERE x."organizationId" = ${org} AND x."recipientId" = s.id
           AND x."deletedAt" IS NULL AND x."createdAt" < ${now}
           AND x."createdAt" >= ${now}::timestamptz - make_interval(days => ${COVERAGE_DAYS}))
    ),
    lines AS (
      SELECT g.id, g.name, g.team, count(*)::int AS people,
             COALESCE(sum(pa.scheduled), 0)::int AS scheduled, COALESCE(sum(pa.held), 0)::int AS held,
             count(c.id)::int AS covered
        FROM grouped g
        LEFT JOIN (SELECT "reportId", sum(scheduled) AS scheduled, sum(held) AS held FROM pairs GROUP BY 1) pa
               ON pa."reportId" = g.person
        LEFT JOIN covered c ON c.id = g.person
       GROUP BY g.id, g.name, g.team
    )
    SELECT *, (count(*) OVER ())::int AS total FROM lines
     ORDER BY CASE WHEN scheduled = 0 THEN 1 ELSE 0 END, held::float / NULLIF(scheduled, 0), name, id
     LIMIT ${ROLLUP_LIMIT}`;
  return {
    by: q.by,
    asOf: fresh,
    total: lines[0]?.total ?? 0,
    lines: lines.map(({ total: _, ...l }) => ({
      ...l,
      adherence: l.scheduled > 0 ? l.held / l.scheduled : null,
      coverage: l.people > 0 ? l.covered / l.people : null,
    })),
  };
}
