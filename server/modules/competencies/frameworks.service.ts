// Competency frameworks: HR admins build them (a rating scale and ordered competencies), everyone
// reads them. A competency's texts are immutable versions: an edit adds one, so reviews keep what
// the person was rated on. A framework applies to the whole org or to chosen teams; a team's
// framework wins over the org's (frameworkFor). Every query is scoped by organizationId.
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { atomic, type OrgCtx } from "../../lib/context";
import { badRequest, conflict, notFound } from "../../lib/errors";
import { can } from "../../policy";
import { authorize } from "../access/access.service";
import type {
  TAddCompetency,
  TApplyFramework,
  TCreateFramework,
  TMoveCompetency,
  TScale,
  TUpdateCompetency,
  TUpdateFramework,
} from "./competencies.schema";
import { DEFAULT_SCALE, STARTER } from "./starter";

const current = { orderBy: { version: "desc" }, take: 1 } as const;

const frameworkSelect = {
  id: true,
  name: true,
  description: true,
  status: true,
  orgWide: true,
  scale: true,
  template: true,
  teams: { select: { team: { select: { id: true, name: true } } }, orderBy: { team: { name: "asc" } } },
} satisfies Prisma.FrameworkSelect;

type FrameworkRow = Prisma.FrameworkGetPayload<{ select: typeof frameworkSelect }>;

const toFramework = (f: FrameworkRow, canEdit: boolean) => ({
  id: f.id,
  name: f.name,
  description: f.description,
  status: f.status,
  orgWide: f.orgWide,
  teams: f.teams.map((t) => t.team),
  scale: f.scale as TScale,
  template: f.template,
  canEdit,
});

export async function listFrameworks(ctx: OrgCtx) {
  const viewer = await authorize(ctx, "framework.view", {}, []);
  const rows = await ctx.db.framework.findMany({
    where: { organizationId: ctx.org.id },
    orderBy: [{ status: "asc" }, { name: "asc" }],
    select: { ...frameworkSelect, _count: { select: { competencies: { where: { archivedAt: null } } } } },
  });
  const edit = can(viewer, "framework.edit", {});
  return rows.map((f) => ({ ...toFramework(f, edit), competencyCount: f._count.competencies }));
}

export async function getFramework(ctx: OrgCtx, frameworkId: string) {
  const viewer = await authorize(ctx, "framework.view", {}, []);
  const f = await ctx.db.framework.findFirst({
    where: { id: frameworkId, organizationId: ctx.org.id },
    select: {
      ...frameworkSelect,
      competencies: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, archivedAt: true, versions: current },
      },
    },
  });
  if (!f) throw notFound("Framework not found");
  return {
    ...toFramework(f, can(viewer, "framework.edit", {})),
    competencies: f.competencies.flatMap((c) => {
      const v = c.versions[0];
      if (!v) return [];
      return [
        {
          id: c.id,
          name: v.name,
          category: v.category,
          description: v.description,
          behaviours: v.behaviours,
          expectedResult: v.expectedResult,
          leaderCheck: v.leaderCheck,
          version: v.version,
          position: c.position,
          archived: c.archivedAt !== null,
        },
      ];
    }),
  };
}

/** An admin-only write: permission first, then the framework must be this org's. */
async function editable(ctx: OrgCtx, frameworkId: string) {
  await authorize(ctx, "framework.edit", {}, [], { message: "Only HR admins edit frameworks" });
  const f = await ctx.db.framework.findFirst({
    where: { id: frameworkId, organizationId: ctx.org.id },
    select: { id: true },
  });
  if (!f) throw notFound("Framework not found");
  return f;
}

type Texts = Omit<TAddCompetency, "frameworkId">;
const versionData = (t: Texts) => ({
  name: t.name,
  category: t.category ?? "",
  description: t.description ?? "",
  behaviours: t.behaviours,
  expectedResult: t.expectedResult ?? "",
  leaderCheck: t.leaderCheck ?? "",
});

