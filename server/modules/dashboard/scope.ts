// Who a dashboard covers, as SQL: a manager's direct reports, their whole subtree, or (HR admins)
// the whole org; optionally one team of it. Active members only. The subtree is walked in SQL, a
// probe per person (LATERAL, OFFSET 0: planned as a join, the recursive step's guessed size makes a
// hash join over all the org's memberships look cheaper), never sent as parameters (a CEO's subtree
// is the whole org). Used as `WITH RECURSIVE ${scopeCte(...)}, …` and `… IN (SELECT id FROM scope)`.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { OrgCtx } from "../../lib/context";

export type Scope = "direct" | "subtree" | "org";

export function scopeCte(ctx: OrgCtx, scope: Scope, teamId?: string): Prisma.Sql {
  const org = ctx.org.id;
  const me = ctx.me.id;
  const team = teamId ? Prisma.sql`AND m."teamId" = ${teamId}` : Prisma.empty;
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
