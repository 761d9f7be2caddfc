// 1:1 factories: cadences, meetings, talking points, action items, private notes, feedback and the
// starter question bank. Each `*Row` builder fills the defaults without touching the database (the
// demo seed batches them with createMany); each `create*` writes one row and returns it.
import type {
  ActionItem,
  Cadence,
  Meeting,
  MeetingFeedback,
  Prisma,
  PrivateNote,
  Question,
  TalkingPoint,
} from "../../generated/prisma/client";
import type { CadenceStatus, MeetingKind, MeetingStatus, Usefulness } from "../../generated/prisma/enums";
import { type Cadence as CadenceRule, type CadenceSpec, toRRule } from "../../lib/cadence";
import { type IsoDate, localDate } from "../../lib/dates";
import { type FactoryDb, newId } from "./util";

/** The question bank every org starts with (DESIGN.md section 1). */
export const STARTER_QUESTIONS = [
  "What are you optimizing for this quarter?",
  "What would make a good week for you?",
  "What skill do you want to grow next?",
  "How are you holding up?",
  "How did your presentation go?",
  "Is now a good time to talk?",
  "What should I start, stop or continue doing for you?",
] as const;

const MINUTE = 60_000;

/** A `@db.Date` value (midnight UTC) from "YYYY-MM-DD" or a Date already in that shape. */
export function dbDate(date: IsoDate | Date): Date {
  return typeof date === "string" ? new Date(`${date}T00:00:00Z`) : date;
}

/** A stored cadence in the shape server/lib/cadence.ts computes with. */
export function cadenceRule(c: Pick<Cadence, "rrule" | "timeZone" | "localTime" | "startDate" | "durationMinutes">) {
  const rule: CadenceRule = {
    rrule: c.rrule,
    timeZone: c.timeZone,
    localTime: c.localTime,
    startDate: c.startDate.toISOString().slice(0, 10),
    durationMinutes: c.durationMinutes,
  };
  return rule;
}

type Pair = { organizationId: string; managerId: string; reportId: string };

async function reportZone(db: FactoryDb, p: Pair): Promise<string> {
  const m = await db.membership.findFirstOrThrow({
    where: { id: p.reportId, organizationId: p.organizationId },
    select: { timeZone: true },
  });
  return m.timeZone;
}

async function meetingPair(db: FactoryDb, organizationId: string, meetingId: string): Promise<Pair> {
  return db.meeting.findFirstOrThrow({
    where: { id: meetingId, organizationId },
    select: { organizationId: true, managerId: true, reportId: true },
  });
}

export type CadenceInput = Pair & {
  id?: string;
  /** Defaults to weekly on Tuesday. */
  spec?: CadenceSpec;
  /** "HH:mm" in timeZone; defaults to "10:00". */
  localTime?: string;
  /** Defaults to the report's time zone. */
  timeZone?: string;
  /** Defaults to today in timeZone. */
  startDate?: IsoDate | Date;
  durationMinutes?: number;
  kind?: MeetingKind;
  status?: CadenceStatus;
  materializedUntil?: Date | null;
  /** Defaults to now when status is ENDED. */
  endedAt?: Date | null;
};

export function cadenceRow(input: CadenceInput & { timeZone: string }, now = new Date()) {
  const status = input.status ?? "ACTIVE";
  return {
    id: input.id ?? newId(),
    organizationId: input.organizationId,
    managerId: input.managerId,
    reportId: input.reportId,
    rrule: toRRule(input.spec ?? { frequency: "WEEKLY", intervalWeeks: 1, weekday: "TU" }),
    timeZone: input.timeZone,
    localTime: input.localTime ?? "10:00",
    startDate: dbDate(input.startDate ?? localDate(now, input.timeZone)),
    durationMinutes: input.durationMinutes ?? 30,
    kind: input.kind ?? "REGULAR",
    status,
    materializedUntil: input.materializedUntil ?? null,
    endedAt: input.endedAt ?? (status === "ENDED" ? now : null),
  } satisfies Prisma.CadenceCreateManyInput;
}

