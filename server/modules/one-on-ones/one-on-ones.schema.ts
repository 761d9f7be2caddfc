// 1:1s: input schemas shared by procedures and client forms (pure zod). Limits are product
// decisions, documented here and in the README: notes up to 20,000 characters, a talking point or
// action item up to 500, a feedback comment up to 1,000.
import { z } from "zod";
import { calendarDate, text as shared, ZCalendarDate, ZId, ZInstant, ZTimeZone } from "../../lib/validation";

import { ITEM_MAX, NOTES_MAX } from "./one-on-ones.limits";

export { ITEM_MAX, NOTES_MAX };

const text = (max: number, label: string) => shared({ min: 1, max, label });
/** Notes keep their spacing and line breaks. */
const notes = shared({ max: NOTES_MAX, label: "Notes", multiline: true, trim: false });

export const ZWeekday = z.enum(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
export const ZCadenceSpec = z.discriminatedUnion("frequency", [
  z.object({ frequency: z.literal("WEEKLY"), intervalWeeks: z.number().int().min(1).max(8), weekday: ZWeekday }),
  z.object({
    frequency: z.literal("MONTHLY"),
    nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
    weekday: ZWeekday,
  }),
]);
export const ZLocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a 24-hour time like 09:30");
/** A cadence starts on a real date from 1970 to 2100 (0001-01-01 once gave 521,722 meetings). */
export const ZStartDate = calendarDate();
export const ZMeetingKind = z.enum(["REGULAR", "NO_AGENDA", "AD_HOC"]);

export const ZSetCadence = z.object({
  reportId: ZId,
  /** Either a structured rule or raw RRULE text (validated against the supported subset). */
  spec: ZCadenceSpec.optional(),
  rrule: shared({ max: 200, label: "The rule" }).optional(),
  localTime: ZLocalTime,
  timeZone: ZTimeZone,
  startDate: ZStartDate,
  durationMinutes: z.number().int().min(10).max(240),
  kind: z.enum(["REGULAR", "NO_AGENDA"]).default("REGULAR"),
});
export type TSetCadence = z.infer<typeof ZSetCadence>;

export const ZCadenceAction = z.object({ reportId: ZId, action: z.enum(["pause", "resume"]) });
export const ZMeetingId = z.object({ meetingId: ZId });

export const ZSetMeetingStatus = z.object({ meetingId: ZId, status: z.enum(["HELD", "SKIPPED", "SCHEDULED"]) });
export const ZReschedule = z.object({ meetingId: ZId, startsAt: ZInstant });
export const ZCreateAdHoc = z.object({
  /** The other participant: one of my direct reports, or my manager. */
  withId: ZId,
  startsAt: ZInstant,
  durationMinutes: z.number().int().min(10).max(240).default(30),
  kind: z.enum(["AD_HOC", "NO_AGENDA"]).default("AD_HOC"),
});

export const ZAddPoint = z.object({ meetingId: ZId, text: text(ITEM_MAX, "A talking point") });
export const ZEditPoint = z.object({ pointId: ZId, text: text(ITEM_MAX, "A talking point") });
export const ZCheckPoint = z.object({ meetingId: ZId, pointId: ZId, checked: z.boolean() });
export const ZMovePoint = z.object({ pointId: ZId, beforeId: ZId.nullable(), afterId: ZId.nullable() });
/** Delete and restore (undo) of a talking point. */
export const ZPointId = z.object({ pointId: ZId });

export const ZSaveSharedNotes = z.object({
  meetingId: ZId,
  notes,
  /** The version the editor started from; a stale one is a CONFLICT (the client refetches the latest). */
  baseVersion: z.number().int().min(0),
});
export const ZSavePrivateNote = z.object({
  meetingId: ZId,
  body: notes,
});

export const ZAddActionItem = z.object({
  meetingId: ZId,
  text: text(ITEM_MAX, "An action item"),
  ownerId: ZId,
  dueOn: ZCalendarDate.nullable().optional(),
});
export const ZUpdateActionItem = z.object({
  itemId: ZId,
  meetingId: ZId,
  text: text(ITEM_MAX, "An action item").optional(),
  ownerId: ZId.optional(),
  dueOn: ZCalendarDate.nullable().optional(),
  done: z.boolean().optional(),
});
/** Delete and restore (undo) of an action item. */
export const ZItemId = z.object({ itemId: ZId });

export const ZFeedback = z.object({
  meetingId: ZId,
  rating: z.enum(["YES", "SOMEWHAT", "NO"]),
  comment: shared({ max: 1000, label: "A comment", multiline: true }).optional(),
});
export const ZAddQuestion = z.object({ text: text(300, "A question") });
export const ZAdherence = z.object({ days: z.union([z.literal(30), z.literal(90)]).default(30) });
export const ZPairHistory = z.object({ managerId: ZId, reportId: ZId, before: ZInstant.optional() });
