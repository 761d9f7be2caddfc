// The team heatmap: people × competencies of one framework, each cell a person's current level
// (CompetencyLevel), coverage per competency over everyone matching the filters. Managers see their
// subtree, HR admins the org; levels only, never evidence or drafts. Scoped by organizationId.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { OrgCtx } from "../../lib/context";
import { badRequest, forbidden } from "../../lib/errors";
import { keysetPage } from "../../lib/keyset";
import { can } from "../../policy";
import { subtreeIds, viewerOf } from "../access/access.service";
import type { THeatmapInput, TScale } from "./competencies.schema";
import { STALE_DAYS, staleBefore } from "./levels.service";

/** A level as the page query returns it (JSON: the instant as text). */
type Cell = { competencyId: string; rating: number; label: string; at: string };

/**
 * The team heatmap: people × competencies of one framework, each cell the person's latest level
 * with its date, stale when older than STALE_DAYS; coverage per competency over everyone matching
 * the filters (not just the page). Managers see their subtree, HR admins the whole org. Levels only:
 * no evidence, no drafts. Keyset-paged by (name, id).
 */
export async function heatmap(ctx: OrgCtx, input: THeatmapInput, now = new Date()) {
  const viewer = await viewerOf(ctx);
  const isAdmin = can(viewer, "org.viewAggregates", {});
  if (!isAdmin && viewer.below.size === 0)
    throw forbidden("The team heatmap shows the people who report to you, and no one does yet");
  // Everything that does not depend on which framework is shown, at once.
  const [frameworks, managers, managerSubtree] = await Promise.all([
    ctx.db.framework.findMany({
      where: { organizationId: ctx.org.id, status: "ACTIVE" },
      orderBy: [{ orgWide: "desc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        orgWide: true,
        scale: true,
        competencies: {
          where: { archivedAt: null },
          orderBy: { position: "asc" },
          select: {
            id: true,
            name: true,
            versions: { orderBy: { version: "desc" }, take: 1, select: { category: true } },
          },
        },
      },
    }),
    managersIn(ctx, isAdmin ? null : [ctx.me.id, ...viewer.below]),
    input.managerId && input.managerId !== ctx.me.id && (isAdmin || viewer.below.has(input.managerId))
      ? subtreeIds(ctx.db, ctx.org.id, input.managerId)
      : null,
  ]);
  const framework = input.frameworkId ? frameworks.find((f) => f.id === input.frameworkId) : frameworks[0];
  if (input.frameworkId && !framework)
    throw badRequest("Pick an active framework of this organization", { frameworkId: ["No such framework"] });
  // The manager filter: their subtree, and nobody when they are outside what the viewer may see.
  const managerScope = input.managerId
    ? input.managerId === ctx.me.id
      ? [...viewer.below]
      : (managerSubtree ?? [])
    : null;
  // Everyone the viewer may see levels of (policy), narrowed by the manager filter.
  const ids = isAdmin ? managerScope : (managerScope ?? [...viewer.below]).filter((id) => viewer.below.has(id));
  const empty = {
    framework: null,
    frameworks: frameworks.map(({ id, name }) => ({ id, name })),
    managers,
    competencies: [],
    rows: [],
    coverage: [],
    total: 0,
    nextCursor: null,
    prevCursor: null,
    staleDays: STALE_DAYS,
  };
  if (!framework) return empty;
  const competencies = framework.competencies.map((c) => ({
    id: c.id,
    name: c.name,
    category: c.versions[0]?.category ?? "",
  }));
  const competencyIds = competencies.map((c) => c.id);
  const scope = {
    org: ctx.org.id,
    all: ids === null,
    ids: ids ?? [],
    teamId: input.teamId ?? null,
    frameworkId: framework.id,
    orgWideId: frameworks.find((f) => f.orgWide)?.id ?? null,
  };
  const backward = input.direction === "backward" && !!input.cursor;
  const [people, totals] = await Promise.all([
    pageOf(ctx, scope, competencyIds, input.cursor ?? null, backward, input.limit),
    coverageOf(ctx, scope, competencyIds, staleBefore(now)),
  ]);
  const { page, nextCursor, prevCursor } = keysetPage(people, {
    limit: input.limit,
    backward,
    hadCursor: !!input.cursor,
    cursorOf: (r) => ({ name: r.name, id: r.id }),
  });
  const byKey = new Map(page.flatMap((p) => p.cells.map((c) => [`${p.id} ${c.competencyId}`, c])));
  const stale = staleBefore(now);
  const rows = page
    .filter((p) => can(viewer, "rating.viewLevels", { personId: p.id }))
    .map((p) => ({
      id: p.id,
      name: p.name,
      title: p.title,
      team: p.teamName,
      cells: competencies.map((c) => {
        const cell = byKey.get(`${p.id} ${c.id}`);
        const at = cell ? new Date(cell.at) : null;
        return cell && at
          ? {
              competencyId: c.id,
              rating: cell.rating,
              label: cell.label || `Level ${cell.rating}`,
              at,
              stale: at < stale,
            }
          : { competencyId: c.id, rating: null, label: null, at: null, stale: false };
      }),
    }));
  return {
    ...empty,
    framework: { id: framework.id, name: framework.name, scale: framework.scale as TScale },
    competencies,
    rows,
    coverage: competencies.map((c) => {
      const t = totals.byCompetency.get(c.id);
      return {
        competencyId: c.id,
        reviewed: t?.reviewed ?? 0,
        fresh: t?.fresh ?? 0,
        average: t?.average ?? null,
      };
    }),
    total: totals.people,
    nextCursor,
    prevCursor,
  };
}

type Scope = {
  org: string;
  all: boolean;
  ids: string[];
  teamId: string | null;
  frameworkId: string;
  orgWideId: string | null;
};

/**
 * The people the heatmap covers, as a WHERE over Membership m: active, in the viewer's scope, in
 * the team filter, and whose framework is the one shown (their team's active one, else the org's).
 */
const inScope = (s: Scope) => Prisma.sql`
  m."organizationId" = ${s.org} AND m.status = 'ACTIVE'
  AND (${s.all}::boolean OR m.id = ANY(${s.ids}::text[]))
  AND (${s.teamId}::text IS NULL OR m."teamId" = ${s.teamId})
  AND COALESCE(
        (SELECT f.id FROM "FrameworkTeam" ft
           JOIN "Framework" f ON f."organizationId" = ft."organizationId" AND f.id = ft."frameworkId" AND f.status = 'ACTIVE'
          WHERE ft."organizationId" = m."organizationId" AND ft."teamId" = m."teamId"),
        ${s.orgWideId}::text) = ${s.frameworkId}`;

/** One page of people in scope by (name, id), with their levels of these competencies (JSON, at as text). */
async function pageOf(
  ctx: OrgCtx,
  s: Scope,
  competencyIds: string[],
  cursor: { name: string; id: string } | null,
  backward: boolean,
  limit: number,
) {
  const keyset = cursor
    ? backward
      ? Prisma.sql`AND (m.name, m.id) < (${cursor.name}, ${cursor.id})`
      : Prisma.sql`AND (m.name, m.id) > (${cursor.name}, ${cursor.id})`
    : Prisma.empty;
  const order = backward ? Prisma.sql`m.name DESC, m.id DESC` : Prisma.sql`m.name ASC, m.id ASC`;
  return ctx.db.$queryRaw<{ id: string; name: string; title: string | null; teamName: string | null; cells: Cell[] }[]>`
    SELECT m.id, m.name, m.title, t.name AS "teamName",
           COALESCE((SELECT json_agg(json_build_object('competencyId', l."competencyId", 'rating', l.rating,
                                                       'label', l.label, 'at', l.at))
                       FROM "CompetencyLevel" l
                      WHERE l."organizationId" = m."organizationId" AND l."personId" = m.id
                        AND l."competencyId" = ANY(${competencyIds}::text[])), '[]'::json) AS cells
      FROM "Membership" m
      LEFT JOIN "Team" t ON t."organizationId" = m."organizationId" AND t.id = m."teamId"
     WHERE ${inScope(s)} ${keyset}
     ORDER BY ${order}
     LIMIT ${limit + 1}`;
}

/** Over everyone in scope: how many people, and per competency how many have a level, how many fresh, the average. */
async function coverageOf(ctx: OrgCtx, s: Scope, competencyIds: string[], freshSince: Date) {
  const rows = await ctx.db.$queryRaw<
    { competencyId: string | null; people: number; reviewed: number; fresh: number; average: number | null }[]
  >`
    WITH scope AS (SELECT m.id FROM "Membership" m WHERE ${inScope(s)})
    SELECT NULL AS "competencyId", (SELECT count(*) FROM scope)::int AS people, 0 AS reviewed, 0 AS fresh, NULL::float8 AS average
    UNION ALL
    SELECT l."competencyId", 0, count(*)::int, (count(*) FILTER (WHERE l.at >= ${freshSince}))::int,
           round(avg(l.rating), 2)::float8
      FROM scope p JOIN "CompetencyLevel" l ON l."organizationId" = ${s.org} AND l."personId" = p.id
     WHERE l."competencyId" = ANY(${competencyIds}::text[])
     GROUP BY l."competencyId"`;
  return {
    people: rows.find((r) => r.competencyId === null)?.people ?? 0,
    byCompetency: new Map(rows.flatMap((r) => (r.competencyId ? [[r.competencyId, r]] : []))),
  };
}

/** Managers the viewer may filter by: everyone with active reports (HR), or those in their subtree and themselves. */
function managersIn(ctx: OrgCtx, ids: string[] | null) {
  return ctx.db.$queryRaw<{ id: string; name: string }[]>`
    SELECT m.id, m.name FROM "Membership" m
     WHERE m."organizationId" = ${ctx.org.id} AND m.status = 'ACTIVE'
       AND (${ids === null}::boolean OR m.id = ANY(${ids ?? []}::text[]))
       AND EXISTS (SELECT 1 FROM "Membership" r
                    WHERE r."organizationId" = m."organizationId" AND r."managerId" = m.id AND r.status = 'ACTIVE')
     ORDER BY m.name, m.id`;
}
