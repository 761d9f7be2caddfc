// 1:1s across reporting-line changes, and adherence on a fixed data set.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { materializeMeetings } from "../../jobs/materialize-meetings";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { type OneOnOneWorld, oneOnOneWorld, pastMeeting as pastMeetingIn } from "../../test/one-on-one-world";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

const DAY = 86_400_000;
const _isoIn = (days: number, zone = "UTC") =>
  new Date(Date.now() + days * DAY).toLocaleDateString("en-CA", { timeZone: zone });

const world = () => oneOnOneWorld(t.db);
const pastMeeting = (w: OneOnOneWorld, daysAgo: number, data: Record<string, unknown> = {}) =>
  pastMeetingIn(t.db, w, daysAgo, data);

describe("manager change handover", () => {
  it("ends the old cadence, starts one with the new manager and moves open work; private notes stay", async () => {
    const w = await world();
    await materializeMeetings(t.db); // default cadences and their meetings
    const m = await pastMeeting(w, 2);
    const mgr = w.as(w.manager);
    const open = await mgr.addPoint({ org: "acme", meetingId: m.id, text: "Open topic" });
    const done = await mgr.addPoint({ org: "acme", meetingId: m.id, text: "Done topic" });
    await mgr.checkPoint({ org: "acme", meetingId: m.id, pointId: done.id, checked: true });
    await mgr.addActionItem({ org: "acme", meetingId: m.id, text: "Open item", ownerId: w.report.id });
    await mgr.savePrivateNote({ org: "acme", meetingId: m.id, body: "manager's own thoughts" });

    await callerFor(t.db, w.admin.userId).people.changeManager({
      org: "acme",
      personId: w.report.id,
      managerId: w.boss.id,
    });

    const cadences = await t.db.cadence.findMany({ where: { reportId: w.report.id }, orderBy: { createdAt: "asc" } });
    expect(cadences.map((c) => [c.managerId, c.status])).toEqual([
      [w.manager.id, "ENDED"],
      [w.boss.id, "ACTIVE"],
    ]);
    expect(
      await t.db.meeting.count({
        where: { managerId: w.manager.id, reportId: w.report.id, startsAt: { gt: new Date() } },
      }),
    ).toBe(0);
    const next = await t.db.meeting.findFirstOrThrow({
      where: { managerId: w.boss.id, reportId: w.report.id },
      orderBy: { startsAt: "asc" },
    });
    const page = await callerFor(t.db, w.boss.userId).oneOnOnes.get({ org: "acme", meetingId: next.id });
    expect(page.talkingPoints.map((p) => p.text)).toEqual(["Open topic"]);
    expect(page.actionItems.map((i) => i.text)).toEqual(["Open item"]);
    expect(page.privateNote).toBeNull();
    expect(await t.db.talkingPoint.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({
      managerId: w.boss.id,
    });
    expect(await t.db.privateNote.findFirstOrThrow()).toMatchObject({ authorId: w.manager.id, meetingId: m.id });
  });
});

describe("reporting line ends", () => {
  it("deactivating a report ends the pair's cadence and its empty future meetings; reactivating restarts it", async () => {
    const w = await world();
    await materializeMeetings(t.db);
    const admin = callerFor(t.db, w.admin.userId).people;
    await admin.setStatus({ org: "acme", personId: w.report.id, status: "DEACTIVATED" });
    expect(await t.db.cadence.findMany({ where: { reportId: w.report.id }, select: { status: true } })).toEqual([
      { status: "ENDED" },
    ]);
    expect(await t.db.meeting.count({ where: { reportId: w.report.id, startsAt: { gt: new Date() } } })).toBe(0);
    await admin.setStatus({ org: "acme", personId: w.report.id, status: "ACTIVE" });
    expect(await t.db.cadence.count({ where: { reportId: w.report.id, status: "ACTIVE" } })).toBe(1);
  });
});

describe("adherence", () => {
  it("held / scheduled over 30 and 90 days on a fixed data set; HR sees numbers for everyone", async () => {
    const w = await world();
    // Raj: 4 meetings in 30 days, 3 held (one by marking, one by notes, one by a checked point), 1 skipped;
    // plus 2 older ones (60 days ago), 1 held.
    await pastMeeting(w, 2, { status: "HELD" });
    await pastMeeting(w, 9, { sharedNotes: "notes" });
    const p = await pastMeeting(w, 16);
    await pastMeeting(w, 23, { status: "SKIPPED" });
    await pastMeeting(w, 60, { status: "HELD" });
    await pastMeeting(w, 67);
    await w
      .as(w.manager)
      .addPoint({ org: "acme", meetingId: p.id, text: "x" })
      .then((pt) => w.as(w.manager).checkPoint({ org: "acme", meetingId: p.id, pointId: pt.id, checked: true }));
    await pastMeeting(w, -2); // the future never counts

    const hr30 = await callerFor(t.db, w.admin.userId).oneOnOnes.adherence({ org: "acme", days: 30 });
    expect(hr30.managers).toEqual([
      { managerId: w.manager.id, name: "Mia Manager", held: 3, scheduled: 4, pairs: 1, rate: 0.75 },
    ]);
    const hr90 = await callerFor(t.db, w.admin.userId).oneOnOnes.adherence({ org: "acme", days: 90 });
    expect(hr90.managers[0]).toMatchObject({ held: 4, scheduled: 6 });
    // a report sees nothing of other managers; the skip-level sees their subtree
    expect((await w.as(w.peer).adherence({ org: "acme", days: 30 })).managers).toEqual([]);
    expect((await w.as(w.boss).adherence({ org: "acme", days: 30 })).pairs).toMatchObject([
      { reportName: "Raj Report", held: 3, scheduled: 4 },
    ]);
  });
});