/** One name per framework among live competencies, compared case-insensitively. */
async function assertNameFree(ctx: OrgCtx, frameworkId: string, name: string, except?: string) {
  const clash = await ctx.db.competency.findFirst({
    where: {
      organizationId: ctx.org.id,
      frameworkId,
      archivedAt: null,
      name: { equals: name, mode: "insensitive" },
      ...(except ? { id: { not: except } } : {}),
    },
    select: { id: true },
  });
  if (clash)
    throw badRequest("A competency of this framework already has this name", { name: ["Already in this framework"] });
}

async function createCompetency(ctx: OrgCtx, frameworkId: string, position: number, t: Texts) {
  return ctx.db.competency.create({
    data: {
      organizationId: ctx.org.id,
      frameworkId,
      name: t.name,
      position,
      versions: { create: { version: 1, ...versionData(t) } },
    },
    select: { id: true },
  });
}

async function hasOrgWide(ctx: OrgCtx) {
  return (await ctx.db.framework.count({ where: { organizationId: ctx.org.id, status: "ACTIVE", orgWide: true } })) > 0;
}

export async function installStarter(ctx: OrgCtx) {
  await authorize(ctx, "framework.edit", {}, [], { message: "Only HR admins install frameworks" });
  return atomic(ctx, async (tx) => {
    const installed = await tx.db.framework.findFirst({
      where: { organizationId: ctx.org.id, template: STARTER.template, status: "ACTIVE" },
      select: { id: true },
    });
    if (installed) throw conflict("The starter framework is already installed: edit it, or duplicate it for a variant");
    const f = await tx.db.framework.create({
      data: {
        organizationId: ctx.org.id,
        name: STARTER.name,
        description: STARTER.description,
        template: STARTER.template,
        scale: DEFAULT_SCALE.map((l) => ({ ...l })),
        // The org's first framework applies to everyone.
        orgWide: !(await hasOrgWide(tx)),
      },
      select: { id: true },
    });
    let position = 1;
    for (const c of STARTER.competencies)
      await createCompetency(tx, f.id, position++, { ...c, behaviours: [...c.behaviours] });
    return f;
  });
}

export async function createFramework(ctx: OrgCtx, input: TCreateFramework) {
  await authorize(ctx, "framework.edit", {}, [], { message: "Only HR admins create frameworks" });
  return atomic(ctx, async (tx) =>
    tx.db.framework.create({
      data: {
        organizationId: ctx.org.id,
        name: input.name,
        description: input.description ?? "",
        scale: input.scale ?? DEFAULT_SCALE.map((l) => ({ ...l })),
        orgWide: !(await hasOrgWide(tx)),
      },
      select: { id: true },
    }),
  );
}

export async function updateFramework(ctx: OrgCtx, input: TUpdateFramework) {
  await editable(ctx, input.frameworkId);
  await ctx.db.framework.update({
    where: { organizationId_id: { organizationId: ctx.org.id, id: input.frameworkId } },
    data: { name: input.name, description: input.description, scale: input.scale },
  });
  return { id: input.frameworkId };
}

/** Where it applies. The org has one org-wide framework and a team one framework: setting either moves it here. */
export async function applyFramework(ctx: OrgCtx, input: TApplyFramework) {
  await editable(ctx, input.frameworkId);
  const teamIds = Array.from(new Set(input.teamIds));
  const teams = await ctx.db.team.count({ where: { organizationId: ctx.org.id, id: { in: teamIds } } });
  if (teams !== teamIds.length) throw badRequest("Unknown team", { teamIds: ["A team is not in this organization"] });
  return atomic(ctx, async (tx) => {
    if (input.orgWide)
      await tx.db.framework.updateMany({
        where: { organizationId: ctx.org.id, orgWide: true, id: { not: input.frameworkId } },
        data: { orgWide: false },
      });
    await tx.db.framework.update({
      where: { organizationId_id: { organizationId: ctx.org.id, id: input.frameworkId } },
      data: { orgWide: input.orgWide },
    });
    await tx.db.frameworkTeam.deleteMany({
      where: { organizationId: ctx.org.id, OR: [{ frameworkId: input.frameworkId }, { teamId: { in: teamIds } }] },
    });
    if (teamIds.length)
      await tx.db.frameworkTeam.createMany({
        data: teamIds.map((teamId) => ({ organizationId: ctx.org.id, frameworkId: input.frameworkId, teamId })),
      });
    return { id: input.frameworkId };
  });
}

