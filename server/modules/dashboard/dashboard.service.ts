// The manager dashboard: who the caller may look at (their direct reports, their subtree, or the
// org for HR admins), checked before anything is read, then the KPI cards, charts, report lines,
// rolled-up lines and the cadence advisor's "Apply" (through the cadence service). Every query is
// scoped to the caller's organization and to people below them (or, for HR, numbers only).
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { OrgCtx } from "../../lib/context";
import { localDate } from "../../lib/dates";
import { badRequest, notFound } from "../../lib/errors";
import { can } from "../../policy";
import { authorize, viewerOf } from "../access/access.service";
import { setCadence } from "../one-on-ones/cadences.service";
import type { TOverviewInput, TRollupInput, TTeamsInput } from "./dashboard.schema";
import { charts, kpis } from "./kpis.service";
import { reportLines } from "./lines.service";
import { dashboardRollupAsOf, orgCharts, orgKpis } from "./org-rollup.service";
import { rollup } from "./rollup.service";
import { type Scope, scopeCte, subtreeOf } from "./scope";

async function checkTeam(ctx: OrgCtx, teamId: string | undefined) {
  if (!teamId) return;
  const team = await ctx.db.team.findFirst({ where: { id: teamId, organizationId: ctx.org.id }, select: { id: true } });
  if (!team) throw notFound("Team not found");
}

/** The scopes the caller may see: their reports' if they have any, the org's if HR. */
async function scopesOf(ctx: OrgCtx): Promise<Scope[]> {
  const [viewer, reports] = await Promise.all([
    viewerOf(ctx, []),
    ctx.db.membership.count({ where: { organizationId: ctx.org.id, managerId: ctx.me.id, status: "ACTIVE" } }),
  ]);
  const scopes: Scope[] = reports > 0 ? ["direct", "subtree"] : [];
  if (can(viewer, "org.viewAggregates", {})) scopes.push("org");
  return scopes;
}

export async function overview(ctx: OrgCtx, input: TOverviewInput, now = new Date()) {
  if (input.scope === "org")
    await authorize(ctx, "org.viewAggregates", {}, [], {
      message: "The whole organization's numbers are for HR admins",
    });
  const scopesP = scopesOf(ctx);
  // Unasked: direct reports, or the org for an HR admin with no reports. Only an HR admin's answer
  // waits for the scopes; anyone else's numbers start at once, beside them (one round trip fewer).
  const hr = can(await viewerOf(ctx, []), "org.viewAggregates", {});
  const scopeP: Promise<Scope> =
    input.scope || !hr
      ? Promise.resolve(input.scope ?? "direct")
      : scopesP.then((scopes) => (scopes[0] === "org" ? "org" : "direct"));
  const numbers = scopeP.then(async (scope) => {
    const q = { scope, teamId: input.teamId, days: input.days, ids: await subtreeOf(ctx, scope) };
    // The whole org (no team) from the rollup while it is fresh: live, that is seconds at 50,000 people.
    const asOf = scope === "org" && !input.teamId ? await dashboardRollupAsOf(ctx, now) : null;
    const [k, c] = await Promise.all(
      asOf ? [orgKpis(ctx, input.days), orgCharts(ctx, asOf)] : [kpis(ctx, q, now), charts(ctx, q, now)],
    );
    return { scope, asOf, k, c };
  });
  // A team of another org is refused before anything is returned (every query is org-scoped anyway).
  const [scopes, , { scope, asOf, k, c }] = await Promise.all([scopesP, checkTeam(ctx, input.teamId), numbers]);
  const mode = scopes.length === 0 ? "member" : scope === "org" ? "hr" : "manager";
  return {
    mode,
    scope,
    scopes,
    people: k.people,
    days: k.days,
    zone: ctx.me.timeZone,
    asOf,
    kpis: k.kpis,
    ...c,
  } as const;
}

/**
 * The team filter's choices: the teams of the scope's active people (a manager's few, not the org's
 * thousands: the whole list made the dashboard's page 836 kB at 50,000 people); every team for HR's org.
 */
export async function teamsInScope(ctx: OrgCtx, input: TTeamsInput) {
  if (input.scope === "org")
    await authorize(ctx, "org.viewAggregates", {}, [], {
      message: "The whole organization's numbers are for HR admins",
    });
  const scopes = await scopesOf(ctx);
  const scope: Scope = input.scope ?? (scopes[0] === "org" ? "org" : "direct");
  const org = ctx.org.id;
  if (scope === "org")
    return ctx.db.team.findMany({
      where: { organizationId: org },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    });
  const ids = await subtreeOf(ctx, scope);
  return ctx.db.$queryRaw<{ id: string; name: string }[]>(Prisma.sql`
    WITH RECURSIVE ${scopeCte(ctx, scope, undefined, ids)}
    SELECT DISTINCT t.id, t.name FROM scope s
      JOIN "Membership" m ON m."organizationId" = ${org} AND m.id = s.id
      JOIN "Team" t ON t."organizationId" = ${org} AND t.id = m."teamId"
    ORDER BY t.name, t.id`);
}

export async function lines(ctx: OrgCtx, input: { teamId?: string }, now = new Date()) {
  await checkTeam(ctx, input.teamId);
  return reportLines(ctx, input.teamId, now);
}

export async function rolledUp(ctx: OrgCtx, input: TRollupInput, now = new Date()) {
  if (input.scope === "org" || input.by === "team")
    await authorize(ctx, "org.viewAggregates", {}, [], {
      message: "The whole organization's numbers are for HR admins",
    });
  await checkTeam(ctx, input.teamId);
  return rollup(ctx, input, now);
}

/** The advisor's suggestion for one direct report, applied through the cadence service. */
export async function applyAdvice(ctx: OrgCtx, reportId: string, now = new Date()) {
  const { lines: all } = await reportLines(ctx, undefined, now);
  const line = all.find((l) => l.id === reportId);
  if (!line) throw notFound("Not one of your direct reports");
  if (!line.advice)
    throw badRequest("Their current 1:1 rhythm already fits: nothing to apply", { reportId: ["No suggestion"] });
  const live = await ctx.db.cadence.findFirst({
    where: { organizationId: ctx.org.id, managerId: ctx.me.id, reportId, status: { not: "ENDED" } },
    select: { localTime: true, timeZone: true, durationMinutes: true },
  });
  const timeZone = live?.timeZone ?? ctx.me.timeZone;
  const { spec, kind } = line.advice;
  await setCadence(
    ctx,
    {
      reportId,
      spec: spec as Parameters<typeof setCadence>[1]["spec"],
      localTime: live?.localTime ?? "10:00",
      timeZone,
      startDate: localDate(now, timeZone),
      durationMinutes: live?.durationMinutes ?? 30,
      kind,
    },
    now,
  );
  return { reportId, summary: line.advice.summary };
}
