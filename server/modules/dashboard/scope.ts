// Who a dashboard covers, as SQL: a manager's direct reports, their whole subtree, or (HR admins)
// the whole org; optionally one team of it. Active members only. The subtree is walked in SQL, a
// probe per person (LATERAL, OFFSET 0: planned as a join, the recursive step's guessed size makes a
// hash join over all the org's memberships look cheaper), never sent as parameters (a CEO's subtree
// is the whole org). Used as `WITH RECURSIVE ${scopeCte(...)}, …` and `… IN (SELECT id FROM scope)`.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { OrgCtx } from "../../lib/context";

export type Scope = "direct" | "subtree" | "org";
/** Who the dashboard's SQL is for: an OrgCtx, or (the benchmarks' raw SQL) just these ids. */
export type Viewer = { org: { id: string }; me: { id: string; timeZone: string } };

/**
 * The scope as a CTE. A subtree is best walked first (subtreeOf) and passed as `ids`: the planner
 * then knows its size (a recursive CTE's guess is the whole org's order, which at 50,000 people
 * turned a 500-person subtree's KPIs into hash joins over every meeting: 5.6 s instead of tens of ms).
 */
export function scopeCte(ctx: Viewer, scope: Scope, teamId?: string, ids?: readonly string[]): Prisma.Sql {
  const org = ctx.org.id;
  const me = ctx.me.id;
  const team = teamId ? Prisma.sql`AND m."teamId" = ${teamId}` : Prisma.empty;
  if (scope === "subtree" && ids)
    return Prisma.sql`scope AS (
      SELECT m.id FROM unnest(${ids}::text[]) AS u(id)
        JOIN "Membership" m ON m."organizationId" = ${org} AND m.id = u.id
       WHERE m.status = 'ACTIVE' ${team})`;
  if (scope === "org")
    return Prisma.sql`scope AS (
      SELECT m.id FROM "Membership" m WHERE m."organizationId" = ${org} AND m.status = 'ACTIVE' ${team})`;
  if (scope === "direct")
    return Prisma.sql`scope AS (
      SELECT m.id FROM "Membership" m
       WHERE m."organizationId" = ${org} AND m."managerId" = ${me} AND m.status = 'ACTIVE' ${team})`;
  return Prisma.sql`below AS (
      SELECT id FROM "Membership" WHERE "organizationId" = ${org} AND "managerId" = ${me}
      UNION
      SELECT x.id FROM below b
      CROSS JOIN LATERAL (SELECT id FROM "Membership" WHERE "organizationId" = ${org} AND "managerId" = b.id OFFSET 0) x
    ), scope AS (
      SELECT m.id FROM "Membership" m JOIN below b ON b.id = m.id
       WHERE m."organizationId" = ${org} AND m.status = 'ACTIVE' ${team})`;
}

/** Everyone below the viewer (any status; scopeCte keeps the active), walked in one statement. */
export function subtreeSql(ctx: Viewer): Prisma.Sql {
  const org = ctx.org.id;
  return Prisma.sql`
    WITH RECURSIVE below AS (
      SELECT id FROM "Membership" WHERE "organizationId" = ${org} AND "managerId" = ${ctx.me.id}
      UNION
      SELECT x.id FROM below b
      CROSS JOIN LATERAL (SELECT id FROM "Membership" WHERE "organizationId" = ${org} AND "managerId" = b.id OFFSET 0) x
    )
    SELECT id FROM below`;
}

/** The ids to pass to scopeCte for a subtree (undefined for the other scopes, which need none). */
export async function subtreeOf(ctx: OrgCtx, scope: Scope): Promise<string[] | undefined> {
  if (scope !== "subtree") return undefined;
  const rows = await ctx.db.$queryRaw<{ id: string }[]>(subtreeSql(ctx));
  return rows.map((r) => r.id);
}
