// The materialize job, called as pg-boss calls it: with the database only, nobody signed in and
// nobody having opened a list. It fills every org's next 8 weeks and is idempotent.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { HORIZON_DAYS } from "../modules/one-on-ones/cadences.service";
import { setupTestDb, type TestDb } from "../test/db";
import { createCadence, createOrg, createPerson } from "../test/factories";
import { materializeMeetings } from "./materialize-meetings";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

const DAY = 86_400_000;
const WEEK = 7 * DAY;

async function pair(slug = "acme", reportZone = "America/New_York") {
  const org = await createOrg(t.db, { slug });
  const manager = await createPerson(t.db, { organizationId: org.id, name: "Mia Manager", role: "MANAGER" });
  const report = await createPerson(t.db, {
    organizationId: org.id,
    name: "Raj Report",
    managerId: manager.id,
    timeZone: reportZone,
  });
  return { org, manager, report };
}

const localWeekdayTime = (d: Date, zone: string) =>
  new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(d);

describe("materialize job", () => {
  it("creates the next 8 weeks of a cadence nobody has opened, with no user; a second run creates nothing", async () => {
    const { org, manager, report } = await pair();
    const cadence = await createCadence(t.db, {
      organizationId: org.id,
      managerId: manager.id,
      reportId: report.id,
      spec: { frequency: "WEEKLY", intervalWeeks: 1, weekday: "TU" },
      localTime: "10:00",
    });
    expect(await t.db.meeting.count()).toBe(0);
    const now = new Date();

    expect(await materializeMeetings(t.db, now)).toEqual({ orgs: 1, cadencesCreated: 0, cadencesMaterialized: 1 });
    const meetings = await t.db.meeting.findMany({ where: { cadenceId: cadence.id }, orderBy: { startsAt: "asc" } });
    const horizon = now.getTime() + HORIZON_DAYS * DAY;
    // Every Tuesday 10:00 in the report's zone from now to the horizon: the first within a week,
    // one a week, the last within the horizon and the one after it beyond.
    expect(meetings.length).toBeGreaterThanOrEqual(8);
    expect(meetings.length).toBeLessThanOrEqual(9);
    for (const m of meetings) expect(localWeekdayTime(m.startsAt, "America/New_York")).toBe("Tue 10:00");
    const first = meetings[0]?.startsAt.getTime() ?? 0;
    const last = meetings.at(-1)?.startsAt.getTime() ?? 0;
    expect(first).toBeLessThanOrEqual(now.getTime() + WEEK);
    expect(last).toBeLessThanOrEqual(horizon);
    expect(last + WEEK + 2 * 3_600_000).toBeGreaterThan(horizon); // 2 h: a DST change on the way
    expect(meetings.every((m) => m.managerId === manager.id && m.reportId === report.id)).toBe(true);
    expect((await t.db.cadence.findUniqueOrThrow({ where: { id: cadence.id } })).materializedUntil).toEqual(
      new Date(horizon),
    );

    const before = await t.db.meeting.findMany({ orderBy: { id: "asc" } });
    expect(await materializeMeetings(t.db, now)).toEqual({ orgs: 1, cadencesCreated: 0, cadencesMaterialized: 0 });
    expect(await materializeMeetings(t.db, new Date(now.getTime() + 3_600_000))).toMatchObject({
      cadencesMaterialized: 0,
    });
    expect(await t.db.meeting.findMany({ orderBy: { id: "asc" } })).toEqual(before);

    // A week on, the week that came into the horizon is added, nothing else.
    await materializeMeetings(t.db, new Date(now.getTime() + WEEK));
    expect(await t.db.meeting.count()).toBe(before.length + 1);
  });

  it("gives a pair with no cadence the org default, in every org; leaves paused and inactive pairs alone", async () => {
    const a = await pair("acme", "Europe/Berlin");
    const b = await pair("beta", "UTC");
    // acme: a paused pair, a deactivated report, and a report of a deactivated manager.
    const paused = await createPerson(t.db, { organizationId: a.org.id, name: "Pat Paused", managerId: a.manager.id });
    await createCadence(t.db, {
      organizationId: a.org.id,
      managerId: a.manager.id,
      reportId: paused.id,
      status: "PAUSED",
    });
    await createPerson(t.db, {
      organizationId: a.org.id,
      name: "Dee Gone",
      managerId: a.manager.id,
      status: "DEACTIVATED",
    });
    const formerBoss = await createPerson(t.db, { organizationId: a.org.id, name: "Ex Boss", status: "DEACTIVATED" });
    await createPerson(t.db, { organizationId: a.org.id, name: "Orphan", managerId: formerBoss.id });

    expect(await materializeMeetings(t.db)).toMatchObject({ orgs: 2, cadencesCreated: 2 });
    for (const { org, manager, report } of [a, b]) {
      const live = await t.db.cadence.findMany({
        where: { organizationId: org.id, reportId: report.id },
        select: { managerId: true, status: true, rrule: true, durationMinutes: true, timeZone: true },
      });
      expect(live).toEqual([
        {
          managerId: manager.id,
          status: "ACTIVE",
          rrule: expect.stringMatching(/^FREQ=WEEKLY;BYDAY=(TU|WE|TH)$/),
          durationMinutes: 30,
          timeZone: report.timeZone,
        },
      ]);
      expect(await t.db.meeting.count({ where: { organizationId: org.id, reportId: report.id } })).toBeGreaterThan(7);
    }
    expect(await t.db.cadence.count({ where: { reportId: paused.id } })).toBe(1);
    expect(await t.db.meeting.count({ where: { reportId: paused.id } })).toBe(0);
    expect(await t.db.cadence.count({ where: { organizationId: a.org.id } })).toBe(2);
    expect(await materializeMeetings(t.db)).toEqual({ orgs: 2, cadencesCreated: 0, cadencesMaterialized: 0 });
  });
});
