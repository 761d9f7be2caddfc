// Recognition: kudos and thank-you notes. Public ones are the org's feed; private ones are for the
// giver, the recipients and the managers above the recipients (HR admins included only as such).
// No self-recognition; a per-giver daily cap (their local day); the giver edits within 15 minutes;
// the giver or an HR admin deletes (soft). Every query is scoped by organizationId.
import "server-only";
import { DateTime } from "luxon";
import type { OrgCtx } from "../../lib/context";
import { atomic } from "../../lib/context";
import { AppError, badRequest, notFound } from "../../lib/errors";
import { authorize, viewerOf } from "../access/access.service";
import { liveCompetency, taggableCompetencies } from "../competencies/frameworks.service";
import { orgSettings } from "../orgs/orgs.service";
import { ageMinutes, visibleTo } from "./feed.service";
import type { TGiveRecognition } from "./recognition.schema";

/** Gives recognition to one or more members. Everything is checked before anything is written. */
export async function give(ctx: OrgCtx, input: TGiveRecognition, now = new Date()) {
  if (input.recipientIds.includes(ctx.me.id))
    throw badRequest("Recognise someone else: kudos to yourself do not count", {
      recipientIds: ["You cannot recognise yourself"],
    });
  const recipients = await ctx.db.membership.findMany({
    where: { organizationId: ctx.org.id, id: { in: input.recipientIds }, status: "ACTIVE" },
    select: { id: true },
  });
  if (recipients.length !== input.recipientIds.length)
    throw badRequest("Pick people of this organization", { recipientIds: ["Not an active member here"] });
  let behaviour: string | null = null;
  if (input.competencyId) {
    const competency = await liveCompetency(ctx, input.competencyId);
    if (!competency)
      throw badRequest("Pick a competency of this organization", { competencyId: ["No such competency"] });
    if (input.behaviour !== undefined) {
      behaviour = competency.behaviours[input.behaviour] ?? null;
      if (behaviour === null)
        throw badRequest("Pick a behaviour of this competency", { behaviour: ["Not a behaviour of it"] });
    }
  } else if (input.behaviour !== undefined) {
    throw badRequest("A behaviour belongs to a competency: pick the competency first", {
      behaviour: ["Pick a competency first"],
    });
  }
  const { recognitionDailyCap } = await orgSettings(ctx);
  const dayStart = DateTime.fromJSDate(now).setZone(ctx.me.timeZone).startOf("day").toJSDate();
  return atomic(ctx, async (tx) => {
    // One giver at a time, so two tabs cannot both slip under the cap.
    await tx.db.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`recognition:${ctx.me.id}`}))`;
    const today = await tx.db.recognition.count({
      where: { organizationId: ctx.org.id, giverId: ctx.me.id, createdAt: { gte: dayStart } },
    });
    if (today >= recognitionDailyCap)
      throw new AppError(
        "TOO_MANY_REQUESTS",
        `You have given ${today} recognitions today, the most your organization allows: try again tomorrow`,
      );
    const created = await tx.db.recognition.create({
      data: {
        organizationId: ctx.org.id,
        giverId: ctx.me.id,
        message: input.message,
        visibility: input.visibility,
        competencyId: input.competencyId ?? null,
        behaviour,
        createdAt: now,
      },
      select: { id: true },
    });
    await tx.db.recognitionRecipient.createMany({
      data: input.recipientIds.map((recipientId) => ({
        organizationId: ctx.org.id,
        recognitionId: created.id,
        recipientId,
        giverId: ctx.me.id,
        visibility: input.visibility,
        createdAt: now,
      })),
    });
    return created;
  });
}

/** A recognition the viewer may see (a deleted one only to restore it), or "not found". */
async function visible(ctx: OrgCtx, recognitionId: string, deleted = false) {
  const r = await ctx.db.recognition.findFirst({
    where: { id: recognitionId, organizationId: ctx.org.id, deletedAt: deleted ? { not: null } : null },
    select: {
      id: true,
      giverId: true,
      visibility: true,
      createdAt: true,
      recipients: { select: { recipientId: true } },
    },
  });
  if (!r) throw notFound("Recognition not found");
  const recipientIds = r.recipients.map((x) => x.recipientId);
  const viewer = await viewerOf(ctx, recipientIds);
  if (!visibleTo(viewer, { ...r, recipientIds })) throw notFound("Recognition not found");
  return { ...r, recipientIds, viewer };
}

export async function edit(ctx: OrgCtx, input: { recognitionId: string; message: string }, now = new Date()) {
  const r = await visible(ctx, input.recognitionId);
  await authorize(ctx, "recognition.edit", { giverId: r.giverId, ageMinutes: ageMinutes(r.createdAt, now) }, [], {
    message: "Only its giver can change it, within 15 minutes of giving it",
  });
  await ctx.db.recognition.update({ where: { id: r.id }, data: { message: input.message, editedAt: now } });
  return { id: r.id };
}

/** Soft delete (the giver or an HR admin), or its undo (`restore`). */
export async function remove(ctx: OrgCtx, recognitionId: string, restore = false, now = new Date()) {
  const r = await visible(ctx, recognitionId, restore);
  await authorize(ctx, "recognition.delete", { giverId: r.giverId }, [], {
    message: "Only its giver or an HR admin can delete it",
  });
  const deletedAt = restore ? null : now;
  await atomic(ctx, async (tx) => {
    await tx.db.recognition.update({
      where: { id: r.id },
      data: { deletedAt, deletedById: restore ? null : ctx.me.id },
    });
    await tx.db.recognitionRecipient.updateMany({
      where: { organizationId: ctx.org.id, recognitionId: r.id },
      data: { deletedAt },
    });
  });
  return { id: r.id };
}

/** Adds or removes the caller's reaction on a public recognition. */
export async function react(ctx: OrgCtx, input: { recognitionId: string; emoji: string; on: boolean }) {
  const r = await visible(ctx, input.recognitionId);
  await authorize(ctx, "recognition.react", { visibility: r.visibility, giverId: r.giverId }, [], {
    message: "Reactions are for public recognition given by someone else",
  });
  const key = { recognitionId: r.id, memberId: ctx.me.id, emoji: input.emoji };
  if (input.on)
    await ctx.db.recognitionReaction.upsert({
      where: { recognitionId_memberId_emoji: key },
      create: { organizationId: ctx.org.id, ...key },
      update: {},
    });
  else await ctx.db.recognitionReaction.deleteMany({ where: { organizationId: ctx.org.id, ...key } });
  return { id: r.id };
}

/**
 * Recognition tagged with a competency that a person received since a date, as evidence for their
 * competency review (the extension point competencies/evidence.ts calls). Only what the viewer may see.
 */
export async function taggedEvidence(
  ctx: OrgCtx,
  query: { personId: string; competencyId: string; since: Date | null },
) {
  const rows = await ctx.db.recognition.findMany({
    where: {
      organizationId: ctx.org.id,
      deletedAt: null,
      competencyId: query.competencyId,
      recipients: { some: { recipientId: query.personId } },
      ...(query.since ? { createdAt: { gt: query.since } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 20,
    select: {
      id: true,
      message: true,
      visibility: true,
      createdAt: true,
      giverId: true,
      giver: { select: { name: true } },
      recipients: { select: { recipientId: true } },
    },
  });
  const viewer = await viewerOf(ctx, [query.personId]);
  return rows
    .filter((r) => visibleTo(viewer, { ...r, recipientIds: r.recipients.map((x) => x.recipientId) }))
    .map((r) => ({ id: r.id, at: r.createdAt, fromName: r.giver.name, message: r.message }));
}

/** What the composer offers to tag: the org's live competencies and their behaviours. */
export async function tags(ctx: OrgCtx) {
  return { competencies: await taggableCompetencies(ctx) };
}
