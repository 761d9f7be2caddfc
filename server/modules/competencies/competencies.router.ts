// Thin procedures: input schema, output schema, one service call.
import { z } from "zod";
import { orgProcedure } from "../../api/procedures";
import { router } from "../../api/trpc";
import {
  ZAddCompetency,
  ZApplyFramework,
  ZArchiveCompetency,
  ZCreateFramework,
  ZFramework,
  ZFrameworkId,
  ZFrameworkList,
  ZHeatmap,
  ZHeatmapInput,
  ZMeetingRef,
  ZMoveCompetency,
  ZNextStep,
  ZPanel,
  ZPersonLevels,
  ZPersonRef,
  ZPick,
  ZSaveReview,
  ZSetFrameworkStatus,
  ZUpdateCompetency,
  ZUpdateFramework,
} from "./competencies.schema";
import * as frameworks from "./frameworks.service";
import * as heatmap from "./heatmap.service";
import * as levels from "./levels.service";
import * as reviews from "./reviews.service";

const ZOk = z.object({ id: z.string() });

export const competenciesRouter = router({
  frameworks: orgProcedure.output(ZFrameworkList).query(({ ctx }) => frameworks.listFrameworks(ctx)),
  framework: orgProcedure
    .input(ZFrameworkId)
    .output(ZFramework)
    .query(({ ctx, input }) => frameworks.getFramework(ctx, input.frameworkId)),
  installStarter: orgProcedure.output(ZOk).mutation(({ ctx }) => frameworks.installStarter(ctx)),
  createFramework: orgProcedure
    .input(ZCreateFramework)
    .output(ZOk)
    .mutation(({ ctx, input }) => frameworks.createFramework(ctx, input)),
  updateFramework: orgProcedure
    .input(ZUpdateFramework)
    .output(ZOk)
    .mutation(({ ctx, input }) => frameworks.updateFramework(ctx, input)),
  applyFramework: orgProcedure
    .input(ZApplyFramework)
    .output(ZOk)
    .mutation(({ ctx, input }) => frameworks.applyFramework(ctx, input)),
  setFrameworkStatus: orgProcedure
    .input(ZSetFrameworkStatus)
    .output(ZOk)
    .mutation(({ ctx, input }) => frameworks.setFrameworkStatus(ctx, input.frameworkId, input.status)),
  duplicateFramework: orgProcedure
    .input(ZFrameworkId)
    .output(ZOk)
    .mutation(({ ctx, input }) => frameworks.duplicateFramework(ctx, input.frameworkId)),
  addCompetency: orgProcedure
    .input(ZAddCompetency)
    .output(ZOk)
    .mutation(({ ctx, input }) => frameworks.addCompetency(ctx, input)),
  updateCompetency: orgProcedure
    .input(ZUpdateCompetency)
    .output(z.object({ id: z.string(), version: z.number().int() }))
    .mutation(({ ctx, input }) => frameworks.updateCompetency(ctx, input)),
  moveCompetency: orgProcedure
    .input(ZMoveCompetency)
    .output(z.object({ id: z.string(), position: z.number() }))
    .mutation(({ ctx, input }) => frameworks.moveCompetency(ctx, input)),
  archiveCompetency: orgProcedure
    .input(ZArchiveCompetency)
    .output(ZOk)
    .mutation(({ ctx, input }) => frameworks.archiveCompetency(ctx, input.competencyId, input.archived)),
  /** The competency panel of a 1:1: its own query, never part of the polled meeting query. */
  panel: orgProcedure
    .input(ZMeetingRef)
    .output(ZPanel)
    .query(({ ctx, input }) => reviews.panel(ctx, input.meetingId)),
  pick: orgProcedure
    .input(ZPick)
    .output(ZOk)
    .mutation(({ ctx, input }) => reviews.pick(ctx, input)),
  saveReview: orgProcedure
    .input(ZSaveReview)
    .output(z.object({ id: z.string(), version: z.number().int() }))
    .mutation(({ ctx, input }) => reviews.saveReview(ctx, input)),
  share: orgProcedure
    .input(ZMeetingRef)
    .output(z.object({ shared: z.number().int() }))
    .mutation(({ ctx, input }) => reviews.share(ctx, input.meetingId)),
  addNextStep: orgProcedure
    .input(ZNextStep)
    .output(ZOk)
    .mutation(({ ctx, input }) => reviews.addNextStep(ctx, input)),
  /** One person's levels over time, and the evidence behind them for those who may read it. */
  person: orgProcedure
    .input(ZPersonRef)
    .output(ZPersonLevels)
    .query(({ ctx, input }) => levels.personLevels(ctx, input.personId)),
  /** People × competencies for a manager's subtree or (HR) the org: levels and coverage, no evidence. */
  heatmap: orgProcedure
    .input(ZHeatmapInput)
    .output(ZHeatmap)
    .query(({ ctx, input }) => heatmap.heatmap(ctx, input)),
});
