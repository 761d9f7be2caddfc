// Reporting lines, roles and status: admin-only changes that keep history. Later modules (1:1
// handover) hook into changeManager, so it is the one place a manager changes.
import "server-only";
import type { OrgCtx } from "../../lib/context";
import { badRequest, forbidden, notFound } from "../../lib/errors";
import { can, type Role } from "../../policy";
import { handOverPair } from "../one-on-ones/cadences.service";
import { subtreeIds } from "./access.service";

async function findPerson(ctx: OrgCtx, personId: string) {
  const p = await ctx.db.membership.findFirst({
    where: { id: personId, organizationId: ctx.org.id },
    select: { id: true, managerId: true, role: true, status: true },
  });
  if (!p) throw notFound("Person not found");
  return p;
}

export async function changeManager(ctx: OrgCtx, personId: string, managerId: string | null) {
  const person = await findPerson(ctx, personId);
  if (!can(await ctx.viewer(), "person.changeManager", { personId }))
    throw forbidden("Only HR admins can change managers");
  if (person.managerId === managerId) return { changed: false };
  if (managerId) {
    if (managerId === personId)
      throw badRequest("A person cannot manage themselves", { managerId: ["Pick someone else"] });
    const manager = await ctx.db.membership.findFirst({
      where: { id: managerId, organizationId: ctx.org.id, status: "ACTIVE" },
      select: { id: true, role: true },
    });
    if (!manager) throw notFound("Manager not found");
    const below = await subtreeIds(ctx.db, ctx.org.id, personId);
    if (below.includes(managerId)) {
      throw badRequest("That would create a reporting loop: the new manager reports to this person", {
        managerId: ["Reports to this person already"],
      });
    }
  }
  const now = new Date();
  await ctx.db.$transaction([
    ctx.db.managerHistory.updateMany({
      where: { organizationId: ctx.org.id, reportId: personId, endedAt: null },
      data: { endedAt: now },
    }),
    ...(managerId
      ? [
          ctx.db.managerHistory.create({
            data: { organizationId: ctx.org.id, reportId: personId, managerId, startedAt: now, changedById: ctx.me.id },
          }),
          // Someone who now has a report is a manager (admins stay admins).
          ctx.db.membership.updateMany({
            where: { id: managerId, organizationId: ctx.org.id, role: "EMPLOYEE" },
            data: { role: "MANAGER" },
          }),
        ]
      : []),
    ctx.db.membership.update({
      where: { organizationId_id: { organizationId: ctx.org.id, id: personId } },
      data: { managerId },
    }),
  ]);
  // The 1:1 relationship follows the reporting line (cadence, open points and items).
  await handOverPair(ctx.db, ctx.org.id, personId, person.managerId, managerId, now);
  return { changed: true };
}

export async function changeRole(ctx: OrgCtx, personId: string, role: Role) {
  await findPerson(ctx, personId);
  if (!can(await ctx.viewer(), "person.changeRole", { personId })) {
    throw forbidden(personId === ctx.me.id ? "You cannot change your own role" : "Only HR admins can change roles");
  }
  await ctx.db.membership.update({
    where: { organizationId_id: { organizationId: ctx.org.id, id: personId } },
    data: { role },
  });
  return { role };
}

export async function setStatus(ctx: OrgCtx, personId: string, status: "ACTIVE" | "DEACTIVATED") {
  const before = await findPerson(ctx, personId);
  if (before.status === status) return { status };
  if (!can(await ctx.viewer(), "person.deactivate", { personId })) {
    throw forbidden(personId === ctx.me.id ? "You cannot deactivate yourself" : "Only HR admins can deactivate people");
  }
  const person = await ctx.db.membership.update({
    where: { organizationId_id: { organizationId: ctx.org.id, id: personId } },
    data: { status, deactivatedAt: status === "DEACTIVATED" ? new Date() : null },
    select: { managerId: true },
  });
  // Leaving ends the reporting line's 1:1 cadence; coming back starts a fresh one.
  if (person.managerId) {
    await handOverPair(
      ctx.db,
      ctx.org.id,
      personId,
      status === "DEACTIVATED" ? person.managerId : null,
      status === "ACTIVE" ? person.managerId : null,
    );
  }
  return { status };
}
