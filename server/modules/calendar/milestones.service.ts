// Custom milestones: a promotion, a new parent, a team's founding day or a launch, one-off or yearly,
// about one person or one team. HR admins manage anyone's and every team's; a manager those of
// the people below them (policy "milestone.manage", checked before anything is looked up or
// written). A person's milestone is seen as their celebrate preference allows ("milestone.view");
// a team's by the whole org. Removal is soft, so it can be undone. Every query is scoped by
// organizationId.
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { OrgCtx } from "../../lib/context";
import { dateOfIso, type IsoDate, isoDateOf } from "../../lib/dates";
import { badRequest, notFound } from "../../lib/errors";
import { can } from "../../policy";
import { authorize, viewerOf } from "../access/access.service";
import type { TCreateMilestone, TMilestonesInput, TUpdateMilestone } from "./calendar.schema";

const rowSelect = {
  id: true,
  title: true,
  date: true,
  recurrence: true,
  personId: true,
  teamId: true,
  person: { select: { id: true, name: true, celebrate: true } },
  team: { select: { id: true, name: true } },
} satisfies Prisma.CustomMilestoneSelect;

/**
 * Live milestones that may fall from `from` to `to` (one-off ones by date, yearly ones started by
 * then), of active people or of teams, optionally only a team's and its members' or only some
 * people's; with each team's active members (whom "Celebrate" recognises). Visibility is the caller's to decide.
 */
export async function milestonesBetween(
  ctx: OrgCtx,
  q: { from: IsoDate; to: IsoDate; teamId?: string; personIds?: readonly string[] },
) {
  const base = {
    organizationId: ctx.org.id,
    deletedAt: null,
    OR: [
      { recurrence: "ONE_OFF" as const, date: { gte: dateOfIso(q.from), lte: dateOfIso(q.to) } },
      { recurrence: "YEARLY" as const, date: { lte: dateOfIso(q.to) } },
    ],
  };
  const find = (where: Prisma.CustomMilestoneWhereInput) =>
    ctx.db.customMilestone.findMany({ where: { ...base, ...where }, select: rowSelect });
  // With a team: its own milestones and its members' (two indexed lookups; an OR of the two scanned
  // every milestone of the org). Without: the org's, people's only while they are active.
  const rows = q.personIds
    ? await find({ personId: { in: [...q.personIds] }, person: { status: "ACTIVE" } })
    : q.teamId
      ? (
          await Promise.all([find({ teamId: q.teamId }), find({ person: { teamId: q.teamId, status: "ACTIVE" } })])
        ).flat()
      : await find({ AND: [{ OR: [{ personId: null }, { person: { status: "ACTIVE" } }] }] });
  const teamIds = [...new Set(rows.flatMap((r) => (r.teamId ? [r.teamId] : [])))];
  const members =
    teamIds.length === 0
      ? []
      : await ctx.db.membership.findMany({
          where: { organizationId: ctx.org.id, status: "ACTIVE", teamId: { in: teamIds } },
          orderBy: { name: "asc" },
          select: { id: true, name: true, teamId: true },
        });
  const teamMembers = new Map<string, { id: string; name: string }[]>();
  for (const { teamId, ...m } of members) if (teamId) teamMembers.set(teamId, [...(teamMembers.get(teamId) ?? []), m]);
  return { rows, teamMembers };
}

/** The person or team of this org that a milestone is about, or a field error; nothing is written. */
async function checkSubject(ctx: OrgCtx, input: { personId?: string; teamId?: string }) {
  if (input.personId) {
    const person = await ctx.db.membership.findFirst({
      where: { id: input.personId, organizationId: ctx.org.id, status: "ACTIVE" },
      select: { id: true },
    });
    if (!person) throw badRequest("Pick a person of this organization", { personId: ["Not an active member here"] });
  } else if (input.teamId) {
    const team = await ctx.db.team.findFirst({
      where: { id: input.teamId, organizationId: ctx.org.id },
      select: { id: true },
    });
    if (!team) throw badRequest("Pick a team of this organization", { teamId: ["No such team here"] });
  }
}

const manage = (ctx: OrgCtx, personId: string | null) =>
  authorize(ctx, "milestone.manage", { personId }, personId ? [personId] : [], {
    message: personId
      ? "Only HR admins and the managers above this person can manage their milestones"
      : "Only HR admins can manage team milestones",
  });