/** Archived frameworks apply nowhere (their reviews stay readable); restoring one applies it nowhere yet. */
export async function setFrameworkStatus(ctx: OrgCtx, frameworkId: string, status: "ACTIVE" | "ARCHIVED") {
  await editable(ctx, frameworkId);
  return atomic(ctx, async (tx) => {
    await tx.db.framework.update({
      where: { organizationId_id: { organizationId: ctx.org.id, id: frameworkId } },
      data: { status, ...(status === "ARCHIVED" ? { orgWide: false } : {}) },
    });
    if (status === "ARCHIVED")
      await tx.db.frameworkTeam.deleteMany({ where: { organizationId: ctx.org.id, frameworkId } });
    return { id: frameworkId };
  });
}

export async function duplicateFramework(ctx: OrgCtx, frameworkId: string) {
  await editable(ctx, frameworkId);
  const source = await getFramework(ctx, frameworkId);
  return atomic(ctx, async (tx) => {
    const copy = await tx.db.framework.create({
      data: {
        organizationId: ctx.org.id,
        name: `Copy of ${source.name}`.slice(0, 120),
        description: source.description,
        scale: source.scale,
      },
      select: { id: true },
    });
    for (const c of source.competencies.filter((c) => !c.archived)) await createCompetency(tx, copy.id, c.position, c);
    return copy;
  });
}

export async function addCompetency(ctx: OrgCtx, input: TAddCompetency) {
  await editable(ctx, input.frameworkId);
  return atomic(ctx, async (tx) => {
    await assertNameFree(tx, input.frameworkId, input.name);
    const last = await tx.db.competency.aggregate({
      where: { organizationId: ctx.org.id, frameworkId: input.frameworkId },
      _max: { position: true },
    });
    const { frameworkId, ...texts } = input;
    return createCompetency(tx, frameworkId, (last._max.position ?? 0) + 1, texts);
  });
}

/** The competency, after the permission check; NOT_FOUND for another org's. */
async function editableCompetency(ctx: OrgCtx, competencyId: string) {
  await authorize(ctx, "framework.edit", {}, [], { message: "Only HR admins edit frameworks" });
  const c = await ctx.db.competency.findFirst({
    where: { id: competencyId, organizationId: ctx.org.id },
    select: { id: true, frameworkId: true, position: true, archivedAt: true, name: true, versions: current },
  });
  if (!c) throw notFound("Competency not found");
  return c;
}

/** A change of text adds a version (reviews made against the old one keep it); no change writes nothing. */
export async function updateCompetency(ctx: OrgCtx, input: TUpdateCompetency) {
  const c = await editableCompetency(ctx, input.competencyId);
  const { competencyId, ...texts } = input;
  const next = versionData(texts);
  const now = c.versions[0];
  const same =
    now &&
    (Object.keys(next) as (keyof typeof next)[]).every((k) =>
      Array.isArray(next[k]) ? JSON.stringify(next[k]) === JSON.stringify(now[k]) : next[k] === now[k],
    );
  if (same) return { id: competencyId, version: now.version };
  return atomic(ctx, async (tx) => {
    if (c.archivedAt === null) await assertNameFree(tx, c.frameworkId, next.name, competencyId);
    const version = (now?.version ?? 0) + 1;
    await tx.db.competencyVersion.create({
      data: { organizationId: ctx.org.id, competencyId, version, ...next },
    });
    await tx.db.competency.update({
      where: { organizationId_id: { organizationId: ctx.org.id, id: competencyId } },
      data: { name: next.name },
    });
    return { id: competencyId, version };
  });
}

