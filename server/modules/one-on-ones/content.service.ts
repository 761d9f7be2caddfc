// What the two participants write in a 1:1: talking points, shared and private notes, action
// items, feedback. Every write goes through meetingFor(..., "edit"): org, pair and participant checks.
// Deleting a point or an item is a soft delete (`deletedAt`), so its author can undo it; every
// other read and write treats a deleted row as gone (not found).
import "server-only";
import type { OrgCtx } from "../../lib/context";
import { badRequest, conflict, forbidden, notFound } from "../../lib/errors";
import { authorize } from "../access/access.service";
import { meetingFor } from "./access";
import { announceChange } from "./live.service";

/** `withDeleted`: delete and restore also find a deleted row (the rest never do). */
async function pointFor(ctx: OrgCtx, pointId: string, { withDeleted = false } = {}) {
  const p = await ctx.db.talkingPoint.findFirst({
    where: { id: pointId, organizationId: ctx.org.id, ...(withDeleted ? {} : { deletedAt: null }) },
    select: { id: true, meetingId: true, authorId: true, managerId: true, reportId: true, deletedAt: true },
  });
  if (!p) throw notFound("Talking point not found");
  // Editing needs a meeting of the point's current pair that the caller takes part in.
  if (p.managerId !== ctx.me.id && p.reportId !== ctx.me.id) throw notFound("Talking point not found");
  return p;
}

export async function addTalkingPoint(ctx: OrgCtx, meetingId: string, text: string) {
  const m = await meetingFor(ctx, meetingId, "edit");
  const last = await ctx.db.talkingPoint.aggregate({
    where: {
      organizationId: ctx.org.id,
      managerId: m.managerId,
      reportId: m.reportId,
      checkedAt: null,
      deletedAt: null,
    },
    _max: { position: true },
  });
  const point = await ctx.db.talkingPoint.create({
    data: {
      organizationId: ctx.org.id,
      meetingId: m.id,
      managerId: m.managerId,
      reportId: m.reportId,
      authorId: ctx.me.id,
      text,
      position: (last._max.position ?? 0) + 1,
    },
    select: { id: true, text: true, position: true, checkedAt: true, authorId: true, meetingId: true, createdAt: true },
  });
  await announceChange(ctx, m);
  return point;
}

export async function editTalkingPoint(ctx: OrgCtx, pointId: string, text: string) {
  const p = await pointFor(ctx, pointId);
  if (p.authorId !== ctx.me.id) throw forbidden("Only its author can reword a talking point");
  await ctx.db.talkingPoint.update({ where: { id: p.id }, data: { text } });
  await announceChange(ctx, p);
  return { id: p.id, text };
}

/** Soft: the author can restore it. Deleting a deleted point again changes nothing (a retried request). */
export async function deleteTalkingPoint(ctx: OrgCtx, pointId: string) {
  const p = await pointFor(ctx, pointId, { withDeleted: true });
  if (p.authorId !== ctx.me.id) throw forbidden("Only its author can delete a talking point");
  if (!p.deletedAt) {
    await ctx.db.talkingPoint.updateMany({
      where: { id: p.id, organizationId: ctx.org.id, deletedAt: null },
      data: { deletedAt: new Date() },
    });
    await announceChange(ctx, p);
  }
  return { id: p.id };
}

/** Undo of a delete, with the delete's permission (the author), checked before the already-restored shortcut. */
export async function restoreTalkingPoint(ctx: OrgCtx, pointId: string) {
  const p = await pointFor(ctx, pointId, { withDeleted: true });
  if (p.authorId !== ctx.me.id) throw forbidden("Only its author can restore a talking point");
  if (p.deletedAt) {
    await ctx.db.talkingPoint.updateMany({
      where: { id: p.id, organizationId: ctx.org.id, deletedAt: { not: null } },
      data: { deletedAt: null },
    });
    await announceChange(ctx, p);
  }
  return { id: p.id };
}

