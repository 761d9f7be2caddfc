// Output contracts of the 1:1 procedures: a procedure can never return more than these (zod
// strips unknown keys), which backs the privacy rules with a second, declarative check.
import { z } from "zod";
import { ZCadenceSpec } from "./one-on-ones.schema";

/** A participant; their profile zone gives their clock, shown second to the viewer's. */
const ZPerson = z.object({ id: z.string(), name: z.string(), title: z.string().nullable(), timeZone: z.string() });
const ZStatus = z.enum(["SCHEDULED", "HELD", "SKIPPED", "RESCHEDULED"]);
const ZKind = z.enum(["REGULAR", "NO_AGENDA", "AD_HOC"]);
const ZRole = z.enum(["MANAGER", "REPORT"]);

export const ZMeetingPage = z.object({
  meeting: z.object({
    id: z.string(),
    startsAt: z.date(),
    durationMinutes: z.number().int(),
    timeZone: z.string(),
    status: ZStatus,
    kind: ZKind,
    heldAt: z.date().nullable(),
    countsAsHeld: z.boolean(),
    fromCadence: z.boolean(),
    sharedNotes: z.string(),
    sharedNotesVersion: z.number().int(),
    sharedNotesUpdatedAt: z.date().nullable(),
    sharedNotesUpdatedBy: z.string().nullable(),
  }),
  manager: ZPerson,
  report: ZPerson,
  talkingPoints: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      position: z.number(),
      checkedAt: z.date().nullable(),
      authorId: z.string(),
      meetingId: z.string(),
      createdAt: z.date(),
      carriedFrom: z.date().nullable(),
    }),
  ),
  actionItems: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      ownerId: z.string(),
      dueOn: z.string().nullable(),
      completedAt: z.date().nullable(),
      meetingId: z.string(),
      createdAt: z.date(),
      createdById: z.string(),
      overdue: z.boolean(),
      carriedFrom: z.date().nullable(),
    }),
  ),
  /** The caller's own private note, never anyone else's. */
  privateNote: z.object({ body: z.string(), updatedAt: z.date() }).nullable(),
  feedback: z.object({ rating: z.enum(["YES", "SOMEWHAT", "NO"]), comment: z.string().nullable() }).nullable(),
  questions: z.array(z.object({ id: z.string(), text: z.string() })),
  history: z.array(z.object({ id: z.string(), startsAt: z.date(), status: ZStatus, notesPreview: z.string() })),
  next: z.object({ id: z.string(), startsAt: z.date() }).nullable(),
  /** The viewer; every time on the page is shown in their profile zone first. */
  me: z.object({
    id: z.string(),
    role: z.enum(["MANAGER", "REPORT", "OBSERVER"]),
    canEdit: z.boolean(),
    timeZone: z.string(),
  }),
});

const ZListedMeeting = z.object({
  id: z.string(),
  startsAt: z.date(),
  status: ZStatus,
  managerId: z.string(),
  reportId: z.string(),
  withName: z.string(),
  /** The other participant's profile zone ("" when they are no longer in the org). */
  withTimeZone: z.string(),
  myRole: ZRole,
});

export const ZMine = z.object({
  pairs: z.array(
    z.object({
      managerId: z.string(),
      reportId: z.string(),
      withId: z.string(),
      withName: z.string(),
      withTitle: z.string().nullable(),
      withTimeZone: z.string(),
      myRole: ZRole,
      rule: z
        .object({
          spec: ZCadenceSpec,
          localTime: z.string(),
          timeZone: z.string(),
          durationMinutes: z.number().int(),
          kind: z.enum(["REGULAR", "NO_AGENDA"]),
          /** The rule's next occurrence: the viewer's weekday and time are read there (they move with DST). */
          nextAt: z.date().nullable(),
        })
        .nullable(),
      cadenceStatus: z.enum(["ACTIVE", "PAUSED"]).nullable(),
      lastHeldAt: z.date().nullable(),
      daysSinceLastHeld: z.number().int().nullable(),
      next: z.object({ id: z.string(), startsAt: z.date() }).nullable(),
      overdue: z.boolean(),
    }),
  ),
  upcoming: z.array(ZListedMeeting.extend({ durationMinutes: z.number().int(), kind: ZKind })),
  recent: z.array(ZListedMeeting.extend({ held: z.boolean() })),
  /** The viewer's profile zone: every time on the page is shown in it first. */
  myTimeZone: z.string(),
});

/**
 * Marking a 1:1 held or skipped: its unchecked points and open action items now show on the pair's
 * next open meeting (null when none is scheduled yet), so the page can say what moved and where.
 */
export const ZSetStatusOut = z.object({
  status: z.enum(["HELD", "SKIPPED", "SCHEDULED"]),
  carriedOver: z
    .object({
      points: z.number().int(),
      actionItems: z.number().int(),
      next: z.object({ id: z.string(), startsAt: z.date() }).nullable(),
    })
    .nullable(),
});

const ZRate = { held: z.number().int(), scheduled: z.number().int(), rate: z.number() };
export const ZAdherenceOut = z.object({
  days: z.union([z.literal(30), z.literal(90)]),
  /** HR's numbers come from a rollup refreshed every 10 minutes: when it was; null = computed live. */
  asOf: z.date().nullable(),
  managers: z.array(z.object({ managerId: z.string(), name: z.string(), pairs: z.number().int(), ...ZRate })),
  pairs: z.array(z.object({ managerId: z.string(), reportId: z.string(), reportName: z.string(), ...ZRate })),
});

export const ZPointOut = z.object({
  id: z.string(),
  text: z.string(),
  position: z.number(),
  checkedAt: z.date().nullable(),
  authorId: z.string(),
  meetingId: z.string(),
  createdAt: z.date(),
});
