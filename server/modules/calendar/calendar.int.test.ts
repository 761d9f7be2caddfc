// The calendar through the real router and a real Postgres: birthdays, anniversaries (years and
// highlights), custom one-off and yearly milestones, team milestones, Feb 29 in a non-leap year,
// weekends moved to Friday by the org setting, 1:1s of the viewer and of a manager's direct reports in the
// viewer's zone, the team and kinds filters, the celebrate preference (month and "coming up"), and
// another org's data never appearing.
import { DateTime } from "luxon";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemo, THIS_MONTH } from "../../../prisma/seed";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { expectCode } from "../../test/expect-code";
import { createMeeting, createMilestone, createOrg, createPerson, createTeam, utcDate } from "../../test/factories";
import { oneOnOneWorld } from "../../test/one-on-one-world";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

async function world() {
  const w = await oneOnOneWorld(t.db);
  const team = await createTeam(t.db, { organizationId: w.org.id, name: "Platform" });
  await t.db.membership.updateMany({
    where: { id: { in: [w.manager.id, w.report.id, w.peer.id] } },
    data: { teamId: team.id },
  });
  const other = await createOrg(t.db, { slug: "other" });
  const outsider = await createPerson(t.db, {
    organizationId: other.id,
    name: "Olga Outsider",
    role: "ADMIN",
    birthdayMonth: 12,
    birthdayDay: 10,
    startDate: utcDate(2020, 12, 10),
  });
  const theirTeam = await createTeam(t.db, { organizationId: other.id, name: "Theirs" });
  await createMilestone(t.db, {
    organizationId: other.id,
    teamId: theirTeam.id,
    title: "Their launch",
    date: "2026-12-10",
    createdById: outsider.id,
  });
  const c = (p: { userId: string }) => callerFor(t.db, p.userId).calendar;
  const set = (p: { id: string }, data: Record<string, unknown>) =>
    t.db.membership.update({ where: { id: p.id }, data });
  return { ...w, team, other, outsider, theirTeam, c, set };
}
type World = Awaited<ReturnType<typeof world>>;
type Viewer = { userId: string };

const titles = (m: { events: { title: string }[] }) => m.events.map((e) => e.title);
const december = (w: World, who: Viewer, extra: Record<string, unknown> = {}) =>
  w.c(who).month({ org: "acme", month: "2026-12", ...extra });

describe("who sees a person's milestones (celebrate preference)", () => {
  it("PUBLIC: everyone; PRIVATE: the person and the managers above; NONE: the person only", async () => {
    const w = await world();
    await w.set(w.report, { birthdayMonth: 12, birthdayDay: 10, startDate: utcDate(2021, 12, 15) });
    await createMilestone(t.db, {
      organizationId: w.org.id,
      personId: w.report.id,
      title: "Raj promoted",
      date: "2026-12-08",
      createdById: w.manager.id,
    });
    const sees = async (who: Viewer) =>
      titles(await december(w, who)).filter((x) => x.startsWith("Raj") && !x.startsWith("1:1")).length;
    const everyone = { report: w.report, peer: w.peer, manager: w.manager, boss: w.boss, admin: w.admin };
    const expected = {
      PUBLIC: { report: 3, peer: 3, manager: 3, boss: 3, admin: 3 },
      PRIVATE: { report: 3, peer: 0, manager: 3, boss: 3, admin: 0 },
      NONE: { report: 3, peer: 0, manager: 0, boss: 0, admin: 0 },
    } as const;
    for (const celebrate of ["PUBLIC", "PRIVATE", "NONE"] as const) {
      await w.set(w.report, { celebrate });
      for (const [name, who] of Object.entries(everyone))
        expect(await sees(who), `${celebrate} to ${name}`).toBe(expected[celebrate][name as keyof typeof everyone]);
    }
    await w.set(w.report, { celebrate: "PRIVATE" });
    const seen = (await december(w, w.boss)).events.find((e) => e.kind === "birthday");
    expect(seen).toMatchObject({
      visibility: "PRIVATE",
      celebrate: { recipients: [{ id: w.report.id, name: "Raj Report" }] },
    });
    await w.set(w.report, { celebrate: "PUBLIC" });
    expect((await december(w, w.peer)).events.find((e) => e.kind === "birthday")?.visibility).toBe("PUBLIC");
  });

  it("calendar.upcoming follows the same rule, from the viewer's today", async () => {
    const w = await world();
    const soon = DateTime.utc().plus({ days: 3 });
    await w.set(w.report, { birthdayMonth: soon.month, birthdayDay: soon.day, celebrate: "PRIVATE" });
    await w.set(w.peer, { birthdayMonth: soon.month, birthdayDay: soon.day, celebrate: "NONE" });
    const upcoming = async (who: Viewer) =>
      (await w.c(who).upcoming({ org: "acme" })).events.map((e) => e.title).sort();
    expect(await upcoming(w.report)).toEqual(["Raj Report's birthday"]);
    expect(await upcoming(w.peer)).toEqual(["Pia Peer's birthday"]);
    expect(await upcoming(w.boss)).toEqual(["Raj Report's birthday"]);
    expect(await upcoming(w.admin)).toEqual([]);
    await w.set(w.peer, { celebrate: "PUBLIC" });
    expect(await upcoming(w.admin)).toEqual(["Pia Peer's birthday"]);
    const mine = (await w.c(w.peer).upcoming({ org: "acme", days: 1 })).events;
    expect(mine).toEqual([]); // three days away is outside a one-day window
    await expectCode(w.c(w.peer).upcoming({ org: "acme", days: 61 }), "BAD_REQUEST");
  });
});

