// Recognition: kudos and thank-you notes. Public ones are the org's feed; private ones are for the
// giver, the recipients and the managers above the recipients (HR admins included only as such).
// No self-recognition; a per-giver daily cap (their local day); the giver edits within 15 minutes;
// the giver or an HR admin deletes (soft). Every query is scoped by organizationId.
import "server-only";
import { DateTime } from "luxon";
import type { Prisma } from "../../generated/prisma/client";
import type { OrgCtx } from "../../lib/context";
import { atomic } from "../../lib/context";
import { AppError, badRequest, notFound } from "../../lib/errors";
import { keysetPage, keysetWhere } from "../../lib/keyset";
import { can, type Viewer } from "../../policy";
import { authorize, viewerOf } from "../access/access.service";
import { liveCompetency, taggableCompetencies } from "../competencies/frameworks.service";
import { orgSettings } from "../orgs/orgs.service";
import type { TFeedInput, TGiveRecognition } from "./recognition.schema";

const itemSelect = {
  id: true,
  message: true,
  visibility: true,
  createdAt: true,
  editedAt: true,
  giverId: true,
  behaviour: true,
  giver: { select: { id: true, name: true } },
  competency: { select: { id: true, name: true } },
  recipients: {
    select: { recipient: { select: { id: true, name: true } } },
    orderBy: [{ recipient: { name: "asc" } }, { recipientId: "asc" }],
  },
  reactions: { select: { emoji: true, memberId: true } },
} satisfies Prisma.RecognitionSelect;
type Row = Prisma.RecognitionGetPayload<{ select: typeof itemSelect }>;

const ageMinutes = (createdAt: Date, now: Date) => (now.getTime() - createdAt.getTime()) / 60_000;

function toItem(ctx: OrgCtx, viewer: Viewer, r: Row, now: Date) {
  const counts = new Map<string, { count: number; mine: boolean }>();
  for (const x of r.reactions) {
    const c = counts.get(x.emoji) ?? { count: 0, mine: false };
    counts.set(x.emoji, { count: c.count + 1, mine: c.mine || x.memberId === ctx.me.id });
  }
  return {
    id: r.id,
    message: r.message,
    visibility: r.visibility,
    createdAt: r.createdAt,
    editedAt: r.editedAt,
    giver: r.giver,
    recipients: r.recipients.map((x) => x.recipient),
    competency: r.competency,
    behaviour: r.behaviour,
    reactions: [...counts].map(([emoji, c]) => ({ emoji, ...c })),
    canEdit: can(viewer, "recognition.edit", { giverId: r.giverId, ageMinutes: ageMinutes(r.createdAt, now) }),
    canDelete: can(viewer, "recognition.delete", { giverId: r.giverId }),
  };
}

const visibleTo = (viewer: Viewer, r: { visibility: "PUBLIC" | "PRIVATE"; giverId: string; recipientIds: string[] }) =>
  can(viewer, "recognition.view", r);

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
 * The org's public feed, or one person's "given" / "received" recognition as far as the viewer may
 * see it (public, or private where the viewer is the giver, a recipient or above one). Newest first,
 * keyset-paged by (createdAt, id).
 */
export async function feed(ctx: OrgCtx, input: TFeedInput, now = new Date()) {
  const viewer = await viewerOf(ctx);
  const mayPrivate: Prisma.RecognitionWhereInput = {
    OR: [{ giverId: ctx.me.id }, { recipients: { some: { recipientId: { in: [ctx.me.id, ...viewer.below] } } } }],
  };
  const gave: Prisma.RecognitionWhereInput = { giverId: input.personId };
  const got: Prisma.RecognitionWhereInput = { recipients: { some: { recipientId: input.personId } } };
  const who: Prisma.RecognitionWhereInput = !input.personId
    ? {}
    : input.tab === "given"
      ? gave
      : input.tab === "received"
        ? got
        : { OR: [gave, got] };
  const where: Prisma.RecognitionWhereInput = {
    organizationId: ctx.org.id,
    deletedAt: null,
    ...(input.competencyId ? { competencyId: input.competencyId } : {}),
    AND: [
      who,
      input.teamId ? { recipients: { some: { recipient: { teamId: input.teamId } } } } : {},
      input.personId ? { OR: [{ visibility: "PUBLIC" }, mayPrivate] } : { visibility: "PUBLIC" },
      input.cursor ? keysetWhere("createdAt", { value: input.cursor.at, id: input.cursor.id }, "lt") : {},
    ],
  };
  const rows =
    input.personId && input.tab === "received"
      ? await receivedPage(ctx, input, input.personId, viewer.below)
      : await ctx.db.recognition.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: input.limit + 1,
          select: itemSelect,
          relationLoadStrategy: "join",
        });
  const { page, nextCursor } = keysetPage(rows, {
    limit: input.limit,
    hadCursor: !!input.cursor,
    cursorOf: (r) => ({ at: r.createdAt, id: r.id }),
  });
  return {
    items: page
      .filter((r) => visibleTo(viewer, { ...r, recipientIds: r.recipients.map((x) => x.recipient.id) }))
      .map((r) => toItem(ctx, viewer, r, now)),
    nextCursor,
  };
}

/**
 * One person's received recognition, walked through their recipient rows (organization, recipient,
 * created_at: the date is copied there for this): a filter on Recognition would scan the org's feed
 * and test each row for the person (10x slower at 1M rows). Visibility as in `feed`: public, given by
 * the viewer, or to the viewer or someone below them; `feed` applies the policy to the result again.
 */
async function receivedPage(ctx: OrgCtx, input: TFeedInput, personId: string, below: ReadonlySet<string>) {
  const mine = [ctx.me.id, ...below];
  const seesAll = mine.includes(personId);
  const c = input.cursor;
  const hits = await ctx.db.recognitionRecipient.findMany({
    where: {
      organizationId: ctx.org.id,
      recipientId: personId,
      deletedAt: null,
      AND: [
        seesAll
          ? {}
          : {
              OR: [
                { visibility: "PUBLIC" },
                { giverId: ctx.me.id },
                { recognition: { recipients: { some: { recipientId: { in: mine } } } } },
              ],
            },
        input.competencyId ? { recognition: { competencyId: input.competencyId } } : {},
        input.teamId ? { recognition: { recipients: { some: { recipient: { teamId: input.teamId } } } } } : {},
        c ? keysetWhere("createdAt", { value: c.at, id: c.id }, "lt", "recognitionId") : {},
      ],
    },
    orderBy: [{ createdAt: "desc" }, { recognitionId: "desc" }],
    take: input.limit + 1,
    select: { recognitionId: true },
  });
  const ids = hits.map((h) => h.recognitionId);
  const rows = await ctx.db.recognition.findMany({
    where: { organizationId: ctx.org.id, id: { in: ids } },
    select: itemSelect,
    relationLoadStrategy: "join",
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
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
