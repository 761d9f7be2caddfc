// Calendar: input and output schemas of the procedures (zod; server only: the browser gets limits
// from calendar.limits.ts).
import { z } from "zod";
import { text, ZCalendarDate, ZCalendarMonth, ZId } from "../../lib/validation";
import { EVENT_KINDS, MILESTONE_TITLE_MAX, RECURRENCES, UPCOMING_DAYS, UPCOMING_DAYS_MAX } from "./calendar.limits";

export const ZEventKind = z.enum(EVENT_KINDS);

export const ZMonthInput = z.object({
  month: ZCalendarMonth,
  teamId: ZId.optional(),
  /** Which kinds of events; all of them when left out. */
  kinds: z
    .array(ZEventKind)
    .min(1, "Pick at least one kind of event")
    .max(EVENT_KINDS.length)
    .default([...EVENT_KINDS]),
});
export type TMonthInput = z.infer<typeof ZMonthInput>;

export const ZUpcomingInput = z.object({
  days: z.number().int().min(1).max(UPCOMING_DAYS_MAX).default(UPCOMING_DAYS),
});

// ---- custom milestones ----

const milestoneFields = {
  title: text({ min: 1, max: MILESTONE_TITLE_MAX, label: "The title" }),
  date: ZCalendarDate,
  recurrence: z.enum(RECURRENCES).default("ONE_OFF"),
  personId: ZId.optional(),
  teamId: ZId.optional(),
};

/** A milestone is about one person or one team: exactly one of the two, as a field error. */
function oneSubject(m: { personId?: string; teamId?: string }, ctx: z.RefinementCtx) {
  if (m.personId && m.teamId) {
    for (const path of ["personId", "teamId"])
      ctx.addIssue({ code: "custom", path: [path], message: "Pick a person or a team, not both" });
  } else if (!m.personId && !m.teamId) {
    ctx.addIssue({ code: "custom", path: ["personId"], message: "Pick the person or the team it is about" });
  }
}

export const ZCreateMilestone = z.object(milestoneFields).superRefine(oneSubject);
export type TCreateMilestone = z.infer<typeof ZCreateMilestone>;
export const ZUpdateMilestone = z.object({ milestoneId: ZId, ...milestoneFields }).superRefine(oneSubject);
export type TUpdateMilestone = z.infer<typeof ZUpdateMilestone>;
export const ZMilestoneRef = z.object({ milestoneId: ZId });

export const ZMilestonesInput = z.object({ personId: ZId.optional(), teamId: ZId.optional() });
export type TMilestonesInput = z.infer<typeof ZMilestonesInput>;

// ---- outputs ----

const ZRef = z.object({ id: z.string(), name: z.string() });

export const ZCalendarEvent = z.object({
  /** Stable: "birthday:<membershipId>:<yyyy>", "anniversary:…", "milestone:<id>:<yyyy>", "meeting:<meetingId>". */
  id: z.string(),
  kind: ZEventKind,
  /** The day it is shown on: the viewer's local day for 1:1s; for milestones the calendar date, or the Friday before a weekend when the org says so. */
  date: z.string(),
  /** The day it really falls on (equal to `date` unless moved). */
  actualDate: z.string(),
  title: z.string(),
  /** Whom it is about (1:1s: the other participant, or the report when the viewer is above the pair). */
  person: ZRef.nullable(),
  team: ZRef.nullable(),
  years: z.number().int().nullable(),
  highlight: z.boolean(),
  /** PRIVATE when shown only because the viewer is the person, above them, or in (or above) the 1:1. */
  visibility: z.enum(["PUBLIC", "PRIVATE"]),
  startsAt: z.date().nullable(),
  endsAt: z.date().nullable(),
  meetingZone: z.string().nullable(),
  /** 1:1s the viewer is in: the other participant's profile zone (shown second when its clock differs). */
  otherZone: z.string().nullable(),
  meetingId: z.string().nullable(),
  /** Whom "Celebrate" would recognise; null for 1:1s, the viewer's own milestones and teams of nobody else. */
  celebrate: z.object({ recipients: z.array(z.object({ id: z.string(), name: z.string() })) }).nullable(),
});
export type TCalendarEvent = z.infer<typeof ZCalendarEvent>;

export const ZMonth = z.object({
  month: z.string(),
  /** The viewer's today, in their zone. */
  today: z.string(),
  zone: z.string(),
  weekendMilestonesOnFriday: z.boolean(),
  events: z.array(ZCalendarEvent),
});

export const ZUpcoming = z.object({
  today: z.string(),
  /** The last day included. */
  until: z.string(),
  zone: z.string(),
  events: z.array(ZCalendarEvent),
});

export const ZMilestoneList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      date: z.string(),
      recurrence: z.enum(RECURRENCES),
      person: ZRef.nullable(),
      team: ZRef.nullable(),
      canManage: z.boolean(),
    }),
  ),
  /** May the viewer add one here (for this person, or this team; without either, for anyone)? */
  canCreate: z.boolean(),
});

export const ZSubscription = z.object({
  active: z.boolean(),
  createdAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
});
export const ZFeedToken = z.object({ token: z.string() });
export const ZOkTrue = z.object({ ok: z.literal(true) });
export const ZMilestoneId = z.object({ id: z.string() });
