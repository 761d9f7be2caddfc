// Thin procedures: input schema, output schema where it returns data, one service call. Outputs
// (one-on-ones.output.ts) mean a procedure never returns more than its contract.
import { z } from "zod";
import { orgProcedure } from "../../api/procedures";
import { router } from "../../api/trpc";
import * as cadences from "./cadences.service";
import * as content from "./content.service";
import * as lists from "./lists.service";
import * as live from "./live.service";
import * as meetings from "./meetings.service";
import { ZAdherenceOut, ZMeetingPage, ZMine, ZPointOut, ZSetStatusOut } from "./one-on-ones.output";
import {
  ZAddActionItem,
  ZAddPoint,
  ZAddQuestion,
  ZAdherence,
  ZCadenceAction,
  ZCheckPoint,
  ZCreateAdHoc,
  ZEditPoint,
  ZFeedback,
  ZItemId,
  ZMeetingId,
  ZMovePoint,
  ZPointId,
  ZReschedule,
  ZSavePrivateNote,
  ZSaveSharedNotes,
  ZSetCadence,
  ZSetMeetingStatus,
  ZUpdateActionItem,
} from "./one-on-ones.schema";

const ZOk = z.object({ id: z.string() });

export const oneOnOnesRouter = router({
  mine: orgProcedure.output(ZMine).query(({ ctx }) => lists.listMine(ctx)),
  adherence: orgProcedure
    .input(ZAdherence)
    .output(ZAdherenceOut)
    .query(({ ctx, input }) => lists.adherence(ctx, input.days)),
  /** Who may open the pair's live stream (app/api/live): the two participants; else NOT_FOUND. */
  liveTopic: orgProcedure
    .input(ZMeetingId)
    .output(z.object({ topic: z.string(), member: z.string() }))
    .query(({ ctx, input }) => live.openLive(ctx, input.meetingId)),
  get: orgProcedure
    .input(ZMeetingId)
    .output(ZMeetingPage)
    .query(({ ctx, input }) => meetings.getMeeting(ctx, input.meetingId)),
  setCadence: orgProcedure
    .input(ZSetCadence)
    .output(ZOk)
    .mutation(({ ctx, input }) => cadences.setCadence(ctx, input)),
  cadenceAction: orgProcedure
    .input(ZCadenceAction)
    .output(z.object({ status: z.enum(["ACTIVE", "PAUSED"]) }))
    .mutation(({ ctx, input }) => cadences.pauseOrResume(ctx, input.reportId, input.action)),
  setStatus: orgProcedure
    .input(ZSetMeetingStatus)
    .output(ZSetStatusOut)
    .mutation(({ ctx, input }) => meetings.setMeetingStatus(ctx, input.meetingId, input.status)),
  reschedule: orgProcedure
    .input(ZReschedule)
    .output(z.object({ startsAt: z.date() }))
    .mutation(({ ctx, input }) => meetings.reschedule(ctx, input.meetingId, input.startsAt)),
  createAdHoc: orgProcedure
    .input(ZCreateAdHoc)
    .output(ZOk)
    .mutation(({ ctx, input }) => meetings.createAdHoc(ctx, input)),
  addPoint: orgProcedure
    .input(ZAddPoint)
    .output(ZPointOut)
    .mutation(({ ctx, input }) => content.addTalkingPoint(ctx, input.meetingId, input.text)),
  editPoint: orgProcedure
    .input(ZEditPoint)
    .output(z.object({ id: z.string(), text: z.string() }))
    .mutation(({ ctx, input }) => content.editTalkingPoint(ctx, input.pointId, input.text)),
  deletePoint: orgProcedure
    .input(ZPointId)
    .output(ZOk)
    .mutation(({ ctx, input }) => content.deleteTalkingPoint(ctx, input.pointId)),
  restorePoint: orgProcedure
    .input(ZPointId)
    .output(ZOk)
    .mutation(({ ctx, input }) => content.restoreTalkingPoint(ctx, input.pointId)),
  checkPoint: orgProcedure
    .input(ZCheckPoint)
    .output(z.object({ id: z.string(), checked: z.boolean() }))
    .mutation(({ ctx, input }) => content.checkTalkingPoint(ctx, input.meetingId, input.pointId, input.checked)),
  movePoint: orgProcedure
    .input(ZMovePoint)
    .output(z.object({ id: z.string(), position: z.number() }))
    .mutation(({ ctx, input }) => content.moveTalkingPoint(ctx, input.pointId, input.beforeId, input.afterId)),
  saveSharedNotes: orgProcedure
    .input(ZSaveSharedNotes)
    .output(z.object({ version: z.number().int(), savedAt: z.date() }))
    .mutation(({ ctx, input }) => content.saveSharedNotes(ctx, input.meetingId, input.notes, input.baseVersion)),
  savePrivateNote: orgProcedure
    .input(ZSavePrivateNote)
    .output(z.object({ savedAt: z.date() }))
    .mutation(({ ctx, input }) => content.savePrivateNote(ctx, input.meetingId, input.body)),
  addActionItem: orgProcedure
    .input(ZAddActionItem)
    .output(ZOk)
    .mutation(({ ctx, input }) => content.addActionItem(ctx, input)),
  updateActionItem: orgProcedure
    .input(ZUpdateActionItem)
    .output(ZOk)
    .mutation(({ ctx, input }) => content.updateActionItem(ctx, input)),
  deleteActionItem: orgProcedure
    .input(ZItemId)
    .output(ZOk)
    .mutation(({ ctx, input }) => content.deleteActionItem(ctx, input.itemId)),
  restoreActionItem: orgProcedure
    .input(ZItemId)
    .output(ZOk)
    .mutation(({ ctx, input }) => content.restoreActionItem(ctx, input.itemId)),
  feedback: orgProcedure
    .input(ZFeedback)
    .output(z.object({ rating: z.enum(["YES", "SOMEWHAT", "NO"]) }))
    .mutation(({ ctx, input }) => content.submitFeedback(ctx, input)),
  addQuestion: orgProcedure
    .input(ZAddQuestion)
    .output(z.object({ id: z.string(), text: z.string() }))
    .mutation(({ ctx, input }) => content.addQuestion(ctx, input.text)),
});
