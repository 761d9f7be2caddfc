// Thin procedures: input schema, one service call. Outputs that carry content are declared so a
// procedure can never return more than its contract (private notes: the caller's own only).
import { z } from "zod";
import { orgProcedure } from "../../api/procedures";
import { router } from "../../api/trpc";
import * as cadences from "./cadences.service";
import * as content from "./content.service";
import * as lists from "./lists.service";
import * as meetings from "./meetings.service";
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
  mine: orgProcedure.query(({ ctx }) => lists.listMine(ctx)),
  adherence: orgProcedure.input(ZAdherence).query(({ ctx, input }) => lists.adherence(ctx, input.days)),
  get: orgProcedure.input(ZMeetingId).query(({ ctx, input }) => meetings.getMeeting(ctx, input.meetingId)),
  setCadence: orgProcedure
    .input(ZSetCadence)
    .output(ZOk)
    .mutation(({ ctx, input }) => cadences.setCadence(ctx, input)),
  cadenceAction: orgProcedure
    .input(ZCadenceAction)
    .mutation(({ ctx, input }) => cadences.pauseOrResume(ctx, input.reportId, input.action)),
  setStatus: orgProcedure
    .input(ZSetMeetingStatus)
    .mutation(({ ctx, input }) => meetings.setMeetingStatus(ctx, input.meetingId, input.status)),
  reschedule: orgProcedure
    .input(ZReschedule)
    .mutation(({ ctx, input }) => meetings.reschedule(ctx, input.meetingId, input.startsAt)),
  createAdHoc: orgProcedure
    .input(ZCreateAdHoc)
    .output(ZOk)
    .mutation(({ ctx, input }) => meetings.createAdHoc(ctx, input)),
  addPoint: orgProcedure
    .input(ZAddPoint)
    .mutation(({ ctx, input }) => content.addTalkingPoint(ctx, input.meetingId, input.text)),
  editPoint: orgProcedure
    .input(ZEditPoint)
    .mutation(({ ctx, input }) => content.editTalkingPoint(ctx, input.pointId, input.text)),
  deletePoint: orgProcedure
    .input(ZPointId)
    .output(ZOk)
    .mutation(({ ctx, input }) => content.deleteTalkingPoint(ctx, input.pointId)),
  checkPoint: orgProcedure
    .input(ZCheckPoint)
    .mutation(({ ctx, input }) => content.checkTalkingPoint(ctx, input.meetingId, input.pointId, input.checked)),
  movePoint: orgProcedure
    .input(ZMovePoint)
    .mutation(({ ctx, input }) => content.moveTalkingPoint(ctx, input.pointId, input.beforeId, input.afterId)),
  saveSharedNotes: orgProcedure
    .input(ZSaveSharedNotes)
    .mutation(({ ctx, input }) => content.saveSharedNotes(ctx, input.meetingId, input.notes, input.baseVersion)),
  savePrivateNote: orgProcedure
    .input(ZSavePrivateNote)
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
  feedback: orgProcedure.input(ZFeedback).mutation(({ ctx, input }) => content.submitFeedback(ctx, input)),
  addQuestion: orgProcedure.input(ZAddQuestion).mutation(({ ctx, input }) => content.addQuestion(ctx, input.text)),
});
