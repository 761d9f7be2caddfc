// The competency review inside a 1:1. The manager picks up to three competencies of the report's
// framework, rates each on the scale, ticks the behaviours observed and writes evidence; drafts are
// the author's alone until "Share with report". The report adds a self-assessment for the picked
// competencies. A review keeps the competency version it was made against. Every query is scoped
// by organizationId; a meeting the caller may not see is "not found".
import "server-only";
import type { OrgCtx } from "../../lib/context";
import { atomic } from "../../lib/context";
import { badRequest, conflict, forbidden, notFound } from "../../lib/errors";
import { can } from "../../policy";
import { viewerOf } from "../access/access.service";
import { addActionItem } from "../one-on-ones/content.service";
import type { TScale } from "./competencies.schema";
import { recognitionEvidence } from "./evidence";
import { frameworkIdFor, frameworkWithCurrent } from "./frameworks.service";
import { refreshLevels } from "./levels";

export const PICKS_MAX = 3;

/**
 * The meeting, if the caller may see its ratings and evidence (1:1 content: the pair and the
 * managers above it); for anyone else it does not exist. `alongside` runs with the permission
 * check (same round trip) and its result is returned only when the check passes.
 */
async function meetingOf<T = null>(
  ctx: OrgCtx,
  meetingId: string,
  alongside?: (m: { managerId: string; reportId: string }) => Promise<T>,
) {
  const m = await ctx.db.meeting.findFirst({
    where: { id: meetingId, organizationId: ctx.org.id },
    select: { id: true, managerId: true, reportId: true, startsAt: true },
  });
  if (!m) throw notFound("Meeting not found");
  const pair = { managerId: m.managerId, reportId: m.reportId };
  const [viewer, extra] = await Promise.all([
    viewerOf(ctx, [m.managerId, m.reportId]),
    alongside ? alongside(pair) : (null as T),
  ]);
  if (!can(viewer, "rating.view", pair)) throw notFound("Meeting not found");
  return { ...m, pair, viewer, extra };
}

type Review = {
  id: string;
  kind: "MANAGER" | "SELF";
  authorId: string;
  status: "DRAFT" | "SHARED";
  competencyId: string;
  competencyVersionId: string;
  rating: number | null;
  ratingLabel: string | null;
  observed: number[];
  evidence: string;
  nextStepItemId: string | null;
  version: number;
  updatedAt: Date;
  sharedAt: Date | null;
};

const reviewSelect = {
  id: true,
  kind: true,
  authorId: true,
  status: true,
  competencyId: true,
  competencyVersionId: true,
  rating: true,
  ratingLabel: true,
  observed: true,
  evidence: true,
  nextStepItemId: true,
  version: true,
  updatedAt: true,
  sharedAt: true,
} as const;

/** What this viewer may read of a review: a draft is its author's alone. */
const readable = (ctx: OrgCtx, r: Pick<Review, "status" | "authorId">) =>
  r.status === "SHARED" || r.authorId === ctx.me.id;

/**
 * The panel: the report's framework, the competencies picked for this meeting with both reviews (as
 * far as the viewer may read them), each one's previous shared rating, recognition since then, and
 * suggestions (not reviewed the longest). Its own query: not part of the polled meeting query.
 */
