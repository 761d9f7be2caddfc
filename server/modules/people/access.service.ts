// Loads the facts the policy needs: the caller's membership in an org and their subtree.
import "server-only";
import type { Db } from "../../db";
import type { Viewer } from "../../policy";

export async function loadMembership(db: Db, userId: string, orgSlug: string) {
  return db.membership.findFirst({
    where: { userId, status: "ACTIVE", organization: { slug: orgSlug } },
    select: {
      id: true,
      name: true,
      role: true,
      userId: true,
      timeZone: true,
      organizationId: true,
      organization: { select: { id: true, slug: true, name: true, timeZone: true } },
    },
  });
}

export type Me = NonNullable<Awaited<ReturnType<typeof loadMembership>>>;

/** Ids of everyone below `membershipId` (direct and indirect reports, active or not). */
export async function subtreeIds(db: Db, organizationId: string, membershipId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE below AS (
      SELECT id FROM "Membership" WHERE "organizationId" = ${organizationId} AND "managerId" = ${membershipId}
      UNION
      SELECT m.id FROM "Membership" m JOIN below b ON m."managerId" = b.id
      WHERE m."organizationId" = ${organizationId}
    )
    SELECT id FROM below`;
  return rows.map((r) => r.id);
}

/** Manager chain above a person, nearest first. Cycles are impossible (changeManager refuses them). */
export async function managerChain(db: Db, organizationId: string, membershipId: string) {
  return db.$queryRaw<{ id: string; name: string; title: string | null; depth: number }[]>`
    WITH RECURSIVE above AS (
      SELECT m."managerId" AS id, 1 AS depth FROM "Membership" m
      WHERE m."organizationId" = ${organizationId} AND m.id = ${membershipId}
      UNION ALL
      SELECT m."managerId", a.depth + 1 FROM "Membership" m JOIN above a ON m.id = a.id
      WHERE m."organizationId" = ${organizationId} AND a.depth < 50
    )
    SELECT m.id, m.name, m.title, a.depth FROM above a
    JOIN "Membership" m ON m.id = a.id AND m."organizationId" = ${organizationId}
    ORDER BY a.depth`;
}

export async function loadViewer(db: Db, me: Pick<Me, "id" | "role" | "organizationId">): Promise<Viewer> {
  const ids = await subtreeIds(db, me.organizationId, me.id);
  return { membershipId: me.id, role: me.role, subtree: new Set(ids) };
}
