// The demo seed's 1:1s (every pair has a cadence, history, exactly two overdue pairs, the
// Marcus/Priya story) and the 1:1 factories.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../../prisma/seed";
import { cadenceIntervalDays, isOverdue } from "../../lib/cadence";
import { setupTestDb, type TestDb } from "../db";
import {
  createActionItem,
  createCadence,
  createMeeting,
  createOrg,
  createPerson,
  createPrivateNote,
  createTalkingPoint,
  STARTER_QUESTIONS,
  seedQuestionBank,
} from ".";

const DAY = 86_400_000;
let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());

const orgId = async (slug: string) => (await t.db.organization.findUniqueOrThrow({ where: { slug } })).id;

describe("seedDemo 1:1s", () => {
  const now = new Date();
  let nw: string;
  beforeAll(async () => {
    await t.reset();
    await seedDemo(t.db, { now });
    nw = await orgId("northwind");
  });

  const named = async (name: string) =>
    t.db.membership.findFirstOrThrow({ where: { organizationId: nw, name }, select: { id: true } });

  /** Pair key -> last instant a 1:1 counted as held (DESIGN.md: marked held, or any note, checked point or item). */
  async function lastHeld(organizationId: string) {
    const meetings = await t.db.meeting.findMany({ where: { organizationId, startsAt: { lte: now } } });
    const checked = await t.db.talkingPoint.findMany({ where: { organizationId, checkedMeetingId: { not: null } } });
    const items = await t.db.actionItem.findMany({ where: { organizationId }, select: { meetingId: true } });
    const touched = new Set([...checked.map((p) => p.checkedMeetingId), ...items.map((i) => i.meetingId)]);
    const last = new Map<string, Date>();
    for (const m of meetings) {
      const held = m.status === "HELD" || (m.status !== "SKIPPED" && (m.sharedNotes !== "" || touched.has(m.id)));
      const at = m.heldAt ?? m.startsAt;
      const key = `${m.managerId}:${m.reportId}`;
      if (held && at > (last.get(key) ?? new Date(0))) last.set(key, at);
    }
    return last;
  }

  it("gives every active manager -> direct report pair exactly one live cadence", async () => {
    const people = await t.db.membership.findMany({ where: { organizationId: nw, status: "ACTIVE" } });
    const active = new Set(people.map((p) => p.id));
    const pairs = people.filter((p) => p.managerId && active.has(p.managerId)).map((p) => `${p.managerId}:${p.id}`);
    const live = await t.db.cadence.findMany({ where: { organizationId: nw, status: { not: "ENDED" } } });
    expect(live.map((c) => `${c.managerId}:${c.reportId}`).sort()).toEqual(pairs.sort());
    expect(pairs.length).toBeGreaterThan(30);
    const rules = live.map((c) => c.rrule);
    expect(rules.filter((r) => r.startsWith("FREQ=WEEKLY;BYDAY")).length).toBeGreaterThan(20);
    expect(rules.some((r) => r.includes("INTERVAL=2"))).toBe(true);
    expect(rules.filter((r) => r.startsWith("FREQ=MONTHLY"))).toHaveLength(1);
    for (const c of live) expect(c.materializedUntil?.getTime()).toBe(now.getTime() + 28 * DAY);
  });

  it("materializes meetings from ~6 months back to 4 weeks ahead, future ones scheduled", async () => {
    const meetings = await t.db.meeting.findMany({ where: { organizationId: nw }, orderBy: { startsAt: "asc" } });
    const first = meetings[0]?.startsAt.getTime() ?? 0;
    const last = meetings.at(-1)?.startsAt.getTime() ?? 0;
    expect(now.getTime() - first).toBeGreaterThan(170 * DAY);
    expect(now.getTime() - first).toBeLessThan(190 * DAY);
    expect(last - now.getTime()).toBeGreaterThan(21 * DAY);
    expect(last - now.getTime()).toBeLessThan(28 * DAY);
    const future = meetings.filter((m) => m.startsAt > now);
    expect(future.every((m) => m.status === "SCHEDULED" && m.heldAt === null && m.sharedNotes === "")).toBe(true);
    const past = meetings.filter((m) => m.startsAt.getTime() + m.durationMinutes * 60_000 <= now.getTime());
    const share = (s: string) => past.filter((m) => m.status === s).length / past.length;
    expect(share("HELD")).toBeGreaterThan(0.8);
    expect(share("SKIPPED")).toBeGreaterThan(0.04);
    expect(share("SKIPPED")).toBeLessThan(0.12);
    expect(past.some((m) => m.status === "SCHEDULED")).toBe(true);
    expect(past.filter((m) => m.sharedNotes !== "").length).toBeGreaterThan(past.length / 3);
  });

  it("has exactly two overdue pairs by the cadence + 50% rule, one of them in Marcus Chen's team", async () => {
    const last = await lastHeld(nw);
    const cadences = await t.db.cadence.findMany({
      where: { organizationId: nw, status: "ACTIVE" },
      include: { manager: true, report: true },
    });
    const overdue = cadences.filter((c) =>
      isOverdue(last.get(`${c.managerId}:${c.reportId}`) ?? null, c.startDate, cadenceIntervalDays(c.rrule), now),
    );
    expect(overdue.map((c) => c.report.name).sort()).toEqual(["Henry Walsh", "Kenji Watanabe"]);
    expect(overdue.map((c) => c.manager.name)).toContain("Marcus Chen");
  });

  it("gives Marcus and Priya a weekly 1:1 this week with 2 carried-over points and 1 open item", async () => {
    const pair = {
      organizationId: nw,
      managerId: (await named("Marcus Chen")).id,
      reportId: (await named("Priya Patel")).id,
    };
    const cadence = await t.db.cadence.findFirstOrThrow({ where: { ...pair, status: "ACTIVE" } });
    expect(cadenceIntervalDays(cadence.rrule)).toBe(7);
    const next = await t.db.meeting.findFirstOrThrow({
      where: { ...pair, startsAt: { gt: now } },
      orderBy: { startsAt: "asc" },
    });
    expect(next.startsAt.getTime() - now.getTime()).toBeLessThanOrEqual(7 * DAY);
    const points = await t.db.talkingPoint.findMany({
      where: { ...pair, checkedAt: null },
      include: { meeting: true },
    });
    expect(points).toHaveLength(2);
    for (const p of points) expect(p.meeting.startsAt < now).toBe(true);
    const items = await t.db.actionItem.findMany({ where: { ...pair, completedAt: null } });
    expect(items.map((i) => i.ownerId)).toEqual([pair.reportId]);
    const held = await t.db.meeting.count({ where: { ...pair, status: "HELD", sharedNotes: { not: "" } } });
    expect(held).toBeGreaterThan(15);
  });

  it("leaves realistic content: overdue items, private notes by participants, one unhappy rating", async () => {
    const today = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
    const overdueItems = await t.db.actionItem.count({
      where: { organizationId: nw, completedAt: null, dueOn: { lt: today } },
    });
    expect(overdueItems).toBeGreaterThanOrEqual(2);
    expect(await t.db.actionItem.count({ where: { organizationId: nw, completedAt: { not: null } } })).toBeGreaterThan(
      100,
    );
    const notes = await t.db.privateNote.findMany({ where: { organizationId: nw }, include: { meeting: true } });
    expect(notes.length).toBeGreaterThan(20);
    for (const n of notes) expect([n.meeting.managerId, n.meeting.reportId]).toContain(n.authorId);
    const feedback = await t.db.meetingFeedback.findMany({ where: { organizationId: nw }, include: { meeting: true } });
    expect(feedback.filter((f) => f.rating === "NO").map((f) => Boolean(f.comment))).toEqual([true]);
    expect(feedback.filter((f) => f.rating === "YES").length).toBeGreaterThan(feedback.length / 2);
    for (const f of feedback) expect([f.meeting.status, f.reportId]).toEqual(["HELD", f.meeting.reportId]);
    const checked = await t.db.talkingPoint.findMany({
      where: { organizationId: nw, checkedMeetingId: { not: null } },
    });
    const checkedIn = await t.db.meeting.findMany({
      where: { id: { in: checked.map((p) => p.checkedMeetingId ?? "") } },
    });
    expect(checkedIn.every((m) => m.status === "HELD")).toBe(true);
  });

  it("keeps each tenant's 1:1s inside it; Globex gets a light version", async () => {
    const gx = await orgId("globex");
    const meetings = await t.db.meeting.findMany({ include: { manager: true, report: true, cadence: true } });
    for (const m of meetings) {
      expect([m.manager.organizationId, m.report.organizationId, m.cadence?.organizationId]).toEqual(
        Array(3).fill(m.organizationId),
      );
    }
    expect(await t.db.cadence.count({ where: { organizationId: gx } })).toBe(1);
    const gxPast = await t.db.meeting.count({ where: { organizationId: gx, startsAt: { lt: now } } });
    expect(gxPast).toBeGreaterThanOrEqual(2);
    for (const id of [nw, gx]) expect(await t.db.question.count({ where: { organizationId: id } })).toBe(7);
  });

  it("is still idempotent", async () => {
    const count = () => Promise.all([t.db.cadence.count(), t.db.meeting.count(), t.db.talkingPoint.count()]);
    const before = await count();
    await seedDemo(t.db, { now });
    expect(await count()).toEqual(before);
  });
});