export async function panel(ctx: OrgCtx, meetingId: string) {
  const m = await meetingOf(ctx, meetingId, (pair) => frameworkIdFor(ctx, pair.reportId));
  const role: "MANAGER" | "REPORT" | "OBSERVER" =
    ctx.me.id === m.managerId ? "MANAGER" : ctx.me.id === m.reportId ? "REPORT" : "OBSERVER";
  const frameworkId = m.extra;
  if (!frameworkId) return { role, framework: null, picked: [], suggestions: [] };
  const [framework, reviews, previous] = await Promise.all([
    frameworkWithCurrent(ctx, frameworkId),
    ctx.db.competencyReview.findMany({
      where: { organizationId: ctx.org.id, meetingId },
      orderBy: { createdAt: "asc" },
      select: { ...reviewSelect, competencyVersion: true },
    }),
    // The latest shared manager rating per competency before this meeting (DISTINCT ON keeps one per competency).
    ctx.db.$queryRaw<
      { competencyId: string; rating: number | null; ratingLabel: string | null; evidence: string; at: Date }[]
    >`
      SELECT DISTINCT ON (r."competencyId") r."competencyId", r.rating, r."ratingLabel", r.evidence, m."startsAt" AS at
        FROM "CompetencyReview" r JOIN "Meeting" m ON m.id = r."meetingId" AND m."organizationId" = r."organizationId"
       WHERE r."organizationId" = ${ctx.org.id} AND r."reportId" = ${m.reportId} AND r.kind = 'MANAGER'
         AND r.status = 'SHARED' AND m."startsAt" < ${m.startsAt} AND r."meetingId" <> ${meetingId}
       ORDER BY r."competencyId", m."startsAt" DESC`,
  ]);
  if (!framework) return { role, framework: null, picked: [], suggestions: [] };
  const current = new Map(framework.competencies.flatMap((c) => (c.versions[0] ? [[c.id, c.versions[0]]] : [])));
  const prev = new Map(previous.map((p) => [p.competencyId, p]));
  const pickedIds = Array.from(new Set(reviews.filter((r) => r.kind === "MANAGER").map((r) => r.competencyId)));
  const picked = await Promise.all(
    pickedIds.map(async (competencyId) => {
      const mine = reviews.filter((r) => r.competencyId === competencyId);
      const manager = mine.find((r) => r.kind === "MANAGER");
      const self = mine.find((r) => r.kind === "SELF");
      // The texts the manager's review is made against; "changed" when the framework moved on since.
      const texts = manager?.competencyVersion ?? current.get(competencyId);
      const before = prev.get(competencyId) ?? null;
      return {
        competencyId,
        texts: texts
          ? {
              name: texts.name,
              behaviours: texts.behaviours,
              expectedResult: texts.expectedResult,
              leaderCheck: texts.leaderCheck,
              version: texts.version,
            }
          : null,
        changed: !!manager && current.get(competencyId)?.id !== manager.competencyVersionId,
        manager: manager && readable(ctx, manager) ? strip(manager) : null,
        managerShared: manager?.status === "SHARED",
        self: self && readable(ctx, self) ? strip(self) : null,
        previous: before,
        recognition: await recognitionEvidence(ctx, {
          personId: m.reportId,
          competencyId,
          since: before?.at ?? null,
        }),
      };
    }),
  );
  // Every competency not picked yet, in the order to suggest them: never reviewed first, then reviewed
  // longest ago; framework order on ties.
  const suggestions = framework.competencies
    .filter((c) => !pickedIds.includes(c.id) && current.has(c.id))
    .map((c, order) => ({ id: c.id, name: current.get(c.id)?.name ?? "", lastAt: prev.get(c.id)?.at ?? null, order }))
    .sort((a, b) => (a.lastAt?.getTime() ?? -1) - (b.lastAt?.getTime() ?? -1) || a.order - b.order)
    .map(({ order: _, ...s }) => s);
  return {
    role,
    framework: { id: framework.id, name: framework.name, scale: framework.scale as TScale },
    picked,
    suggestions,
  };
}

const strip = ({ competencyVersion: _, ...r }: Review & { competencyVersion: unknown }) => r;