describe("a month", () => {
  async function december2026(w: World) {
    await w.set(w.report, { birthdayMonth: 12, birthdayDay: 10, startDate: utcDate(2021, 12, 15) });
    await w.set(w.peer, { birthdayMonth: 2, birthdayDay: 29, startDate: utcDate(2025, 12, 1) });
    await w.set(w.manager, { startDate: utcDate(2023, 12, 20) });
    await w.set(w.boss, { startDate: utcDate(2026, 12, 3), birthdayMonth: 8, birthdayDay: 1 });
    await w.set(w.admin, { birthdayMonth: 12, birthdayDay: 6 }); // a Sunday in 2026
    const m = (data: Parameters<typeof createMilestone>[1]) => createMilestone(t.db, data);
    const base = { organizationId: w.org.id, createdById: w.admin.id };
    await m({ ...base, personId: w.report.id, title: "Promoted to Senior Engineer", date: "2026-12-08" });
    await m({ ...base, teamId: w.team.id, title: "Platform founded", date: "2020-12-12", recurrence: "YEARLY" });
    await m({ ...base, personId: w.peer.id, title: "Not yet", date: "2027-12-01", recurrence: "YEARLY" });
    await m({ ...base, personId: w.peer.id, title: "Removed", date: "2026-12-09", deletedAt: new Date() });
  }

  it("has birthdays, anniversaries with years and highlights, and custom and team milestones", async () => {
    const w = await world();
    await december2026(w);
    const month = await december(w, w.peer);
    expect(month).toMatchObject({ month: "2026-12", zone: "UTC", weekendMilestonesOnFriday: false });
    expect(month.today).toBe(DateTime.utc().toISODate());
    const org = w.org.name;
    expect(month.events.map((e) => [e.date, e.kind, e.title, e.years, e.highlight])).toEqual([
      ["2026-12-01", "anniversary", `Pia Peer: 1 year at ${org}`, 1, true],
      ["2026-12-06", "birthday", "Hana Admin's birthday", null, false],
      ["2026-12-08", "milestone", "Promoted to Senior Engineer", null, false],
      ["2026-12-10", "birthday", "Raj Report's birthday", null, false],
      ["2026-12-12", "milestone", "Platform founded", null, false],
      ["2026-12-15", "anniversary", `Raj Report: 5 years at ${org}`, 5, true],
      ["2026-12-20", "anniversary", `Mia Manager: 3 years at ${org}`, 3, false],
    ]);
    const byTitle = (x: string) => month.events.find((e) => e.title === x);
    expect(byTitle("Raj Report's birthday")).toMatchObject({
      id: `birthday:${w.report.id}:2026`,
      actualDate: "2026-12-10",
      person: { id: w.report.id, name: "Raj Report" },
      team: null,
      celebrate: { recipients: [{ id: w.report.id, name: "Raj Report" }] },
      startsAt: null,
      meetingId: null,
    });
    const founded = byTitle("Platform founded");
    expect(founded).toMatchObject({ person: null, team: { id: w.team.id, name: "Platform" }, visibility: "PUBLIC" });
    expect(founded?.id).toMatch(/^milestone:c[a-z0-9]+:2026$/);
    // A team milestone celebrates its active members (by name, A to Z), never the viewer.
    expect(founded?.celebrate?.recipients).toEqual([
      { id: w.manager.id, name: "Mia Manager" },
      { id: w.report.id, name: "Raj Report" },
    ]);
    expect(byTitle(`Pia Peer: 1 year at ${org}`)?.celebrate).toBeNull(); // her own
    // The boss started this month: no anniversary in the start year.
    expect(titles(month).some((x) => x.startsWith("Bo Boss"))).toBe(false);
  });

  it("puts a Feb 29 birthday on Feb 28 in 2027 and on Feb 29 in 2028", async () => {
    const w = await world();
    await december2026(w);
    const feb = async (month: string) =>
      (await w.c(w.report).month({ org: "acme", month })).events.filter((e) => e.kind === "birthday");
    expect(await feb("2027-02")).toMatchObject([
      { id: `birthday:${w.peer.id}:2027`, date: "2027-02-28", actualDate: "2027-02-28" },
    ]);
    expect(await feb("2028-02")).toMatchObject([{ date: "2028-02-29", actualDate: "2028-02-29" }]);
  });

  it("moves weekend milestones to the Friday before when the org says so, across months too", async () => {
    const w = await world();
    await december2026(w);
    // Only an HR admin changes the setting; a refused or bad change writes nothing.
    const orgs = (p: { userId: string }) => callerFor(t.db, p.userId).orgs;
    await expectCode(orgs(w.manager).updateSettings({ org: "acme", weekendMilestonesOnFriday: true }), "FORBIDDEN");
    await expectCode(orgs(w.admin).updateSettings({ org: "acme", recognitionDailyCap: 0 }), "BAD_REQUEST");
    expect(await orgs(w.peer).settings({ org: "acme" })).toEqual({
      recognitionDailyCap: 10,
      weekendMilestonesOnFriday: false,
    });
    expect(await orgs(w.admin).updateSettings({ org: "acme", weekendMilestonesOnFriday: true })).toEqual({
      recognitionDailyCap: 10,
      weekendMilestonesOnFriday: true,
    });
    const month = await december(w, w.peer);
    expect(month.weekendMilestonesOnFriday).toBe(true);
    const dates = (x: string) => month.events.filter((e) => e.title === x).map((e) => [e.date, e.actualDate]);
    expect(dates("Hana Admin's birthday")).toEqual([["2026-12-04", "2026-12-06"]]); // Sunday -> Friday
    expect(dates("Platform founded")).toEqual([["2026-12-11", "2026-12-12"]]); // Saturday -> Friday
    expect(dates("Raj Report's birthday")).toEqual([["2026-12-10", "2026-12-10"]]); // a Thursday stays
    // Saturday 1 August 2026 is celebrated on Friday 31 July: in July's calendar, not August's.
    const boss = async (month: string) =>
      (await w.c(w.peer).month({ org: "acme", month })).events
        .filter((e) => e.title === "Bo Boss's birthday")
        .map((e) => [e.date, e.actualDate]);
    expect(await boss("2026-07")).toEqual([["2026-07-31", "2026-08-01"]]);
    expect(await boss("2026-08")).toEqual([]);
  });

  it("shows the viewer's 1:1s in their zone, and a manager's direct reports', never a peer's or skipped ones", async () => {
    const w = await world();
    const meet = (managerId: string, reportId: string, startsAt: string, extra = {}) =>
      createMeeting(t.db, { organizationId: w.org.id, managerId, reportId, startsAt: new Date(startsAt), ...extra });
    // 03:00Z on the 10th is still the 9th in New York (Raj's zone) and the 10th in UTC (Mia's).
    const raj = await meet(w.manager.id, w.report.id, "2026-12-10T03:00:00Z", { timeZone: "Asia/Kolkata" });
    const pia = await meet(w.manager.id, w.peer.id, "2026-12-11T15:00:00Z");
    await meet(w.manager.id, w.report.id, "2026-12-17T15:00:00Z", { status: "SKIPPED" });
    const mia = await meet(w.boss.id, w.manager.id, "2026-12-02T16:00:00Z");
    await meet(w.manager.id, w.report.id, "2027-01-01T04:00:00Z"); // Dec 31 in New York only
    // Raj leads an intern: Mia (his manager) sees their 1:1, Bo (two levels up) does not.
    const intern = await createPerson(t.db, { organizationId: w.org.id, name: "Ivo Intern", managerId: w.report.id });
    await meet(w.report.id, intern.id, "2026-12-15T15:00:00Z");
    const meetings = async (who: Viewer) =>
      (await december(w, who, { kinds: ["oneOnOne"] })).events.map((e) => [e.date, e.title]);
    expect(await meetings(w.report)).toEqual([
      ["2026-12-09", "1:1 with Mia Manager"],
      ["2026-12-15", "1:1 with Ivo Intern"],
      ["2026-12-31", "1:1 with Mia Manager"],
    ]);
    expect(await meetings(w.peer)).toEqual([["2026-12-11", "1:1 with Mia Manager"]]);
    expect(await meetings(w.manager)).toEqual([
      ["2026-12-02", "1:1 with Bo Boss"],
      ["2026-12-10", "1:1 with Raj Report"],
      ["2026-12-11", "1:1 with Pia Peer"],
      ["2026-12-15", "1:1: Raj Report with Ivo Intern"],
    ]);
    // The manager's manager: his own and his direct report's, not those further down.
    expect(await meetings(w.boss)).toEqual([
      ["2026-12-02", "1:1 with Mia Manager"],
      ["2026-12-10", "1:1: Mia Manager with Raj Report"],
      ["2026-12-11", "1:1: Mia Manager with Pia Peer"],
    ]);
    expect(await meetings(w.admin)).toEqual([]); // HR sees no one's 1:1s here but their own
    const event = (await december(w, w.report)).events.find((e) => e.meetingId === raj.id);
    expect(event).toMatchObject({
      id: `meeting:${raj.id}`,
      kind: "oneOnOne",
      actualDate: "2026-12-09",
      person: { id: w.manager.id, name: "Mia Manager" },
      visibility: "PRIVATE",
      startsAt: raj.startsAt,
      endsAt: new Date(raj.startsAt.getTime() + 30 * 60_000),
      meetingZone: "Asia/Kolkata",
      otherZone: w.manager.timeZone, // Raj sees Mia's clock second
      celebrate: null,
    });
    const above = (await december(w, w.boss, { kinds: ["oneOnOne"] })).events.find((e) => e.meetingId === raj.id);
    expect(above?.otherZone).toBeNull(); // watching the pair from above: no "other" participant
    expect([pia.id, mia.id]).not.toContain(event?.meetingId);
  });

  it("filters by team (its members and its milestones) and by kind", async () => {
    const w = await world();
    await december2026(w);
    await createMeeting(t.db, {
      organizationId: w.org.id,
      managerId: w.manager.id,
      reportId: w.report.id,
      startsAt: new Date("2026-12-14T15:00:00Z"),
    });
    const team = await december(w, w.boss, { teamId: w.team.id });
    expect(titles(team)).toEqual([
      `Pia Peer: 1 year at ${w.org.name}`,
      "Promoted to Senior Engineer",
      "Raj Report's birthday",
      "Platform founded",
      "1:1: Mia Manager with Raj Report",
      `Raj Report: 5 years at ${w.org.name}`,
      `Mia Manager: 3 years at ${w.org.name}`,
    ]);
    const kinds = async (k: string[]) => new Set((await december(w, w.boss, { kinds: k })).events.map((e) => e.kind));
    expect(await kinds(["birthday"])).toEqual(new Set(["birthday"]));
    expect(await kinds(["anniversary", "milestone"])).toEqual(new Set(["anniversary", "milestone"]));
    await expectCode(december(w, w.boss, { kinds: [] }), "BAD_REQUEST");
    await expectCode(december(w, w.boss, { kinds: ["holiday"] }), "BAD_REQUEST");
  });

  it("never shows another org's people or milestones, and refuses its team and bad months", async () => {
    const w = await world();
    await december2026(w);
    for (const who of [w.admin, w.boss, w.peer]) {
      const json = JSON.stringify(await december(w, who));
      expect(json).not.toContain("Olga");
      expect(json).not.toContain("Their launch");
    }
    await expectCode(december(w, w.admin, { teamId: w.theirTeam.id }), "NOT_FOUND");
    await expectCode(w.c(w.outsider).month({ org: "acme", month: "2026-12" }), "NOT_FOUND");
    // Their own calendar has their own data only.
    expect(new Set(titles(await w.c(w.outsider).month({ org: "other", month: "2026-12" })))).toEqual(
      new Set(["Olga Outsider's birthday", `Olga Outsider: 6 years at ${w.other.name}`, "Their launch"]),
    );
    for (const month of ["2026-13", "2026-1", "1969-12", "2101-01", "2026-12-01"])
      await expectCode(w.c(w.peer).month({ org: "acme", month }), "BAD_REQUEST");
  });
});

describe("the demo seed", () => {
  it("always shows a public birthday, an anniversary and custom milestones in the current month", async () => {
    await seedDemo(t.db);
    const nw = await t.db.organization.findUniqueOrThrow({ where: { slug: "northwind" } });
    const month = DateTime.now().setZone(nw.timeZone).toFormat("yyyy-MM");
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "priya.patel@northwind.example" } });
    const { events } = await callerFor(t.db, user.id).calendar.month({ org: "northwind", month });
    expect(events.find((e) => e.title === `${THIS_MONTH.birthday}'s birthday`)).toMatchObject({
      kind: "birthday",
      visibility: "PUBLIC",
    });
    expect(events.find((e) => e.title === `${THIS_MONTH.anniversary}: 5 years at Northwind Labs`)).toMatchObject({
      kind: "anniversary",
      years: 5,
      highlight: true,
    });
    const custom = events.filter((e) => e.kind === "milestone").map((e) => e.title);
    expect(custom).toEqual(expect.arrayContaining(["Promoted to Staff Software Engineer", "Platform team founded"]));
    // Priya's own 1:1s with Marcus are there too.
    expect(events.some((e) => e.title === "1:1 with Marcus Chen")).toBe(true);
  });
});
