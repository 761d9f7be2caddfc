// Thin procedures: input schema, output schema, one service call.
import { orgProcedure } from "../../api/procedures";
import { router } from "../../api/trpc";
import {
  ZCreateMilestone,
  ZFeedToken,
  ZMilestoneId,
  ZMilestoneList,
  ZMilestoneRef,
  ZMilestonesInput,
  ZMonth,
  ZMonthInput,
  ZOkTrue,
  ZSubscription,
  ZUpcoming,
  ZUpcomingInput,
  ZUpdateMilestone,
} from "./calendar.schema";
import * as calendar from "./calendar.service";
import * as feed from "./feed-token.service";
import * as milestones from "./milestones.service";

export const calendarRouter = router({
  /** A month of birthdays, anniversaries, custom milestones and 1:1s, as the viewer may see them. */
  month: orgProcedure
    .input(ZMonthInput)
    .output(ZMonth)
    .query(({ ctx, input }) => calendar.month(ctx, input)),
  /** "Celebrations coming up" (milestones only) from the viewer's today. */
  upcoming: orgProcedure
    .input(ZUpcomingInput)
    .output(ZUpcoming)
    .query(({ ctx, input }) => calendar.upcoming(ctx, input.days)),
  /** Custom milestones of a person or team (or the org) for their page, with what the viewer may change. */
  milestones: orgProcedure
    .input(ZMilestonesInput)
    .output(ZMilestoneList)
    .query(({ ctx, input }) => milestones.listMilestones(ctx, input)),
  createMilestone: orgProcedure
    .input(ZCreateMilestone)
    .output(ZMilestoneId)
    .mutation(({ ctx, input }) => milestones.createMilestone(ctx, input)),
  updateMilestone: orgProcedure
    .input(ZUpdateMilestone)
    .output(ZMilestoneId)
    .mutation(({ ctx, input }) => milestones.updateMilestone(ctx, input)),
  removeMilestone: orgProcedure
    .input(ZMilestoneRef)
    .output(ZMilestoneId)
    .mutation(({ ctx, input }) => milestones.removeMilestone(ctx, input.milestoneId)),
  restoreMilestone: orgProcedure
    .input(ZMilestoneRef)
    .output(ZMilestoneId)
    .mutation(({ ctx, input }) => milestones.removeMilestone(ctx, input.milestoneId, true)),
  /** Whether the caller has a live iCal feed (the token itself is never shown again). */
  subscription: orgProcedure.output(ZSubscription).query(({ ctx }) => feed.subscription(ctx)),
  /** A new secret feed token (the old one stops working at once), returned this once. */
  regenerateFeed: orgProcedure.output(ZFeedToken).mutation(({ ctx }) => feed.regenerateFeed(ctx)),
  revokeFeed: orgProcedure.output(ZOkTrue).mutation(({ ctx }) => feed.revokeFeed(ctx)),
});