/** The manager picks a competency of the report's framework for this meeting (a draft review). */
export async function pick(ctx: OrgCtx, input: { meetingId: string; competencyId: string }) {
  const m = await meetingOf(ctx, input.meetingId);
  if (!can(m.viewer, "competency.review", m.pair)) throw forbidden("Only the manager of this 1:1 reviews competencies");
  const frameworkId = await frameworkIdFor(ctx, m.reportId);
  const competency = frameworkId
    ? await ctx.db.competency.findFirst({
        where: { id: input.competencyId, organizationId: ctx.org.id, frameworkId, archivedAt: null },
        select: { id: true, versions: { orderBy: { version: "desc" }, take: 1, select: { id: true } } },
      })
    : null;
  const versionId = competency?.versions[0]?.id;
  if (!competency || !versionId)
    throw badRequest("Pick a competency of the report's framework", { competencyId: ["Not in this framework"] });
  return atomic(ctx, async (tx) => {
    const existing = await tx.db.competencyReview.findMany({
      where: { organizationId: ctx.org.id, meetingId: m.id, kind: "MANAGER" },
      select: { id: true, competencyId: true },
    });
    const again = existing.find((r) => r.competencyId === competency.id);
    if (again) return { id: again.id };
    if (existing.length >= PICKS_MAX)
      throw badRequest(`Review at most ${PICKS_MAX} competencies in one 1:1`, {
        competencyId: [`At most ${PICKS_MAX} per 1:1`],
      });
    return tx.db.competencyReview.create({
      data: {
        organizationId: ctx.org.id,
        meetingId: m.id,
        managerId: m.managerId,
        reportId: m.reportId,
        competencyId: competency.id,
        competencyVersionId: versionId,
        kind: "MANAGER",
        authorId: ctx.me.id,
      },
      select: { id: true },
    });
  });
}

export type TSaveReview = {
  meetingId: string;
  competencyId: string;
  kind: "MANAGER" | "SELF";
  /** The version this edit started from (0 for a new self-assessment): a stale one is a CONFLICT. */
  baseVersion: number;
  rating: number | null;
  observed: number[];
  evidence: string;
};

/**
 * Saves the author's review (autosave). The manager edits their picked reviews; the report writes a
 * self-assessment for a picked competency. Rating within the scale, observed behaviours within the
 * version's list; a stale baseVersion is a CONFLICT carrying nothing of the other edit.
 */
