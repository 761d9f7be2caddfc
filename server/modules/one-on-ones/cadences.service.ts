// Cadences: one live rule per manager-report pair, and the meetings it materializes. Meetings are
// created ahead of time up to a horizon (HORIZON_DAYS) by the hourly materialize job (upkeep.service.ts)
// and by the writes that change a rule, never by reads, so history is plain rows (fast to query
// for years) and the future follows the current rule.
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import { type CadenceSpec, occurrencesBetween, parseRRule, toRRule } from "../../lib/cadence";
import { atomic, type DbHandle, type OrgCtx } from "../../lib/context";
import { localDate } from "../../lib/dates";
import { badRequest, forbidden, notFound } from "../../lib/errors";
import type { TSetCadence } from "./one-on-ones.schema";

export const HORIZON_DAYS = 56;
const DAY = 86_400_000;
export const NO_AGENDA_QUESTION = "How are things, really?";

type CadenceRow = Prisma.CadenceGetPayload<object>;

const toCadence = (c: CadenceRow) => ({
  rrule: c.rrule,
  timeZone: c.timeZone,
  localTime: c.localTime,
  startDate: c.startDate.toISOString().slice(0, 10),
  durationMinutes: c.durationMinutes,
});

/** Creates the meetings of live cadences up to now + HORIZON_DAYS (idempotent, batched). */
export async function materialize(db: DbHandle, organizationId: string, cadenceIds: string[], now = new Date()) {
  if (cadenceIds.length === 0) return;
  const until = new Date(now.getTime() + HORIZON_DAYS * DAY);
  const cadences = await db.cadence.findMany({
    where: {
      organizationId,
      id: { in: cadenceIds },
      status: "ACTIVE",
      OR: [{ materializedUntil: null }, { materializedUntil: { lt: new Date(until.getTime() - DAY) } }],
    },
  });
  if (cadences.length === 0) return;
  const rows: Prisma.MeetingCreateManyInput[] = [];
  for (const c of cadences) {
    // Never back-fill the past: a new or changed rule starts from now.
    const from = new Date(
      Math.max(c.materializedUntil?.getTime() ?? 0, now.getTime() - DAY, c.startDate.getTime() - DAY),
    );
    for (const o of occurrencesBetween(toCadence(c), from, until)) {
      rows.push({
        organizationId,
        cadenceId: c.id,
        managerId: c.managerId,
        reportId: c.reportId,
        occurrenceDate: new Date(`${o.localDate}T00:00:00Z`),
        startsAt: o.startsAt,
        durationMinutes: c.durationMinutes,
        timeZone: c.timeZone,
        kind: c.kind,
      });
    }
  }
  await db.meeting.createMany({ data: rows, skipDuplicates: true });
  await db.cadence.updateMany({
    where: { organizationId, id: { in: cadences.map((c) => c.id) } },
    data: { materializedUntil: until },
  });
  if (cadences.some((c) => c.kind === "NO_AGENDA")) await seedNoAgendaQuestion(db, organizationId);
}

/** A no-agenda check-in starts with a single open question, raised by the manager. */
async function seedNoAgendaQuestion(db: DbHandle, organizationId: string) {
  const bare = await db.meeting.findMany({
    where: {
      organizationId,
      kind: "NO_AGENDA",
      status: "SCHEDULED",
      startsAt: { gt: new Date() },
      // Deleted points count here: a question someone removed is not seeded again.
      talkingPoints: { none: {} },
    },
    select: { id: true, managerId: true, reportId: true },
    take: 500,
  });
  if (bare.length === 0) return;
  await db.talkingPoint.createMany({
    data: bare.map((m) => ({
      organizationId,
      meetingId: m.id,
      managerId: m.managerId,
      reportId: m.reportId,
      authorId: m.managerId,
      text: NO_AGENDA_QUESTION,
      position: 1,
    })),
  });
}

