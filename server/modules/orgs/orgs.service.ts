// The signed-in user's organizations (org switcher, post-sign-in landing), and all of them for jobs.
import "server-only";
import type { Db } from "../../db";
import { atomic, type DbHandle, type OrgCtx } from "../../lib/context";
import { authorize } from "../access/access.service";
import { readOrgSettings, type TUpdateOrgSettings } from "./orgs.schema";

export async function myOrgs(db: Db, userId: string) {
  const rows = await db.membership.findMany({
    where: { userId, status: "ACTIVE" },
    orderBy: { organization: { name: "asc" } },
    select: {
      id: true,
      role: true,
      name: true,
      timeZone: true,
      organization: { select: { slug: true, name: true } },
    },
  });
  return rows.map((r) => ({
    slug: r.organization.slug,
    name: r.organization.name,
    role: r.role,
    membershipId: r.id,
    myName: r.name,
    myTimeZone: r.timeZone,
  }));
}

export async function me(db: Db, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
  return user ? { ...user, orgs: await myOrgs(db, userId) } : null;
}

/** Every organization, for jobs that do per-org work with a SystemCtx (nobody signed in). */
export async function allOrgs(db: Db) {
  return db.organization.findMany({
    orderBy: { id: "asc" },
    select: { id: true, slug: true, name: true, timeZone: true },
  });
}

/** An organization's product settings, with defaults (orgs.schema.ts). */
export async function orgSettings(ctx: { db: DbHandle; org: { id: string } }) {
  const org = await ctx.db.organization.findUnique({ where: { id: ctx.org.id }, select: { settings: true } });
  return readOrgSettings(org?.settings);
}

/** An HR admin changes some settings; the rest stay as they are. Permission first, then one write. */
export async function updateOrgSettings(ctx: OrgCtx, patch: TUpdateOrgSettings) {
  await authorize(ctx, "org.manageSettings", {}, [], { message: "Only HR admins change organization settings" });
  return atomic(ctx, async (tx) => {
    const next = { ...(await orgSettings(tx)), ...stripUndefined(patch) };
    await tx.db.organization.update({ where: { id: ctx.org.id }, data: { settings: next } });
    return next;
  });
}

const stripUndefined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
