// Thin procedures: input schema, output schema, one service call.
import { z } from "zod";
import { orgProcedure } from "../../api/procedures";
import { router } from "../../api/trpc";
import { feed } from "./feed.service";
import * as insights from "./insights.service";
import {
  ZEditRecognition,
  ZFeed,
  ZFeedInput,
  ZGiveRecognition,
  ZInsights,
  ZInsightsInput,
  ZReact,
  ZRecognitionRef,
  ZTags,
} from "./recognition.schema";
import * as recognition from "./recognition.service";

const ZOk = z.object({ id: z.string() });

export const recognitionRouter = router({
  give: orgProcedure
    .input(ZGiveRecognition)
    .output(ZOk)
    .mutation(({ ctx, input }) => recognition.give(ctx, input)),
  edit: orgProcedure
    .input(ZEditRecognition)
    .output(ZOk)
    .mutation(({ ctx, input }) => recognition.edit(ctx, input)),
  remove: orgProcedure
    .input(ZRecognitionRef)
    .output(ZOk)
    .mutation(({ ctx, input }) => recognition.remove(ctx, input.recognitionId)),
  restore: orgProcedure
    .input(ZRecognitionRef)
    .output(ZOk)
    .mutation(({ ctx, input }) => recognition.remove(ctx, input.recognitionId, true)),
  react: orgProcedure
    .input(ZReact)
    .output(ZOk)
    .mutation(({ ctx, input }) => recognition.react(ctx, input)),
  feed: orgProcedure
    .input(ZFeedInput)
    .output(ZFeed)
    .query(({ ctx, input }) => feed(ctx, input)),
  /** The competencies (and behaviours) the composer offers as tags. */
  tags: orgProcedure.output(ZTags).query(({ ctx }) => recognition.tags(ctx)),
  /** Counts only: given/received, participation, one-way pairs, not recognised lately. */
  insights: orgProcedure
    .input(ZInsightsInput)
    .output(ZInsights)
    .query(({ ctx, input }) => insights.insights(ctx, input)),
});
