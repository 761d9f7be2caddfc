// The 1:1 page and the meeting lifecycle. Carry-over is a query: a meeting that is still ahead
// (not held or skipped) shows every unchecked point and open action item of its pair from earlier
// meetings; a finished meeting shows what was raised, checked or completed in it. Deleted points
// and items (soft delete) show nowhere.
import "server-only";
import type { OrgCtx } from "../../lib/context";
import { badRequest, forbidden, notFound } from "../../lib/errors";
import { countsAsHeld } from "../../lib/held-sql";
import { can } from "../../policy";
import { type MeetingRow, meetingFor, pairViewer } from "./access";
import { NO_AGENDA_QUESTION } from "./cadences.service";
import { announceChange } from "./live.service";

const isOpen = (m: Pick<MeetingRow, "status">) => m.status === "SCHEDULED" || m.status === "RESCHEDULED";

export async function getMeeting(ctx: OrgCtx, meetingId: string) {
  const m = await meetingFor(ctx, meetingId, "view");
  const pair = { organizationId: ctx.org.id, managerId: m.managerId, reportId: m.reportId };
  const open = isOpen(m);
  const [points, items, privateNote, feedback, questions, history, next] = await Promise.all([
    ctx.db.talkingPoint.findMany({
      where: {
        ...pair,
        deletedAt: null,
        OR: [
          { meetingId: m.id },
          { checkedMeetingId: m.id },
          ...(open ? [{ checkedAt: null, meeting: { startsAt: { lt: m.startsAt } } }] : []),
        ],
      },
      orderBy: [{ checkedAt: { sort: "asc", nulls: "first" } }, { position: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        text: true,
        position: true,
        checkedAt: true,
        authorId: true,
        meetingId: true,
        checkedMeetingId: true,
        createdAt: true,
        meeting: { select: { startsAt: true } },
      },
    }),
    ctx.db.actionItem.findMany({
      where: {
        ...pair,
        deletedAt: null,
        OR: [
          { meetingId: m.id },
          { completedMeetingId: m.id },
          ...(open ? [{ completedAt: null, meeting: { startsAt: { lt: m.startsAt } } }] : []),
        ],
      },
      orderBy: [
        { completedAt: { sort: "asc", nulls: "first" } },
        { dueOn: { sort: "asc", nulls: "last" } },
        { createdAt: "asc" },
      ],
      select: {
        id: true,
        text: true,
        ownerId: true,
        dueOn: true,
        completedAt: true,
        meetingId: true,
        createdAt: true,
        createdById: true,
        meeting: { select: { startsAt: true } },
      },
    }),
    // Private notes: the caller's own, always filtered by author. Nobody else's is ever loaded.
    ctx.db.privateNote.findFirst({
      where: { organizationId: ctx.org.id, meetingId: m.id, authorId: ctx.me.id },
      select: { body: true, updatedAt: true },
    }),
    m.reportId === ctx.me.id
      ? ctx.db.meetingFeedback.findFirst({
          where: { organizationId: ctx.org.id, meetingId: m.id },
          select: { rating: true, comment: true },
        })
      : Promise.resolve(null),
    ctx.db.question.findMany({
      where: { organizationId: ctx.org.id, archivedAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, text: true },
    }),
    ctx.db.meeting.findMany({
      where: { ...pair, startsAt: { lt: m.startsAt }, status: { not: "SKIPPED" } },
      orderBy: { startsAt: "desc" },
      take: 5,
      select: { id: true, startsAt: true, status: true, sharedNotes: true },
    }),
    ctx.db.meeting.findFirst({
      where: { ...pair, startsAt: { gt: m.startsAt }, status: { in: ["SCHEDULED", "RESCHEDULED"] } },
      orderBy: { startsAt: "asc" },
      select: { id: true, startsAt: true },
    }),
  ]);
  const { manager, report } = m;
  // Everything the held rule looks at is on this page already: no extra query.
  const held = countsAsHeld({
    status: m.status,
    sharedNotes: m.sharedNotes,
    hasCheckedPoint: points.some((p) => p.checkedMeetingId === m.id),
    hasActionItem: items.some((i) => i.meetingId === m.id),
  });
  const viewer = await pairViewer(ctx, m); // cached since meetingFor
  const pairIds = { managerId: m.managerId, reportId: m.reportId };
  const today = new Date().toISOString().slice(0, 10);
  return {
    meeting: {
      id: m.id,
      startsAt: m.startsAt,
      durationMinutes: m.durationMinutes,
      timeZone: m.timeZone,
      status: m.status,
      kind: m.kind,
      heldAt: m.heldAt,
      countsAsHeld: held,
      fromCadence: m.cadenceId !== null,
      sharedNotes: m.sharedNotes,
      sharedNotesVersion: m.sharedNotesVersion,
      sharedNotesUpdatedAt: m.sharedNotesUpdatedAt,
      sharedNotesUpdatedBy: [manager, report].find((p) => p.id === m.sharedNotesUpdatedBy)?.name ?? null,
    },
    manager,
    report,
    talkingPoints: points.map(({ meeting, checkedMeetingId: _checkedIn, ...p }) => ({
      ...p,
      carriedFrom: p.meetingId === m.id ? null : meeting.startsAt,
    })),
    actionItems: items.map(({ meeting, dueOn, ...i }) => {
      const due = dueOn?.toISOString().slice(0, 10) ?? null;
      return {
        ...i,
        dueOn: due,
        overdue: !i.completedAt && due !== null && due < today,
        carriedFrom: i.meetingId === m.id ? null : meeting.startsAt,
      };
    }),
    privateNote: privateNote ?? null,
    feedback,
    questions,
    history: history.map((h) => ({
      id: h.id,
      startsAt: h.startsAt,
      status: h.status,
      notesPreview: h.sharedNotes.slice(0, 280),
    })),
    /** The pair's next open meeting after this one, for "Go to next 1:1". */
    next,
    me: {
      id: ctx.me.id,
      role:
        m.managerId === ctx.me.id
          ? ("MANAGER" as const)
          : m.reportId === ctx.me.id
            ? ("REPORT" as const)
            : ("OBSERVER" as const),
      canEdit: can(viewer, "oneOnOne.edit", pairIds),
      timeZone: ctx.me.timeZone,
    },
  };
}

export async function setMeetingStatus(ctx: OrgCtx, meetingId: string, status: "HELD" | "SKIPPED" | "SCHEDULED") {
  const m = await meetingFor(ctx, meetingId, "edit");
  if (status === "HELD" && m.startsAt.getTime() > Date.now() + 60 * 60_000) {
    throw badRequest("A 1:1 can be marked held from an hour before it starts");
  }
  await ctx.db.meeting.update({
    where: { organizationId_id: { organizationId: ctx.org.id, id: m.id } },
    data: { status, heldAt: status === "HELD" ? new Date() : null },
  });
  await announceChange(ctx, m);
  return { status, carriedOver: status === "SCHEDULED" ? null : await carriedOver(ctx, m) };
}

/**
 * What a finished meeting hands on: every unchecked point and open action item raised in it or
 * carried into it (raised in a meeting of the pair up to its start), and the pair's next open
 * meeting, where they now show (getMeeting's carry-over query).
 */
async function carriedOver(ctx: OrgCtx, m: MeetingRow) {
  const pair = { organizationId: ctx.org.id, managerId: m.managerId, reportId: m.reportId };
  const upTo = { meeting: { startsAt: { lte: m.startsAt } } };
  const [points, actionItems, next] = await Promise.all([
    ctx.db.talkingPoint.count({ where: { ...pair, checkedAt: null, ...upTo } }),
    ctx.db.actionItem.count({ where: { ...pair, completedAt: null, ...upTo } }),
    ctx.db.meeting.findFirst({
      where: { ...pair, startsAt: { gt: m.startsAt }, status: { in: ["SCHEDULED", "RESCHEDULED"] } },
      orderBy: { startsAt: "asc" },
      select: { id: true, startsAt: true },
    }),
  ]);
  return { points, actionItems, next };
}

/** Moves a meeting to a new time; points, notes and items stay attached. */
export async function reschedule(ctx: OrgCtx, meetingId: string, startsAt: Date) {
  const m = await meetingFor(ctx, meetingId, "edit");
  if (!isOpen(m)) throw badRequest("Only an upcoming 1:1 can be rescheduled");
  if (startsAt.getTime() < Date.now() - 5 * 60_000)
    throw badRequest("Pick a time in the future", { startsAt: ["Pick a time in the future"] });
  await ctx.db.meeting.update({
    where: { organizationId_id: { organizationId: ctx.org.id, id: m.id } },
    data: { startsAt, status: "RESCHEDULED" },
  });
  await announceChange(ctx, m);
  return { startsAt };
}

/** A one-off 1:1 with a direct report or with my own manager. */
export async function createAdHoc(
  ctx: OrgCtx,
  input: { withId: string; startsAt: Date; durationMinutes: number; kind: "AD_HOC" | "NO_AGENDA" },
) {
  const other = await ctx.db.membership.findFirst({
    where: { id: input.withId, organizationId: ctx.org.id, status: "ACTIVE" },
    select: { id: true, managerId: true, timeZone: true },
  });
  if (!other) throw notFound("Person not found");
  const me = await ctx.db.membership.findFirstOrThrow({
    where: { id: ctx.me.id, organizationId: ctx.org.id },
    select: { managerId: true },
  });
  const pair =
    other.managerId === ctx.me.id
      ? { managerId: ctx.me.id, reportId: other.id }
      : me.managerId === other.id
        ? { managerId: other.id, reportId: ctx.me.id }
        : null;
  if (!pair) throw forbidden("1:1s are between a manager and a direct report");
  if (input.startsAt.getTime() < Date.now() - 24 * 3_600_000)
    throw badRequest("Pick a time from today on", { startsAt: ["Pick a time from today on"] });
  const meeting = await ctx.db.meeting.create({
    data: {
      organizationId: ctx.org.id,
      ...pair,
      startsAt: input.startsAt,
      durationMinutes: input.durationMinutes,
      timeZone: other.managerId === ctx.me.id ? other.timeZone : ctx.me.timeZone,
      kind: input.kind,
    },
    select: { id: true },
  });
  if (input.kind === "NO_AGENDA") {
    await ctx.db.talkingPoint.create({
      data: {
        organizationId: ctx.org.id,
        meetingId: meeting.id,
        ...pair,
        authorId: pair.managerId,
        text: NO_AGENDA_QUESTION,
        position: 1,
      },
    });
  }
  return meeting;
}