export async function createCadence(db: FactoryDb, input: CadenceInput): Promise<Cadence> {
  const timeZone = input.timeZone ?? (await reportZone(db, input));
  return db.cadence.create({ data: cadenceRow({ ...input, timeZone }) });
}

export type MeetingInput = Pair & {
  id?: string;
  cadenceId?: string | null;
  /** The cadence occurrence's local date; null for an ad-hoc meeting. */
  occurrenceDate?: IsoDate | Date | null;
  startsAt: Date;
  durationMinutes?: number;
  status?: MeetingStatus;
  kind?: MeetingKind;
  /** Defaults to the end of the meeting when status is HELD. */
  heldAt?: Date | null;
  sharedNotes?: string;
  /** Who last saved sharedNotes (a membership id); defaults to the manager. */
  sharedNotesUpdatedBy?: string;
  /** Defaults to the report's time zone. */
  timeZone?: string;
};

export function meetingRow(input: MeetingInput & { timeZone: string }) {
  const status = input.status ?? "SCHEDULED";
  const durationMinutes = input.durationMinutes ?? 30;
  const endsAt = new Date(input.startsAt.getTime() + durationMinutes * MINUTE);
  const heldAt = input.heldAt !== undefined ? input.heldAt : status === "HELD" ? endsAt : null;
  const sharedNotes = input.sharedNotes ?? "";
  const noted = sharedNotes !== "";
  return {
    id: input.id ?? newId(),
    organizationId: input.organizationId,
    cadenceId: input.cadenceId ?? null,
    managerId: input.managerId,
    reportId: input.reportId,
    occurrenceDate: input.occurrenceDate ? dbDate(input.occurrenceDate) : null,
    startsAt: input.startsAt,
    durationMinutes,
    timeZone: input.timeZone,
    status,
    kind: input.kind ?? (input.cadenceId ? "REGULAR" : "AD_HOC"),
    heldAt,
    sharedNotes,
    sharedNotesVersion: noted ? 1 : 0,
    sharedNotesUpdatedAt: noted ? (heldAt ?? endsAt) : null,
    sharedNotesUpdatedBy: noted ? (input.sharedNotesUpdatedBy ?? input.managerId) : null,
  } satisfies Prisma.MeetingCreateManyInput;
}

export async function createMeeting(db: FactoryDb, input: MeetingInput): Promise<Meeting> {
  const timeZone = input.timeZone ?? (await reportZone(db, input));
  return db.meeting.create({ data: meetingRow({ ...input, timeZone }) });
}

type MeetingContent = { organizationId: string; meetingId: string; managerId?: string; reportId?: string };

async function withPair<T extends MeetingContent>(db: FactoryDb, input: T): Promise<T & Pair> {
  if (input.managerId && input.reportId) return input as T & Pair;
  return { ...input, ...(await meetingPair(db, input.organizationId, input.meetingId)) };
}

export type TalkingPointInput = MeetingContent & {
  id?: string;
  /** Defaults to the report. */
  authorId?: string;
  text?: string;
  position?: number;
  createdAt?: Date;
  /** Checked when set; checkedMeetingId defaults to the meeting it was raised in. */
  checkedAt?: Date | null;
  checkedById?: string | null;
  checkedMeetingId?: string | null;
  /** Soft-deleted when set. */
  deletedAt?: Date | null;
};

export function talkingPointRow(input: TalkingPointInput & Pair) {
  const authorId = input.authorId ?? input.reportId;
  const checked = Boolean(input.checkedAt);
  return {
    id: input.id ?? newId(),
    organizationId: input.organizationId,
    meetingId: input.meetingId,
    managerId: input.managerId,
    reportId: input.reportId,
    authorId,
    text: input.text ?? "Something to talk about",
    position: input.position ?? 1,
    checkedAt: input.checkedAt ?? null,
    checkedById: checked ? (input.checkedById ?? authorId) : null,
    checkedMeetingId: checked ? (input.checkedMeetingId ?? input.meetingId) : null,
    deletedAt: input.deletedAt ?? null,
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
  } satisfies Prisma.TalkingPointCreateManyInput;
}