const fields = (input: TCreateMilestone) => ({
  title: input.title,
  date: dateOfIso(input.date),
  recurrence: input.recurrence,
  personId: input.personId ?? null,
  teamId: input.personId ? null : (input.teamId ?? null),
});

export async function createMilestone(ctx: OrgCtx, input: TCreateMilestone) {
  await manage(ctx, input.personId ?? null);
  await checkSubject(ctx, input);
  return ctx.db.customMilestone.create({
    data: { organizationId: ctx.org.id, createdById: ctx.me.id, ...fields(input) },
    select: { id: true },
  });
}

/** A milestone of this org that the caller may manage (a deleted one only to restore it). */
async function managed(ctx: OrgCtx, milestoneId: string, deleted = false) {
  const m = await ctx.db.customMilestone.findFirst({
    where: { id: milestoneId, organizationId: ctx.org.id, deletedAt: deleted ? { not: null } : null },
    select: { id: true, personId: true, person: { select: { celebrate: true } } },
  });
  if (!m) throw notFound("Milestone not found");
  const viewer = await viewerOf(ctx, m.personId ? [m.personId] : []);
  const subject = { personId: m.personId };
  // One the caller may neither see nor manage does not exist for them.
  const visible =
    !m.personId || !m.person || can(viewer, "milestone.view", { personId: m.personId, celebrate: m.person.celebrate });
  if (!visible && !can(viewer, "milestone.manage", subject)) throw notFound("Milestone not found");
  await manage(ctx, m.personId);
  return m;
}

export async function updateMilestone(ctx: OrgCtx, input: TUpdateMilestone) {
  const m = await managed(ctx, input.milestoneId);
  // Moving it to someone else needs the right to manage theirs too.
  if ((input.personId ?? null) !== m.personId) await manage(ctx, input.personId ?? null);
  await checkSubject(ctx, input);
  await ctx.db.customMilestone.updateMany({ where: { id: m.id, organizationId: ctx.org.id }, data: fields(input) });
  return { id: m.id };
}

/** Soft delete, or its undo (`restore`). */
export async function removeMilestone(ctx: OrgCtx, milestoneId: string, restore = false, now = new Date()) {
  const m = await managed(ctx, milestoneId, restore);
  await ctx.db.customMilestone.updateMany({
    where: { id: m.id, organizationId: ctx.org.id },
    data: { deletedAt: restore ? null : now },
  });
  return { id: m.id };
}

/** Custom milestones the viewer may see, of a person, a team, or (neither) the whole org, by date. */
export async function listMilestones(ctx: OrgCtx, input: TMilestonesInput) {
  const rows = await ctx.db.customMilestone.findMany({
    where: {
      organizationId: ctx.org.id,
      deletedAt: null,
      ...(input.personId ? { personId: input.personId } : {}),
      ...(input.teamId ? { teamId: input.teamId } : {}),
      OR: [{ personId: null }, { person: { status: "ACTIVE" } }],
    },
    orderBy: [{ date: "asc" }, { id: "asc" }],
    take: 500,
    select: rowSelect,
  });
  // A person page or a team asks about a few people (one walk up); the whole org's list, the subtree.
  const people = [...new Set(rows.flatMap((r) => (r.personId ? [r.personId] : [])))];
  if (input.personId) people.push(input.personId);
  const viewer = input.personId || input.teamId ? await viewerOf(ctx, people) : await viewerOf(ctx);
  const items = rows
    .filter((r) => !r.person || can(viewer, "milestone.view", { personId: r.person.id, celebrate: r.person.celebrate }))
    .map((r) => ({
      id: r.id,
      title: r.title,
      date: isoDateOf(r.date),
      recurrence: r.recurrence,
      person: r.person ? { id: r.person.id, name: r.person.name } : null,
      team: r.team,
      canManage: can(viewer, "milestone.manage", { personId: r.personId }),
    }));
  const canCreate =
    can(viewer, "milestone.manage", { personId: input.personId ?? null }) ||
    (!input.personId &&
      !input.teamId &&
      [...viewer.below].some((id) => can(viewer, "milestone.manage", { personId: id })));
  return { items, canCreate };
}
