// Thin procedures: input schema, output schema, one service call.
import { z } from "zod";
import { orgProcedure } from "../../api/procedures";
import { router } from "../../api/trpc";
import {
  ZApplyAdvice,
  ZLines,
  ZLinesInput,
  ZOverview,
  ZOverviewInput,
  ZRollup,
  ZRollupInput,
  ZScopeTeams,
  ZTeamsInput,
} from "./dashboard.schema";
import * as dashboard from "./dashboard.service";

export const dashboardRouter = router({
  /** KPI cards and charts for the caller's direct reports, subtree, or (HR) the org. */
  overview: orgProcedure
    .input(ZOverviewInput)
    .output(ZOverview)
    .query(({ ctx, input }) => dashboard.overview(ctx, input)),
  /** One line per direct report, with health, the advisor and "this week". */
  lines: orgProcedure
    .input(ZLinesInput)
    .output(ZLines)
    .query(({ ctx, input }) => dashboard.lines(ctx, input)),
  /** Rolled up per manager (subtree or org) or per team (HR). */
  rollup: orgProcedure
    .input(ZRollupInput)
    .output(ZRollup)
    .query(({ ctx, input }) => dashboard.rolledUp(ctx, input)),
  /** The team filter's choices for a scope: the teams its people are in. */
  teams: orgProcedure
    .input(ZTeamsInput)
    .output(ZScopeTeams)
    .query(({ ctx, input }) => dashboard.teamsInScope(ctx, input)),
  /** Applies the cadence advisor's suggestion for a direct report. */
  applyAdvice: orgProcedure
    .input(ZApplyAdvice)
    .output(z.object({ reportId: z.string(), summary: z.string() }))
    .mutation(({ ctx, input }) => dashboard.applyAdvice(ctx, input.reportId)),
});