export async function saveReview(ctx: OrgCtx, input: TSaveReview) {
  const m = await meetingOf(ctx, input.meetingId);
  const action = input.kind === "MANAGER" ? "competency.review" : "competency.selfAssess";
  if (!can(m.viewer, action, m.pair))
    throw forbidden(input.kind === "MANAGER" ? "Only the manager rates in this 1:1" : "Only the report self-assesses");
  const managerReview = await ctx.db.competencyReview.findFirst({
    where: { organizationId: ctx.org.id, meetingId: m.id, competencyId: input.competencyId, kind: "MANAGER" },
    select: {
      id: true,
      status: true,
      competencyVersionId: true,
      competencyVersion: { select: { behaviours: true } },
    },
  });
  if (!managerReview)
    throw badRequest("This competency is not picked for this 1:1", { competencyId: ["Not picked for this 1:1"] });
  const framework = await ctx.db.competency.findFirst({
    where: { id: input.competencyId, organizationId: ctx.org.id },
    select: { framework: { select: { scale: true } } },
  });
  const scale = (framework?.framework.scale ?? []) as TScale;
  const level = input.rating === null ? null : scale.find((l) => l.value === input.rating);
  if (input.rating !== null && !level)
    throw badRequest(`Pick a level from 1 to ${scale.length}`, { rating: ["Not a level of this scale"] });
  const behaviours = managerReview.competencyVersion.behaviours.length;
  if (input.observed.some((i) => i < 0 || i >= behaviours))
    throw badRequest("Tick behaviours of this competency", { observed: ["Not a behaviour of this competency"] });
  const data = {
    rating: input.rating,
    ratingLabel: level?.label ?? null,
    observed: Array.from(new Set(input.observed)).sort((a, b) => a - b),
    evidence: input.evidence,
  };
  return atomic(ctx, async (tx) => {
    if (input.kind === "MANAGER") {
      const updated = await tx.db.competencyReview.updateMany({
        where: { id: managerReview.id, organizationId: ctx.org.id, version: input.baseVersion },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count === 0) throw conflict("This review changed in another tab: reload to see it");
      // Editing a shared rating changes the report's level (no-op for a draft).
      if (managerReview.status === "SHARED")
        await refreshLevels(tx.db, ctx.org.id, [{ personId: m.reportId, competencyId: input.competencyId }]);
      return { id: managerReview.id, version: input.baseVersion + 1 };
    }
    const self = await tx.db.competencyReview.findFirst({
      where: { organizationId: ctx.org.id, meetingId: m.id, competencyId: input.competencyId, kind: "SELF" },
      select: { id: true, version: true },
    });
    if ((self?.version ?? 0) !== input.baseVersion)
      throw conflict("Your self-assessment changed in another tab: reload to see it");
    if (!self) {
      const created = await tx.db.competencyReview.create({
        data: {
          organizationId: ctx.org.id,
          meetingId: m.id,
          managerId: m.managerId,
          reportId: m.reportId,
          competencyId: input.competencyId,
          competencyVersionId: managerReview.competencyVersionId,
          kind: "SELF",
          authorId: ctx.me.id,
          version: 1,
          ...data,
        },
        select: { id: true },
      });
      return { id: created.id, version: 1 };
    }
    await tx.db.competencyReview.update({ where: { id: self.id }, data: { ...data, version: { increment: 1 } } });
    return { id: self.id, version: self.version + 1 };
  });
}

/** "Share with report" (or, for the report, with the manager): the author's drafts in this 1:1 become visible. */
export async function share(ctx: OrgCtx, meetingId: string) {
  const m = await meetingOf(ctx, meetingId);
  const kind = ctx.me.id === m.managerId ? "MANAGER" : ctx.me.id === m.reportId ? "SELF" : null;
  if (!kind) throw forbidden("Only the two participants share their reviews");
  return atomic(ctx, async (tx) => {
    const where = { organizationId: ctx.org.id, meetingId, kind, authorId: ctx.me.id, status: "DRAFT" } as const;
    const drafts = await tx.db.competencyReview.findMany({ where, select: { id: true, competencyId: true } });
    const shared = await tx.db.competencyReview.updateMany({
      where: { ...where, id: { in: drafts.map((d) => d.id) } },
      data: { status: "SHARED", sharedAt: new Date() },
    });
    // A manager's shared rating is the report's new level of that competency.
    if (kind === "MANAGER")
      await refreshLevels(
        tx.db,
        ctx.org.id,
        drafts.map((d) => ({ personId: m.reportId, competencyId: d.competencyId })),
      );
    return { shared: shared.count };
  });
}

/**
 * The manager's next step for a reviewed competency becomes an action item of the pair (owned by
 * the report, carried over until done like any other), linked from the review. One per review.
 */
export async function addNextStep(ctx: OrgCtx, input: { meetingId: string; competencyId: string; text: string }) {
  const m = await meetingOf(ctx, input.meetingId);
  if (!can(m.viewer, "competency.review", m.pair)) throw forbidden("Only the manager of this 1:1 adds next steps");
  const review = await ctx.db.competencyReview.findFirst({
    where: { organizationId: ctx.org.id, meetingId: m.id, competencyId: input.competencyId, kind: "MANAGER" },
    select: { id: true, nextStepItemId: true },
  });
  if (!review)
    throw badRequest("This competency is not picked for this 1:1", { competencyId: ["Not picked for this 1:1"] });
  if (review.nextStepItemId) throw conflict("This competency already has a next step: edit it in the action items");
  return atomic(ctx, async (tx) => {
    const item = await addActionItem(tx, { meetingId: m.id, text: input.text, ownerId: m.reportId });
    await tx.db.competencyReview.update({ where: { id: review.id }, data: { nextStepItemId: item.id } });
    return item;
  });
}
