// 1:1 services through the real router on Postgres: cadences, carry-over, the held rule, handover,
// adherence on a fixed data set, and bad input.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { materializeMeetings } from "../../jobs/materialize-meetings";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { createOrg, createPerson } from "../../test/factories";
import { type OneOnOneWorld, oneOnOneWorld, pastMeeting as pastMeetingIn } from "../../test/one-on-one-world";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

const DAY = 86_400_000;
const isoIn = (days: number, zone = "UTC") =>
  new Date(Date.now() + days * DAY).toLocaleDateString("en-CA", { timeZone: zone });

const world = () => oneOnOneWorld(t.db);
const pastMeeting = (w: OneOnOneWorld, daysAgo: number, data: Record<string, unknown> = {}) =>
  pastMeetingIn(t.db, w, daysAgo, data);

describe("cadences", () => {
  it("every direct report gets a default cadence and upcoming meetings from the materialize job", async () => {
    const w = await world();
    await materializeMeetings(t.db);
    const mine = await w.as(w.manager).mine({ org: "acme" });
    expect(mine.pairs.filter((p) => p.myRole === "MANAGER").map((p) => p.withName)).toEqual(["Pia Peer", "Raj Report"]);
    // staggered defaults, in each report's own zone, with the next occurrence the page writes in the viewer's time
    const rules = mine.pairs.filter((p) => p.myRole === "MANAGER").map((p) => p.rule);
    expect(rules).toMatchObject([
      { spec: { frequency: "WEEKLY", intervalWeeks: 1, weekday: "TU" }, localTime: "10:00", timeZone: "UTC" },
      {
        spec: { frequency: "WEEKLY", intervalWeeks: 1, weekday: "WE" },
        localTime: "10:00",
        timeZone: "America/New_York",
      },
    ]);
    for (const rule of rules) {
      const nextAt = rule?.nextAt ?? new Date(0);
      expect(nextAt.getTime()).toBeGreaterThan(Date.now());
      const local = new Intl.DateTimeFormat("en-US", {
        timeZone: rule?.timeZone,
        weekday: "short",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }).format(nextAt);
      expect(local).toBe(rule?.spec.weekday === "TU" ? "Tue 10:00" : "Wed 10:00");
    }
    expect(mine.pairs.find((p) => p.withName === "Raj Report")).toMatchObject({ withTimeZone: "America/New_York" });
    // Every pair of the org, including Mia's own with Bo, whether or not anyone looked
    expect(mine.pairs.find((p) => p.myRole === "REPORT")).toMatchObject({
      withName: "Bo Boss",
      rule: { spec: { weekday: "TU" }, localTime: "10:00", timeZone: "UTC" },
      next: { id: expect.any(String) },
    });
    expect(mine.upcoming.length).toBeGreaterThanOrEqual(3);
    expect(await t.db.cadence.count({ where: { status: "ACTIVE" } })).toBe(3);
    // and the report sees the pair from their side
    const theirs = await w.as(w.report).mine({ org: "acme" });
    expect(theirs.pairs).toMatchObject([{ withName: "Mia Manager", myRole: "REPORT" }]);
  });

  it("changing a cadence changes future meetings only; held meetings and notes stay", async () => {
    const w = await world();
    const held = await pastMeeting(w, 7, { status: "HELD", sharedNotes: "We agreed on the plan." });
    await w.as(w.manager).setCadence({
      org: "acme",
      reportId: w.report.id,
      spec: { frequency: "WEEKLY", intervalWeeks: 1, weekday: "MO" },
      localTime: "09:00",
      timeZone: "America/New_York",
      startDate: isoIn(0, "America/New_York"),
      durationMinutes: 30,
    });
    await w.as(w.manager).setCadence({
      org: "acme",
      reportId: w.report.id,
      spec: { frequency: "WEEKLY", intervalWeeks: 2, weekday: "TH" },
      localTime: "15:30",
      timeZone: "America/New_York",
      startDate: isoIn(0, "America/New_York"),
      durationMinutes: 45,
    });
    const future = await t.db.meeting.findMany({
      where: { reportId: w.report.id, startsAt: { gt: new Date() } },
      orderBy: { startsAt: "asc" },
    });
    expect(future.length).toBeGreaterThan(1);
    for (const m of future) {
      const local = new Intl.DateTimeFormat("en-US", {
        timeZone: "America/New_York",
        weekday: "short",
        hour: "2-digit",
        minute: "2-digit",
        hour12: false,
      }).format(m.startsAt);
      expect(local).toBe("Thu 15:30");
      expect(m.durationMinutes).toBe(45);
    }
    expect(await t.db.meeting.findUniqueOrThrow({ where: { id: held.id } })).toMatchObject({
      status: "HELD",
      sharedNotes: "We agreed on the plan.",
    });
  });

  it("refuses a past start date, an invalid RRULE, and non-managers; nothing is written", async () => {
    const w = await world();
    const base = { org: "acme", reportId: w.report.id, localTime: "09:00", timeZone: "UTC", durationMinutes: 30 };
    await expect(
      w.as(w.manager).setCadence({ ...base, rrule: "FREQ=WEEKLY;BYDAY=MO", startDate: isoIn(-3) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      w.as(w.manager).setCadence({ ...base, rrule: "FREQ=SECONDLY", startDate: isoIn(1) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      w.as(w.manager).setCadence({ ...base, rrule: "FREQ=WEEKLY;BYDAY=MO", localTime: "25:00", startDate: isoIn(1) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      w.as(w.peer).setCadence({ ...base, rrule: "FREQ=WEEKLY;BYDAY=MO", startDate: isoIn(1) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await t.db.cadence.count()).toBe(0);
    expect(await t.db.meeting.count()).toBe(0);
  });
});

describe("the 1:1 page", () => {
  it("unchecked points and open items carry over to the next meeting until done", async () => {
    const w = await world();
    const last = await pastMeeting(w, 7);
    const next = await pastMeeting(w, -3);
    const mgr = w.as(w.manager);
    const p1 = await mgr.addPoint({ org: "acme", meetingId: last.id, text: "Promotion timeline" });
    const p2 = await mgr.addPoint({ org: "acme", meetingId: last.id, text: "Conference budget" });
    await mgr.checkPoint({ org: "acme", meetingId: last.id, pointId: p1.id, checked: true });
    await mgr.addActionItem({
      org: "acme",
      meetingId: last.id,
      text: "Send the proposal",
      ownerId: w.report.id,
      dueOn: isoIn(-1),
    });
    await mgr.setStatus({ org: "acme", meetingId: last.id, status: "HELD" });

    const page = await w.as(w.report).get({ org: "acme", meetingId: next.id });
    expect(page.talkingPoints.map((p) => [p.text, p.carriedFrom !== null])).toEqual([["Conference budget", true]]);
    expect(page.actionItems).toMatchObject([{ text: "Send the proposal", overdue: true }]);
    // the held meeting itself still shows what happened in it
    const old = await w.as(w.report).get({ org: "acme", meetingId: last.id });
    expect(old.talkingPoints.map((p) => p.text).sort()).toEqual(["Conference budget", "Promotion timeline"]);
    // checking it in the next meeting ends the carry-over
    await w.as(w.report).checkPoint({ org: "acme", meetingId: next.id, pointId: p2.id, checked: true });
    const later = await pastMeeting(w, -10);
    expect((await w.as(w.report).get({ org: "acme", meetingId: later.id })).talkingPoints).toEqual([]);
  });

  it("marking held or skipped returns what carries over and the next meeting it shows on", async () => {
    const w = await world();
    const org = "acme";
    const mgr = w.as(w.manager);
    const earlier = await pastMeeting(w, 14);
    const now = await pastMeeting(w, 0);
    const skipped = await pastMeeting(w, -2, { status: "SKIPPED" });
    const next = await pastMeeting(w, -7);
    await pastMeeting(w, -14);
    // Raised earlier and still open (so shown on `now` too), and raised in `now`; checked or done ones stay.
    await mgr.addPoint({ org, meetingId: earlier.id, text: "Open since last time" });
    await mgr.addPoint({ org, meetingId: now.id, text: "Open today" });
    const done = await mgr.addPoint({ org, meetingId: now.id, text: "Done today" });
    await mgr.checkPoint({ org, meetingId: now.id, pointId: done.id, checked: true });
    await mgr.addActionItem({ org, meetingId: earlier.id, text: "Old item", ownerId: w.report.id });
    const finished = await mgr.addActionItem({ org, meetingId: now.id, text: "Finished", ownerId: w.manager.id });
    await mgr.updateActionItem({ org, meetingId: now.id, itemId: finished.id, done: true });
    // Another pair's open point and a point raised in a later meeting are not this meeting's to hand on.
    const peerMeeting = await t.db.meeting.create({
      data: {
        organizationId: w.org.id,
        managerId: w.manager.id,
        reportId: w.peer.id,
        startsAt: new Date(),
        timeZone: "UTC",
      },
    });
    await mgr.addPoint({ org, meetingId: peerMeeting.id, text: "Peer's topic" });
    await mgr.addPoint({ org, meetingId: next.id, text: "Already on the next one" });

    const held = await mgr.setStatus({ org, meetingId: now.id, status: "HELD" });
    expect(held).toEqual({
      status: "HELD",
      carriedOver: { points: 2, actionItems: 1, next: { id: next.id, startsAt: next.startsAt } },
    });
    expect(skipped.startsAt.getTime()).toBeLessThan(next.startsAt.getTime()); // a skipped one is never "next"
    // The counts are what the next meeting shows as carried over.
    const page = await w.as(w.report).get({ org, meetingId: next.id });
    expect(
      page.talkingPoints
        .filter((p) => p.carriedFrom !== null)
        .map((p) => p.text)
        .sort(),
    ).toEqual(["Open since last time", "Open today"]);
    expect(page.actionItems.filter((i) => i.carriedFrom !== null).map((i) => i.text)).toEqual(["Old item"]);
    expect(page.me).toMatchObject({ role: "REPORT", timeZone: "America/New_York" });
    expect(page.manager.timeZone).toBe("UTC");

    // Reopened: nothing carries over; skipped: the same hand-over as held.
    expect(await mgr.setStatus({ org, meetingId: now.id, status: "SCHEDULED" })).toEqual({
      status: "SCHEDULED",
      carriedOver: null,
    });
    expect((await w.as(w.report).setStatus({ org, meetingId: now.id, status: "SKIPPED" })).carriedOver).toEqual(
      held.carriedOver,
    );
    // A pair with nothing scheduled after it: the counts still say what waits for the next 1:1.
    expect(await mgr.setStatus({ org, meetingId: peerMeeting.id, status: "HELD" })).toEqual({
      status: "HELD",
      carriedOver: { points: 1, actionItems: 0, next: null },
    });
    // Only the two participants may do it.
    await expect(w.as(w.boss).setStatus({ org, meetingId: now.id, status: "HELD" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("shared notes: a save from a stale version is a CONFLICT and does not overwrite", async () => {
    const w = await world();
    const m = await pastMeeting(w, 1);
    await w.as(w.manager).saveSharedNotes({ org: "acme", meetingId: m.id, notes: "v1 by manager", baseVersion: 0 });
    await expect(
      w.as(w.report).saveSharedNotes({ org: "acme", meetingId: m.id, notes: "stale edit", baseVersion: 0 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await t.db.meeting.findUniqueOrThrow({ where: { id: m.id } })).sharedNotes).toBe("v1 by manager");
  });

  it("oversized notes and empty points are BAD_REQUEST and write nothing", async () => {
    const w = await world();
    const m = await pastMeeting(w, 1);
    const huge = "x".repeat(20_001);
    await expect(
      w.as(w.manager).saveSharedNotes({ org: "acme", meetingId: m.id, notes: huge, baseVersion: 0 }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(w.as(w.manager).savePrivateNote({ org: "acme", meetingId: m.id, body: huge })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(w.as(w.manager).addPoint({ org: "acme", meetingId: m.id, text: "   " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      w.as(w.manager).addActionItem({ org: "acme", meetingId: m.id, text: "x", ownerId: w.peer.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await t.db.privateNote.count()).toBe(0);
    expect(await t.db.talkingPoint.count()).toBe(0);
    expect(await t.db.actionItem.count()).toBe(0);
  });

  it("a meeting of another pair or org is NOT_FOUND; the skip-level manager may read but not write", async () => {
    const w = await world();
    const m = await pastMeeting(w, 1);
    const other = await createOrg(t.db, { slug: "beta" });
    const outsider = await createPerson(t.db, { organizationId: other.id, role: "ADMIN" });
    await expect(w.as(w.peer).get({ org: "acme", meetingId: m.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(w.as(w.admin).get({ org: "acme", meetingId: m.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      callerFor(t.db, outsider.userId).oneOnOnes.get({ org: "beta", meetingId: m.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await w.as(w.boss).get({ org: "acme", meetingId: m.id })).me).toMatchObject({
      role: "OBSERVER",
      canEdit: false,
    });
    await expect(w.as(w.boss).addPoint({ org: "acme", meetingId: m.id, text: "hi" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(w.as(w.peer).addPoint({ org: "acme", meetingId: m.id, text: "hi" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
