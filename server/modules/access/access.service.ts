// The one access layer every module calls: who the caller is in an org (membership), the facts the
// policy needs about them (role, and who is below them), and one way to check a permission.
// Decisions live in server/policy (pure); this module only loads facts and turns a "no" into an error.
//
// To decide about one subject (a person, a pair) it walks UP the manager chain from the subject
// (a handful of primary-key lookups), rather than loading the viewer's whole subtree, which for a
// CEO is the whole org. The whole subtree is loaded only where a list needs it (`subtreeOf`).
import "server-only";
import type { DbHandle, OrgCtx } from "../../lib/context";
import { AppError } from "../../lib/errors";
import { type Action, can, type Subject, type Viewer } from "../../policy";

const meSelect = {
  id: true,
  name: true,
  role: true,
  userId: true,
  timeZone: true,
  organizationId: true,
  organization: { select: { id: true, slug: true, name: true, timeZone: true } },
} as const;

/** The signed-in user's active membership in the org with this slug (orgProcedure), or null. */
export async function loadMembership(db: DbHandle, userId: string, orgSlug: string) {
  return db.membership.findFirst({
    where: { userId, status: "ACTIVE", organization: { slug: orgSlug } },
    select: meSelect,
  });
}

/** An active membership by id, for callers with no session (the iCal feed's token), or null. */
export async function loadMembershipById(db: DbHandle, organizationId: string, membershipId: string) {
  return db.membership.findFirst({
    where: { id: membershipId, organizationId, status: "ACTIVE" },
    select: meSelect,
  });
}

export type Me = NonNullable<Awaited<ReturnType<typeof loadMembership>>>;

/** What an OrgCtx holds about the caller: the one way a membership becomes `ctx.org` + `ctx.me`. */
export function orgScope(me: Me): Pick<OrgCtx, "org" | "me"> & { me: Me } {
  return { org: me.organization, me };
}

/** Ids of everyone below `membershipId` (direct and indirect reports, active or not). */
export async function subtreeIds(db: DbHandle, organizationId: string, membershipId: string): Promise<string[]> {
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
export async function managerChain(db: DbHandle, organizationId: string, membershipId: string) {
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

/** Which of `subjects` have `membershipId` somewhere above them: one walk up from all of them. */
async function subjectsBelow(db: DbHandle, organizationId: string, membershipId: string, subjects: string[]) {
  const rows = await db.$queryRaw<{ subject: string }[]>`
    WITH RECURSIVE up AS (
      SELECT m.id AS subject, m."managerId" AS above, 1 AS depth FROM "Membership" m
      WHERE m."organizationId" = ${organizationId} AND m.id = ANY(${subjects})
      UNION ALL
      SELECT u.subject, m."managerId", u.depth + 1 FROM up u
      JOIN "Membership" m ON m."organizationId" = ${organizationId} AND m.id = u.above
      WHERE u.above <> ${membershipId} AND u.depth < 50
    )
    SELECT DISTINCT subject FROM up WHERE above = ${membershipId}`;
  return rows.map((r) => r.subject);
}

type ViewerCache = { subtree?: Promise<string[]>; about: Map<string, Promise<Viewer>> };
// Per request: keyed by the request's `me`, which copies of the context (a unit of work) share.
const cache = new WeakMap<object, ViewerCache>();
const cacheOf = (ctx: OrgCtx) => {
  let entry = cache.get(ctx.me);
  if (!entry) {
    entry = { about: new Map() };
    cache.set(ctx.me, entry);
  }
  return entry;
};

/** Everyone below the caller, loaded once per request (for lists that span the subtree). */
export function subtreeOf(ctx: OrgCtx): Promise<string[]> {
  const entry = cacheOf(ctx);
  entry.subtree ??= subtreeIds(ctx.db, ctx.org.id, ctx.me.id);
  return entry.subtree;
}

/**
 * The policy's view of the caller, with the facts needed to decide about `about` (the membership
 * ids of the subjects in question). Without `about`, the whole subtree (for lists).
 */
export function viewerOf(ctx: OrgCtx, about?: readonly string[]): Promise<Viewer> {
  const entry = cacheOf(ctx);
  const base = { membershipId: ctx.me.id, role: ctx.me.role };
  if (!about) return subtreeOf(ctx).then((ids) => ({ ...base, below: new Set(ids) }));
  const subjects = [...new Set(about)].filter((id) => id !== ctx.me.id).sort();
  const key = subjects.join(",");
  let viewer = entry.about.get(key);
  if (!viewer) {
    viewer = (
      entry.subtree
        ? entry.subtree.then((ids) => subjects.filter((id) => ids.includes(id)))
        : subjects.length === 0
          ? Promise.resolve([])
          : subjectsBelow(ctx.db, ctx.org.id, ctx.me.id, subjects)
    ).then((below) => ({ ...base, below: new Set(below) }));
    entry.about.set(key, viewer);
  }
  return viewer;
}

/** When a subject's manager chain is loaded anyway, it already says whether the caller is above them. */
export function viewerFromChain(ctx: OrgCtx, subjectId: string, chain: readonly { id: string }[]): Viewer {
  const above = chain.some((m) => m.id === ctx.me.id);
  return { membershipId: ctx.me.id, role: ctx.me.role, below: new Set(above ? [subjectId] : []) };
}

type Denial = { as?: "FORBIDDEN" | "NOT_FOUND"; message?: string };

/**
 * The one way to check a permission: asks the policy and throws when the answer is no. Call it
 * before any lookup or early return whose answer could tell a caller something they may not know.
 */
export async function authorize<A extends Action>(
  ctx: OrgCtx,
  action: A,
  subject: Subject[A],
  about: readonly string[],
  deny: Denial = {},
): Promise<Viewer> {
  const viewer = await viewerOf(ctx, about);
  if (!can(viewer, action, subject)) {
    const code = deny.as ?? "FORBIDDEN";
    throw new AppError(
      code,
      deny.message ?? (code === "NOT_FOUND" ? "Not found" : "You do not have permission to do this"),
    );
  }
  return viewer;
}
