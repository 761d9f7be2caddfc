// Regressions for what an outside attack script found: NUL characters, impossible dates, a refused
// call that still wrote, a permission checked after a shortcut, and a manager change that could
// stop half-way. Each test fails when its fix is reverted.
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { expectCode } from "../../test/expect-code";
import { oneOnOneWorld } from "../../test/one-on-one-world";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

/** The fields a BAD_REQUEST names (what the error formatter sends as fieldErrors). */
const fieldsOf = (e: TRPCError) =>
  e.cause instanceof ZodError ? e.cause.issues.map((i) => i.path.join(".")) : Object.keys({});

const rowCounts = async () => ({
  memberships: await t.db.membership.count(),
  history: await t.db.managerHistory.count(),
  cadences: await t.db.cadence.count(),
  meetings: await t.db.meeting.count(),
  points: await t.db.talkingPoint.count(),
  items: await t.db.actionItem.count(),
});

async function world() {
  const w = await oneOnOneWorld(t.db);
  const people = (p: { userId: string }) => callerFor(t.db, p.userId).people;
  const cadence = await w.as(w.manager).setCadence({
    org: "acme",
    reportId: w.report.id,
    spec: { frequency: "WEEKLY", intervalWeeks: 1, weekday: "TU" },
    localTime: "10:00",
    timeZone: "UTC",
    startDate: new Date().toISOString().slice(0, 10),
    durationMinutes: 30,
  });
  const meeting = await t.db.meeting.findFirstOrThrow({
    where: { cadenceId: cadence.id },
    orderBy: { startsAt: "asc" },
  });
  return { ...w, people, meeting };
}