export async function createTalkingPoint(db: FactoryDb, input: TalkingPointInput): Promise<TalkingPoint> {
  return db.talkingPoint.create({ data: talkingPointRow(await withPair(db, input)) });
}

export type ActionItemInput = MeetingContent & {
  id?: string;
  text?: string;
  /** Defaults to the report. */
  ownerId?: string;
  /** Defaults to the manager. */
  createdById?: string;
  dueOn?: IsoDate | Date | null;
  createdAt?: Date;
  completedAt?: Date | null;
  /** The meeting it was ticked off in; defaults to the meeting it was raised in when completed. */
  completedMeetingId?: string | null;
  /** Soft-deleted when set. */
  deletedAt?: Date | null;
};

export function actionItemRow(input: ActionItemInput & Pair) {
  const done = Boolean(input.completedAt);
  return {
    id: input.id ?? newId(),
    organizationId: input.organizationId,
    meetingId: input.meetingId,
    managerId: input.managerId,
    reportId: input.reportId,
    text: input.text ?? "Follow up",
    ownerId: input.ownerId ?? input.reportId,
    createdById: input.createdById ?? input.managerId,
    dueOn: input.dueOn ? dbDate(input.dueOn) : null,
    completedAt: input.completedAt ?? null,
    completedMeetingId: done ? (input.completedMeetingId ?? input.meetingId) : null,
    deletedAt: input.deletedAt ?? null,
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
  } satisfies Prisma.ActionItemCreateManyInput;
}

export async function createActionItem(db: FactoryDb, input: ActionItemInput): Promise<ActionItem> {
  return db.actionItem.create({ data: actionItemRow(await withPair(db, input)) });
}

export type PrivateNoteInput = {
  organizationId: string;
  meetingId: string;
  authorId: string;
  id?: string;
  body?: string;
  createdAt?: Date;
};

export function privateNoteRow(input: PrivateNoteInput) {
  return {
    id: input.id ?? newId(),
    organizationId: input.organizationId,
    meetingId: input.meetingId,
    authorId: input.authorId,
    body: input.body ?? "A note for myself",
    ...(input.createdAt ? { createdAt: input.createdAt, updatedAt: input.createdAt } : {}),
  } satisfies Prisma.PrivateNoteCreateManyInput;
}

export async function createPrivateNote(db: FactoryDb, input: PrivateNoteInput): Promise<PrivateNote> {
  return db.privateNote.create({ data: privateNoteRow(input) });
}

export type FeedbackInput = {
  organizationId: string;
  meetingId: string;
  /** Defaults to the meeting's report. */
  reportId?: string;
  rating?: Usefulness;
  comment?: string | null;
  createdAt?: Date;
};

export function feedbackRow(input: FeedbackInput & { reportId: string }) {
  return {
    organizationId: input.organizationId,
    meetingId: input.meetingId,
    reportId: input.reportId,
    rating: input.rating ?? "YES",
    comment: input.comment ?? null,
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
  } satisfies Prisma.MeetingFeedbackCreateManyInput;
}

export async function createMeetingFeedback(db: FactoryDb, input: FeedbackInput): Promise<MeetingFeedback> {
  const reportId = input.reportId ?? (await meetingPair(db, input.organizationId, input.meetingId)).reportId;
  return db.meetingFeedback.create({ data: feedbackRow({ ...input, reportId }) });
}

/** Copies the starter questions into the org's bank (existing texts are kept); returns the bank. */
export async function seedQuestionBank(db: FactoryDb, organizationId: string): Promise<Question[]> {
  await db.question.createMany({
    data: STARTER_QUESTIONS.map((text) => ({ organizationId, text })),
    skipDuplicates: true,
  });
  return db.question.findMany({ where: { organizationId }, orderBy: { createdAt: "asc" } });
}