/** Future meetings of a cadence that nobody has written anything in yet (deleted points and items are nothing). */
function emptyFutureMeetings(cadenceId: string, organizationId: string, now: Date): Prisma.MeetingWhereInput {
  return {
    organizationId,
    cadenceId,
    startsAt: { gt: now },
    status: "SCHEDULED",
    sharedNotes: "",
    talkingPoints: { none: { deletedAt: null } },
    actionItems: { none: { deletedAt: null } },
    privateNotes: { none: {} },
  };
}

/**
 * Ends or pauses the future of a cadence: empty future meetings go; future meetings someone already
 * prepared (points, notes) stay as one-off meetings so nothing written is lost.
 */
async function clearFuture(db: DbHandle, organizationId: string, cadenceId: string, now: Date) {
  await db.meeting.deleteMany({ where: emptyFutureMeetings(cadenceId, organizationId, now) });
  await db.meeting.updateMany({
    where: { organizationId, cadenceId, startsAt: { gt: now }, status: "SCHEDULED" },
    data: { cadenceId: null, occurrenceDate: null, kind: "AD_HOC" },
  });
}

function ruleFrom(input: Pick<TSetCadence, "spec" | "rrule">): string {
  if (input.spec) return toRRule(input.spec as CadenceSpec);
  if (!input.rrule) throw badRequest("Give a cadence rule", { rrule: ["Pick how often you meet"] });
  try {
    return toRRule(parseRRule(input.rrule));
  } catch (e) {
    throw badRequest(e instanceof Error ? e.message : "Invalid RRULE", { rrule: ["Unsupported or invalid RRULE"] });
  }
}

async function directReport(ctx: OrgCtx, reportId: string) {
  const report = await ctx.db.membership.findFirst({
    where: { id: reportId, organizationId: ctx.org.id, status: "ACTIVE" },
    select: { id: true, managerId: true, timeZone: true },
  });
  if (!report) throw notFound("Person not found");
  if (report.managerId !== ctx.me.id) throw forbidden("Only a person's manager sets their 1:1 cadence");
  return report;
}

/** Creates or changes the pair's cadence. Only future meetings change; held ones never do. */
export async function setCadence(ctx: OrgCtx, input: TSetCadence, now = new Date()) {
  const report = await directReport(ctx, input.reportId);
  const rrule = ruleFrom(input);
  const today = localDate(now, input.timeZone);
  if (input.startDate < today) {
    throw badRequest("A cadence cannot start in the past", { startDate: [`Pick ${today} or later`] });
  }
  const data = {
    rrule,
    timeZone: input.timeZone,
    localTime: input.localTime,
    startDate: new Date(`${input.startDate}T00:00:00Z`),
    durationMinutes: input.durationMinutes,
    kind: input.kind,
    status: "ACTIVE" as const,
    materializedUntil: null,
  };
  const live = await ctx.db.cadence.findFirst({
    where: { organizationId: ctx.org.id, managerId: ctx.me.id, reportId: report.id, status: { not: "ENDED" } },
    select: { id: true },
  });
  return atomic(ctx, async ({ db }) => {
    const cadence = live
      ? await clearFuture(db, ctx.org.id, live.id, now).then(() => db.cadence.update({ where: { id: live.id }, data }))
      : await db.cadence.create({
          data: { ...data, organizationId: ctx.org.id, managerId: ctx.me.id, reportId: report.id },
        });
    await materialize(db, ctx.org.id, [cadence.id], now);
    return { id: cadence.id };
  });
}

export async function pauseOrResume(ctx: OrgCtx, reportId: string, action: "pause" | "resume", now = new Date()) {
  await directReport(ctx, reportId);
  const live = await ctx.db.cadence.findFirst({
    where: { organizationId: ctx.org.id, managerId: ctx.me.id, reportId, status: { not: "ENDED" } },
    select: { id: true },
  });
  if (!live) throw notFound("No cadence for this person yet");
  await atomic(ctx, async ({ db }) => {
    if (action === "pause") {
      await clearFuture(db, ctx.org.id, live.id, now);
      await db.cadence.update({ where: { id: live.id }, data: { status: "PAUSED", materializedUntil: null } });
    } else {
      await db.cadence.update({ where: { id: live.id }, data: { status: "ACTIVE", materializedUntil: null } });
      await materialize(db, ctx.org.id, [live.id], now);
    }
  });
  return { status: action === "pause" ? ("PAUSED" as const) : ("ACTIVE" as const) };
}