describe("NUL and control characters", () => {
  it("are a 400 naming the field, in the org slug, a search, a text and a note, and write nothing", async () => {
    const w = await world();
    const before = await rowCounts();
    const orgNul = await expectCode(w.people(w.report).list({ org: "acme\u0000" }), "BAD_REQUEST");
    expect(fieldsOf(orgNul)).toContain("org");
    const q = await expectCode(w.people(w.report).list({ org: "acme", q: "a\u0000" }), "BAD_REQUEST");
    expect(fieldsOf(q)).toContain("q");
    const point = await expectCode(
      w.as(w.report).addPoint({ org: "acme", meetingId: w.meeting.id, text: "hi\u0000there" }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(point)).toContain("text");
    await expectCode(
      w.as(w.manager).saveSharedNotes({ org: "acme", meetingId: w.meeting.id, notes: "x\u0000", baseVersion: 0 }),
      "BAD_REQUEST",
    );
    await expectCode(w.as(w.manager).get({ org: "acme", meetingId: `${w.meeting.id}\u0000` }), "BAD_REQUEST");
    expect(await rowCounts()).toEqual(before);
    // Line breaks stay fine in notes.
    await w.as(w.manager).saveSharedNotes({ org: "acme", meetingId: w.meeting.id, notes: "a\n\tb", baseVersion: 0 });
  });
});

describe("impossible and out-of-range dates", () => {
  it("are a 400 with the field named, never a 500 or a silently moved date", async () => {
    const w = await world();
    const before = await rowCounts();
    const cadence = {
      org: "acme",
      reportId: w.report.id,
      spec: { frequency: "WEEKLY", intervalWeeks: 1, weekday: "TU" } as const,
      localTime: "10:00",
      timeZone: "UTC",
      durationMinutes: 30,
    };
    for (const startDate of ["2027-13-45", "2027-02-99", "2027-02-30", "0001-01-01", "2101-01-01"]) {
      const e = await expectCode(w.as(w.manager).setCadence({ ...cadence, startDate }), "BAD_REQUEST");
      expect(fieldsOf(e)).toContain("startDate");
    }
    const item = { org: "acme", meetingId: w.meeting.id, text: "Do it", ownerId: w.report.id };
    for (const dueOn of ["2027-13-45", "2027-02-30"]) {
      const e = await expectCode(w.as(w.manager).addActionItem({ ...item, dueOn }), "BAD_REQUEST");
      expect(fieldsOf(e)).toContain("dueOn");
    }
    const far = new Date(Date.UTC(2000, 0, 1));
    far.setUTCFullYear(200000);
    const adHoc = await expectCode(
      w.as(w.manager).createAdHoc({ org: "acme", withId: w.report.id, startsAt: far }),
      "BAD_REQUEST",
    );
    expect(fieldsOf(adHoc)).toContain("startsAt");
    await expectCode(
      w.as(w.manager).reschedule({ org: "acme", meetingId: w.meeting.id, startsAt: "200000-01-01T00:00:00Z" as never }),
      "BAD_REQUEST",
    );
    for (const startDate of [12345, true, "2027-02-30"]) {
      await expectCode(
        w.people(w.admin).update({ org: "acme", personId: w.report.id, startDate: startDate as never }),
        "BAD_REQUEST",
      );
    }
    expect(await rowCounts()).toEqual(before);
    // A real date is stored as that date.
    await w.people(w.admin).update({ org: "acme", personId: w.report.id, startDate: "2024-02-29" });
    const stored = await t.db.membership.findUniqueOrThrow({ where: { id: w.report.id } });
    expect(stored.startDate?.toISOString().slice(0, 10)).toBe("2024-02-29");
  });
});

describe("an error means nothing changed", () => {
  it("a deactivated person's manager change creates no cadence, and reactivating gives exactly one", async () => {
    const w = await world();
    await w.people(w.admin).setStatus({ org: "acme", personId: w.peer.id, status: "DEACTIVATED" });
    await w.people(w.admin).changeManager({ org: "acme", personId: w.peer.id, managerId: w.boss.id });
    const live = () => t.db.cadence.count({ where: { reportId: w.peer.id, status: { not: "ENDED" } } });
    expect(await live()).toBe(0);
    expect(await t.db.meeting.count({ where: { reportId: w.peer.id, managerId: w.boss.id } })).toBe(0);
    await w.people(w.admin).setStatus({ org: "acme", personId: w.peer.id, status: "ACTIVE" });
    expect(await live()).toBe(1);
    const peer = await t.db.membership.findUniqueOrThrow({ where: { id: w.peer.id } });
    expect(peer.status).toBe("ACTIVE");
  });

  it("a manager change that fails half-way (in the 1:1 handover) applies nothing", async () => {
    const w = await world();
    const before = {
      counts: await rowCounts(),
      report: await t.db.membership.findUniqueOrThrow({ where: { id: w.report.id } }),
      cadences: await t.db.cadence.findMany({ orderBy: { id: "asc" } }),
      history: await t.db.managerHistory.findMany({ orderBy: { id: "asc" } }),
    };
    // The new pair's cadence cannot be created: the handover fails after the reporting line moved.
    await t.db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_cadence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected failure in the handover'; END $$;
      CREATE TRIGGER refuse_cadence BEFORE INSERT ON "Cadence" FOR EACH ROW EXECUTE FUNCTION refuse_cadence();`);
    try {
      await expectCode(
        w.people(w.admin).changeManager({ org: "acme", personId: w.report.id, managerId: w.boss.id }),
        "INTERNAL_SERVER_ERROR",
      );
    } finally {
      await t.db.$executeRawUnsafe(`DROP TRIGGER refuse_cadence ON "Cadence"; DROP FUNCTION refuse_cadence();`);
    }
    expect(await rowCounts()).toEqual(before.counts);
    expect(await t.db.membership.findUniqueOrThrow({ where: { id: w.report.id } })).toEqual(before.report);
    expect(await t.db.cadence.findMany({ orderBy: { id: "asc" } })).toEqual(before.cadences);
    expect(await t.db.managerHistory.findMany({ orderBy: { id: "asc" } })).toEqual(before.history);
  });
});

describe("permission before any shortcut", () => {
  it("an employee cannot learn who exists through setStatus, changeManager or update", async () => {
    const w = await world();
    await w.people(w.admin).setStatus({ org: "acme", personId: w.peer.id, status: "DEACTIVATED" });
    const asReport = w.people(w.report);
    for (const personId of [w.peer.id, w.boss.id, "cl_does_not_exist"]) {
      await expectCode(asReport.setStatus({ org: "acme", personId, status: "DEACTIVATED" }), "FORBIDDEN");
      await expectCode(asReport.changeManager({ org: "acme", personId, managerId: null }), "FORBIDDEN");
      await expectCode(asReport.update({ org: "acme", personId, title: "CEO" }), "FORBIDDEN");
    }
    // The deactivated peer is still invisible to them.
    await expectCode(asReport.get({ org: "acme", personId: w.peer.id }), "NOT_FOUND");
  });
});
