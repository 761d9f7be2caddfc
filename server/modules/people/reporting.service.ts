// Reporting lines, roles and status: admin-only changes that keep history. Later modules (1:1
// handover) hook into changeManager, so it is the one place a manager changes. Each change is one
// unit of work (`atomic`): the membership, its history and the 1:1 handover apply together or not
// at all, and permission is checked before anything is looked up.
import "server-only";
import { atomic, type OrgCtx } from "../../lib/context";
import { badRequest, notFound } from "../../lib/errors";
import type { Role } from "../../policy";
import { authorize, subtreeIds } from "../access/access.service";
import { handOverPair } from "../one-on-ones/cadences.service";

async function findPerson(ctx: OrgCtx, personId: string) {
  const p = await ctx.db.membership.findFirst({
    where: { id: personId, organizationId: ctx.org.id },
    select: { id: true, managerId: true, role: true, status: true },
  });
  if (!p) throw notFound("Person not found");
  return p;
}

export async function changeManager(ctx: OrgCtx, personId: string, managerId: string | null, now = new Date()) {
  await authorize(ctx, "person.changeManager", { personId }, [], { message: "Only HR admins can change managers" });
  if (managerId === personId)
    throw badRequest("A person cannot manage themselves", { managerId: ["Pick someone else"] });
  return atomic(ctx, async (tx) => {
    const person = await findPerson(tx, personId);
    if (person.managerId === managerId) return { changed: false };
    if (managerId) {
      const manager = await tx.db.membership.findFirst({
        where: { id: managerId, organizationId: ctx.org.id, status: "ACTIVE" },
        select: { id: true },
      });
      if (!manager) throw notFound("Manager not found");
      const below = await subtreeIds(tx.db, ctx.org.id, personId);
      if (below.includes(managerId)) {
        throw badRequest("That would create a reporting loop: the new manager reports to this person", {
          managerId: ["Reports to this person already"],
        });
      }
    }
    const { db } = tx;
    await db.managerHistory.updateMany({
      where: { organizationId: ctx.org.id, reportId: personId, endedAt: null },
      data: { endedAt: now },
    });
    if (managerId) {
      await db.managerHistory.create({
        data: { organizationId: ctx.org.id, reportId: personId, managerId, startedAt: now, changedById: ctx.me.id },
      });
      // Someone who now has a report is a manager (admins stay admins).
      await db.membership.updateMany({
        where: { id: managerId, organizationId: ctx.org.id, role: "EMPLOYEE" },
        data: { role: "MANAGER" },
      });
    }
    await db.membership.update({
      where: { organizationId_id: { organizationId: ctx.org.id, id: personId } },
      data: { managerId },
    });
    // The 1:1 relationship follows the reporting line (cadence, open points and items); a
    // deactivated person's line changes without a new cadence.
    await handOverPair(db, {
      organizationId: ctx.org.id,
      reportId: personId,
      fromManagerId: person.managerId,
      toManagerId: managerId,
      now,
    });
    return { changed: true };
  });
}

export async function changeRole(ctx: OrgCtx, personId: string, role: Role) {
  await authorize(ctx, "person.changeRole", { personId }, [], {
    message: personId === ctx.me.id ? "You cannot change your own role" : "Only HR admins can change roles",
  });
  await findPerson(ctx, personId);
  await ctx.db.membership.update({
    where: { organizationId_id: { organizationId: ctx.org.id, id: personId } },
    data: { role },
  });
  return { role };
}

export async function setStatus(ctx: OrgCtx, personId: string, status: "ACTIVE" | "DEACTIVATED") {
  // First, before the "already so" shortcut: its answer would tell anyone who exists.
  await authorize(ctx, "person.deactivate", { personId }, [], {
    message: personId === ctx.me.id ? "You cannot deactivate yourself" : "Only HR admins can deactivate people",
  });
  return atomic(ctx, async (tx) => {
    const before = await findPerson(tx, personId);
    if (before.status === status) return { status };
    const person = await tx.db.membership.update({
      where: { organizationId_id: { organizationId: ctx.org.id, id: personId } },
      data: { status, deactivatedAt: status === "DEACTIVATED" ? new Date() : null },
      select: { managerId: true },
    });
    // Leaving ends the reporting line's 1:1 cadence; coming back starts a fresh one.
    if (person.managerId) {
      await handOverPair(tx.db, {
        organizationId: ctx.org.id,
        reportId: personId,
        fromManagerId: status === "DEACTIVATED" ? person.managerId : null,
        toManagerId: status === "ACTIVE" ? person.managerId : null,
      });
    }
    return { status };
  });
}