/** The org default for a new pair (weekly 30 min, staggered Tue-Thu 10:00-11:30 local). */
export function defaultCadenceFor(index: number, timeZone: string, today: string) {
  const weekdays = ["TU", "WE", "TH"] as const;
  const weekday = weekdays[index % 3] ?? "TU";
  const slot = Math.floor(index / 3) % 4;
  return {
    rrule: toRRule({ frequency: "WEEKLY", intervalWeeks: 1, weekday }),
    localTime: `${String(10 + Math.floor(slot / 2)).padStart(2, "0")}:${slot % 2 ? "30" : "00"}`,
    timeZone,
    startDate: new Date(`${today}T00:00:00Z`),
    durationMinutes: 30,
  };
}

export type Handover = {
  organizationId: string;
  reportId: string;
  /** The manager whose pair ends (null: the person had none, or is coming back). */
  fromManagerId: string | null;
  /** The manager whose pair starts (null: the person has none now, or is leaving). */
  toManagerId: string | null;
  now?: Date;
};

/**
 * A reporting line changed: the old pair's cadence ends, a new one starts with the new manager
 * (same rule), and open action items and unchecked talking points move to the new pair. Private
 * notes stay with their author on the old meetings. Only an active person gets a new cadence, and
 * never a second live one. Atomic, and joins the caller's unit of work (a manager change).
 */
export async function handOverPair(db: DbHandle, h: Handover) {
  const { organizationId, reportId, fromManagerId, toManagerId, now = new Date() } = h;
  await atomic({ db }, async ({ db: tx }) => {
    const old = fromManagerId
      ? await tx.cadence.findFirst({
          where: { organizationId, managerId: fromManagerId, reportId, status: { not: "ENDED" } },
        })
      : null;
    if (old) {
      await clearFuture(tx, organizationId, old.id, now);
      await tx.cadence.update({ where: { id: old.id }, data: { status: "ENDED", endedAt: now } });
    }
    if (fromManagerId && toManagerId) {
      // Deleted open ones move too, so that an undo brings them back on the new pair's 1:1s.
      const pairWhere = { organizationId, managerId: fromManagerId, reportId };
      await tx.actionItem.updateMany({ where: { ...pairWhere, completedAt: null }, data: { managerId: toManagerId } });
      await tx.talkingPoint.updateMany({ where: { ...pairWhere, checkedAt: null }, data: { managerId: toManagerId } });
    }
    if (!toManagerId) return;
    const report = await tx.membership.findFirst({
      where: { id: reportId, organizationId },
      select: { timeZone: true, status: true },
    });
    if (report?.status !== "ACTIVE") return;
    const existing = await tx.cadence.findFirst({
      where: { organizationId, managerId: toManagerId, reportId, status: { not: "ENDED" } },
      select: { id: true },
    });
    if (existing) return;
    const base = old ? toCadence(old) : null;
    const created = await tx.cadence.create({
      data: {
        organizationId,
        managerId: toManagerId,
        reportId,
        ...(base && old
          ? {
              rrule: base.rrule,
              localTime: base.localTime,
              timeZone: base.timeZone,
              durationMinutes: base.durationMinutes,
              kind: old.kind,
            }
          : defaultCadenceFor(0, report.timeZone, localDate(now, report.timeZone))),
        startDate: new Date(`${localDate(now, base?.timeZone ?? report.timeZone)}T00:00:00Z`),
      },
    });
    await materialize(tx, organizationId, [created.id], now);
  });
}