describe("1:1 factories", () => {
  beforeAll(() => t.reset());

  it("create a weekly Tuesday 10:00 cadence in the report's zone, meetings and their content", async () => {
    const o = await createOrg(t.db);
    const manager = await createPerson(t.db, { organizationId: o.id, role: "MANAGER" });
    const report = await createPerson(t.db, { organizationId: o.id, managerId: manager.id, timeZone: "Asia/Tokyo" });
    const pair = { organizationId: o.id, managerId: manager.id, reportId: report.id };
    const cadence = await createCadence(t.db, pair);
    expect(cadence).toMatchObject({ rrule: "FREQ=WEEKLY;BYDAY=TU", localTime: "10:00", timeZone: "Asia/Tokyo" });
    expect(cadence).toMatchObject({ durationMinutes: 30, status: "ACTIVE", kind: "REGULAR" });

    const startsAt = new Date("2026-03-03T01:00:00Z");
    const meeting = await createMeeting(t.db, {
      ...pair,
      cadenceId: cadence.id,
      occurrenceDate: "2026-03-03",
      startsAt,
      status: "HELD",
    });
    expect(meeting).toMatchObject({
      timeZone: "Asia/Tokyo",
      heldAt: new Date("2026-03-03T01:30:00Z"),
      kind: "REGULAR",
    });
    expect(meeting.occurrenceDate?.toISOString()).toBe("2026-03-03T00:00:00.000Z");

    const base = { organizationId: o.id, meetingId: meeting.id };
    const point = await createTalkingPoint(t.db, { ...base, checkedAt: startsAt });
    expect(point).toMatchObject({ ...pair, authorId: report.id, checkedById: report.id, checkedMeetingId: meeting.id });
    const item = await createActionItem(t.db, { ...base, dueOn: "2026-03-10" });
    expect(item).toMatchObject({
      ownerId: report.id,
      createdById: manager.id,
      completedAt: null,
      completedMeetingId: null,
    });
    const note = await createPrivateNote(t.db, { ...base, authorId: manager.id, body: "Mine only" });
    expect(note).toMatchObject({ authorId: manager.id, body: "Mine only" });
  });

  it("seedQuestionBank copies the starter questions once", async () => {
    const o = await createOrg(t.db);
    await seedQuestionBank(t.db, o.id);
    const bank = await seedQuestionBank(t.db, o.id);
    expect(bank.map((q) => q.text).sort()).toEqual([...STARTER_QUESTIONS].sort());
  });
});