/** Checking a point records the meeting it was discussed in (that makes the meeting count as held). */
export async function checkTalkingPoint(ctx: OrgCtx, meetingId: string, pointId: string, checked: boolean) {
  const m = await meetingFor(ctx, meetingId, "edit");
  const p = await pointFor(ctx, pointId);
  if (p.managerId !== m.managerId || p.reportId !== m.reportId) throw notFound("Talking point not found");
  await ctx.db.talkingPoint.update({
    where: { id: p.id },
    data: checked
      ? { checkedAt: new Date(), checkedById: ctx.me.id, checkedMeetingId: m.id }
      : { checkedAt: null, checkedById: null, checkedMeetingId: null },
  });
  await announceChange(ctx, m);
  return { id: p.id, checked };
}

/** Fractional ordering: the point lands between two neighbours with one write. */
export async function moveTalkingPoint(ctx: OrgCtx, pointId: string, beforeId: string | null, afterId: string | null) {
  const p = await pointFor(ctx, pointId);
  const neighbours = await ctx.db.talkingPoint.findMany({
    where: {
      organizationId: ctx.org.id,
      managerId: p.managerId,
      reportId: p.reportId,
      deletedAt: null,
      id: { in: [beforeId, afterId].filter((x): x is string => !!x) },
    },
    select: { id: true, position: true },
  });
  const pos = (id: string | null) => (id ? neighbours.find((n) => n.id === id)?.position : undefined);
  const before = pos(beforeId);
  const after = pos(afterId);
  if ((beforeId && before === undefined) || (afterId && after === undefined)) throw notFound("Talking point not found");
  const position =
    before !== undefined && after !== undefined
      ? (before + after) / 2
      : before !== undefined
        ? before + 1
        : after !== undefined
          ? after - 1
          : 1;
  await ctx.db.talkingPoint.update({ where: { id: p.id }, data: { position } });
  await announceChange(ctx, p);
  return { id: p.id, position };
}

/** Last writer wins only knowingly: a save based on an old version is a CONFLICT carrying the latest text. */
export async function saveSharedNotes(ctx: OrgCtx, meetingId: string, notes: string, baseVersion: number) {
  const m = await meetingFor(ctx, meetingId, "edit");
  const { count } = await ctx.db.meeting.updateMany({
    where: { id: m.id, organizationId: ctx.org.id, sharedNotesVersion: baseVersion },
    data: {
      sharedNotes: notes,
      sharedNotesVersion: { increment: 1 },
      sharedNotesUpdatedAt: new Date(),
      sharedNotesUpdatedBy: ctx.me.id,
    },
  });
  if (count === 0) {
    throw conflict(
      "Someone else saved these notes meanwhile. Their version is shown; your text is kept for you to merge.",
    );
  }
  await announceChange(ctx, m);
  return { version: baseVersion + 1, savedAt: new Date() };
}

export async function savePrivateNote(ctx: OrgCtx, meetingId: string, body: string) {
  const m = await meetingFor(ctx, meetingId, "edit");
  const note = await ctx.db.privateNote.upsert({
    where: { meetingId_authorId: { meetingId: m.id, authorId: ctx.me.id } },
    create: { organizationId: ctx.org.id, meetingId: m.id, authorId: ctx.me.id, body },
    update: { body },
    select: { updatedAt: true },
  });
  return { savedAt: note.updatedAt };
}

const isoDate = (d: string | null | undefined) => (d ? new Date(`${d}T00:00:00Z`) : d === null ? null : undefined);

export async function addActionItem(
  ctx: OrgCtx,
  input: { meetingId: string; text: string; ownerId: string; dueOn?: string | null },
) {
  const m = await meetingFor(ctx, input.meetingId, "edit");
  if (input.ownerId !== m.managerId && input.ownerId !== m.reportId) {
    throw badRequest("The owner must be one of the two participants", { ownerId: ["Pick a participant"] });
  }
  const item = await ctx.db.actionItem.create({
    data: {
      organizationId: ctx.org.id,
      meetingId: m.id,
      managerId: m.managerId,
      reportId: m.reportId,
      text: input.text,
      ownerId: input.ownerId,
      dueOn: isoDate(input.dueOn) ?? null,
      createdById: ctx.me.id,
    },
    select: { id: true },
  });
  await announceChange(ctx, m);
  return item;
}