/** Between two neighbours of the same framework (null: the start or the end); one row written. */
export async function moveCompetency(ctx: OrgCtx, input: TMoveCompetency) {
  const c = await editableCompetency(ctx, input.competencyId);
  const ids = [input.afterId, input.beforeId].filter((id): id is string => id !== null);
  const neighbours = await ctx.db.competency.findMany({
    where: { organizationId: ctx.org.id, frameworkId: c.frameworkId, id: { in: ids } },
    select: { id: true, position: true },
  });
  if (neighbours.length !== ids.length || ids.includes(c.id))
    throw badRequest("Move it next to a competency of the same framework", {
      competencyId: ["Not a neighbour in this framework"],
    });
  const at = (id: string | null) => neighbours.find((n) => n.id === id)?.position;
  const after = at(input.afterId);
  const before = at(input.beforeId);
  if (after !== undefined && before !== undefined && after >= before)
    throw badRequest("The two neighbours are not next to each other in that order", {
      competencyId: ["Bad neighbours"],
    });
  const position =
    after !== undefined && before !== undefined
      ? (after + before) / 2
      : after !== undefined
        ? after + 1
        : before !== undefined
          ? before - 1
          : c.position;
  await ctx.db.competency.update({
    where: { organizationId_id: { organizationId: ctx.org.id, id: c.id } },
    data: { position },
  });
  return { id: c.id, position };
}

export async function archiveCompetency(ctx: OrgCtx, competencyId: string, archived: boolean) {
  const c = await editableCompetency(ctx, competencyId);
  return atomic(ctx, async (tx) => {
    if (!archived && c.archivedAt !== null) await assertNameFree(tx, c.frameworkId, c.name, c.id);
    await tx.db.competency.update({
      where: { organizationId_id: { organizationId: ctx.org.id, id: c.id } },
      data: { archivedAt: archived ? (c.archivedAt ?? new Date()) : null },
    });
    return { id: c.id };
  });
}

/**
 * The framework a person is reviewed on: their team's, else the org-wide one, else none. Active
 * frameworks only. Pure lookup: callers check who may see the person first.
 */
export async function frameworkIdFor(ctx: OrgCtx, personId: string): Promise<string | null> {
  // One round trip: the person's team's active framework, else the org-wide one (none for a stranger).
  const [row] = await ctx.db.$queryRaw<{ id: string | null }[]>`
    SELECT CASE WHEN p.id IS NULL THEN NULL ELSE COALESCE(
             (SELECT f.id FROM "FrameworkTeam" ft
                JOIN "Framework" f ON f."organizationId" = ft."organizationId" AND f.id = ft."frameworkId" AND f.status = 'ACTIVE'
               WHERE ft."organizationId" = p."organizationId" AND ft."teamId" = p."teamId"),
             (SELECT f.id FROM "Framework" f
               WHERE f."organizationId" = ${ctx.org.id} AND f."orgWide" AND f.status = 'ACTIVE'
               ORDER BY f."createdAt" LIMIT 1)) END AS id
      FROM (SELECT 1) one
      LEFT JOIN "Membership" p ON p."organizationId" = ${ctx.org.id} AND p.id = ${personId}`;
  return row?.id ?? null;
}

/** A live (not archived) competency of this org with its current behaviours, for tagging it elsewhere (recognition). */
export async function liveCompetency(ctx: OrgCtx, competencyId: string) {
  const c = await ctx.db.competency.findFirst({
    where: { id: competencyId, organizationId: ctx.org.id, archivedAt: null, framework: { status: "ACTIVE" } },
    select: { id: true, name: true, versions: { orderBy: { version: "desc" }, take: 1, select: { behaviours: true } } },
  });
  return c ? { id: c.id, name: c.name, behaviours: c.versions[0]?.behaviours ?? [] } : null;
}

/** Every live competency of the org's active frameworks with its current behaviours (the kudos tags). */
export async function taggableCompetencies(ctx: OrgCtx) {
  const rows = await ctx.db.competency.findMany({
    where: { organizationId: ctx.org.id, archivedAt: null, framework: { status: "ACTIVE" } },
    orderBy: [{ framework: { name: "asc" } }, { position: "asc" }],
    select: {
      id: true,
      name: true,
      framework: { select: { name: true } },
      versions: { orderBy: { version: "desc" }, take: 1, select: { behaviours: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    framework: c.framework.name,
    behaviours: c.versions[0]?.behaviours ?? [],
  }));
}

/** A framework with its scale and its live competencies in order, each with its current version. */
export function frameworkWithCurrent(ctx: OrgCtx, frameworkId: string) {
  return ctx.db.framework.findFirst({
    where: { id: frameworkId, organizationId: ctx.org.id },
    select: {
      id: true,
      name: true,
      scale: true,
      competencies: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: { id: true, versions: { orderBy: { version: "desc" }, take: 1 } },
      },
    },
  });
}