export async function updateActionItem(
  ctx: OrgCtx,
  input: { itemId: string; meetingId: string; text?: string; ownerId?: string; dueOn?: string | null; done?: boolean },
) {
  const m = await meetingFor(ctx, input.meetingId, "edit");
  const item = await ctx.db.actionItem.findFirst({
    where: {
      id: input.itemId,
      organizationId: ctx.org.id,
      managerId: m.managerId,
      reportId: m.reportId,
      deletedAt: null,
    },
    select: { id: true },
  });
  if (!item) throw notFound("Action item not found");
  if (input.ownerId && input.ownerId !== m.managerId && input.ownerId !== m.reportId) {
    throw badRequest("The owner must be one of the two participants", { ownerId: ["Pick a participant"] });
  }
  await ctx.db.actionItem.update({
    where: { id: item.id },
    data: {
      text: input.text,
      ownerId: input.ownerId,
      dueOn: isoDate(input.dueOn),
      ...(input.done === undefined
        ? {}
        : input.done
          ? { completedAt: new Date(), completedMeetingId: m.id }
          : { completedAt: null, completedMeetingId: null }),
    },
  });
  await announceChange(ctx, m);
  return { id: item.id };
}

/** An item of a pair the caller is in, deleted or not (only delete and restore look at deleted ones). */
async function itemToRemove(ctx: OrgCtx, itemId: string) {
  const item = await ctx.db.actionItem.findFirst({
    where: { id: itemId, organizationId: ctx.org.id, OR: [{ managerId: ctx.me.id }, { reportId: ctx.me.id }] },
    select: { id: true, createdById: true, deletedAt: true, managerId: true, reportId: true },
  });
  if (!item) throw notFound("Action item not found");
  return item;
}

/** Soft, like a talking point: whoever added it can restore it; a second delete changes nothing. */
export async function deleteActionItem(ctx: OrgCtx, itemId: string) {
  const item = await itemToRemove(ctx, itemId);
  if (item.createdById !== ctx.me.id) throw forbidden("Only whoever added an action item can delete it");
  if (!item.deletedAt) {
    await ctx.db.actionItem.updateMany({
      where: { id: item.id, organizationId: ctx.org.id, deletedAt: null },
      data: { deletedAt: new Date() },
    });
    await announceChange(ctx, item);
  }
  return { id: item.id };
}

export async function restoreActionItem(ctx: OrgCtx, itemId: string) {
  const item = await itemToRemove(ctx, itemId);
  if (item.createdById !== ctx.me.id) throw forbidden("Only whoever added an action item can restore it");
  if (item.deletedAt) {
    await ctx.db.actionItem.updateMany({
      where: { id: item.id, organizationId: ctx.org.id, deletedAt: { not: null } },
      data: { deletedAt: null },
    });
    await announceChange(ctx, item);
  }
  return { id: item.id };
}

/** The report's 1-tap rating of a held 1:1; one per meeting, editable. */
export async function submitFeedback(
  ctx: OrgCtx,
  input: { meetingId: string; rating: "YES" | "SOMEWHAT" | "NO"; comment?: string },
) {
  const m = await meetingFor(ctx, input.meetingId, "edit");
  if (m.reportId !== ctx.me.id) throw forbidden("Only the report rates a 1:1");
  if (m.status !== "HELD" && m.startsAt > new Date()) throw badRequest("Rate a 1:1 after it has happened");
  await ctx.db.meetingFeedback.upsert({
    where: { organizationId_meetingId: { organizationId: ctx.org.id, meetingId: m.id } },
    create: {
      organizationId: ctx.org.id,
      meetingId: m.id,
      reportId: ctx.me.id,
      rating: input.rating,
      comment: input.comment || null,
    },
    update: { rating: input.rating, comment: input.comment || null },
  });
  return { rating: input.rating };
}

export async function addQuestion(ctx: OrgCtx, text: string) {
  await authorize(ctx, "question.add", {}, [], { message: "Managers and HR admins add questions to the bank" });
  return ctx.db.question.create({
    data: { organizationId: ctx.org.id, text, createdById: ctx.me.id },
    select: { id: true, text: true },
  });
}
