// The secret iCal feed end to end on a real Postgres: the handler behind
// app/api/calendar/[token]/route.ts (server/api/calendar-feed.ts, which the route only hands the
// token to) is called directly and its text parsed with node-ical. All-day milestones, yearly
// ones as separate instances, Feb 29 on Feb 28 outside leap years, the subscriber's own 1:1s as
// UTC instants, stable UIDs, the celebrate preference as in the app, headers, and every way a
// token stops working (regenerated, revoked, malformed, unknown, member deactivated) as an empty 404.
import { DateTime } from "luxon";
import ical from "node-ical";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { calendarFeed } from "../../api/calendar-feed";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { createMeeting, createMilestone, createTeam, utcDate } from "../../test/factories";
import { oneOnOneWorld } from "../../test/one-on-one-world";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

const DAY = 86_400_000;
const today = DateTime.utc().startOf("day");
const md = (d: DateTime) => ({ birthdayMonth: d.month, birthdayDay: d.day });

async function world() {
  const w = await oneOnOneWorld(t.db);
  const set = (p: { id: string }, data: Record<string, unknown>) =>
    t.db.membership.update({ where: { id: p.id }, data });
  const team = await createTeam(t.db, { organizationId: w.org.id, name: "Platform" });
  await set(w.report, { ...md(today.plus({ days: 5 })), celebrate: "PRIVATE" });
  await set(w.peer, { ...md(today.plus({ days: 6 })), celebrate: "NONE" });
  await set(w.manager, md(today.minus({ days: 10 }))); // this year's and next year's are both in the window
  await set(w.admin, { birthdayMonth: 2, birthdayDay: 29 });
  const started = today.plus({ days: 7 }).minus({ years: 3 });
  await set(w.boss, { startDate: utcDate(started.year, started.month, started.day) });
  const founded = today.plus({ days: 20 }).minus({ years: 2 });
  const milestone = await createMilestone(t.db, {
    organizationId: w.org.id,
    teamId: team.id,
    title: "Platform founded",
    date: founded.toISODate() ?? "",
    recurrence: "YEARLY",
    createdById: w.admin.id,
  });
  const at = (days: number, hour: number) => new Date(today.plus({ days }).set({ hour }).toMillis());
  const rajMeeting = await createMeeting(t.db, {
    organizationId: w.org.id,
    managerId: w.manager.id,
    reportId: w.report.id,
    startsAt: at(3, 14),
    timeZone: "America/New_York",
  });
  const piaMeeting = await createMeeting(t.db, {
    organizationId: w.org.id,
    managerId: w.manager.id,
    reportId: w.peer.id,
    startsAt: at(4, 9),
  });
  const subscribe = async (p: { userId: string }) =>
    (await callerFor(t.db, p.userId).calendar.regenerateFeed({ org: "acme" })).token;
  return { ...w, team, milestone, rajMeeting, piaMeeting, set, subscribe };
}

async function parse(res: Response) {
  expect(res.status).toBe(200);
  const parsed = ical.sync.parseICS(await res.text());
  const events = Object.values(parsed).filter((c) => c?.type === "VEVENT") as ical.VEvent[];
  const calendar = Object.values(parsed).find((c) => c?.type === "VCALENDAR") as unknown as Record<string, string>;
  return { events, calendar, uids: events.map((e) => e.uid).sort() };
}
/** A DATE value's day as node-ical builds it (local midnight). */
const day = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

describe("the iCal feed", () => {
  it("has the subscriber's milestones as all-day events and their own 1:1s as instants, with stable UIDs", async () => {
    const w = await world();
    const token = await w.subscribe(w.report);
    const res = await calendarFeed(`${token}.ics`);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, max-age=300",
      "content-disposition": 'inline; filename="rapport.ics"',
      "x-robots-tag": "noindex",
    });
    const feed = await parse(res);
    expect(feed.calendar).toMatchObject({
      prodid: "-//Rapport//Calendar feed//EN",
      "WR-CALNAME": `Rapport — ${w.org.name}`,
      "WR-TIMEZONE": "America/New_York",
    });
    const y = (d: DateTime) => d.year;
    const mgr = today.minus({ days: 10 });
    const expected = [
      `birthday:${w.report.id}:${y(today.plus({ days: 5 }))}`,
      `birthday:${w.manager.id}:${y(mgr)}`,
      `birthday:${w.manager.id}:${y(mgr) + 1}`,
      `anniversary:${w.boss.id}:${y(today.plus({ days: 7 }))}`,
      `milestone:${w.milestone.id}:${y(today.plus({ days: 20 }))}`,
      `meeting:${w.rajMeeting.id}`,
    ];
    const febs = feed.uids.filter((u) => u.startsWith(`birthday:${w.admin.id}:`)).map((u) => u.replace("@rapport", ""));
    expect(febs.length).toBeGreaterThanOrEqual(1);
    expect(feed.uids).toEqual([...expected, ...febs].map((u) => `${u}@rapport`).sort());
    expect(feed.events).toHaveLength(expected.length + febs.length);

    const byUid = (u: string) => {
      const event = feed.events.find((e) => e.uid === `${u}@rapport`);
      if (!event) throw new Error(`no event ${u}`);
      return event;
    };
    for (const u of febs) {
      const year = Number(u.split(":")[2]);
      expect(day(byUid(u).start)).toBe(`${year}-02-${isLeap(year) ? 29 : 28}`);
    }
    const birthday = byUid(`birthday:${w.manager.id}:${y(mgr) + 1}`);
    expect(birthday).toMatchObject({ datetype: "date", summary: "Mia Manager's birthday" });
    expect(day(birthday.start)).toBe(mgr.plus({ years: 1 }).toISODate());
    expect(day(birthday.end as Date)).toBe(mgr.plus({ years: 1, days: 1 }).toISODate());
    const meeting = byUid(`meeting:${w.rajMeeting.id}`);
    expect(meeting).toMatchObject({ datetype: "date-time", summary: "1:1 with Mia Manager" });
    expect(meeting.start.toISOString()).toBe(w.rajMeeting.startsAt.toISOString());
    expect((meeting.end as Date).getTime() - w.rajMeeting.startsAt.getTime()).toBe(30 * 60_000);
    expect(String(meeting.description)).toContain("America/New_York");

    const again = await parse(await calendarFeed(`${token}.ics`));
    expect(again.uids).toEqual(feed.uids);
  });

  it("follows the celebrate preference and shows only the subscriber's own 1:1s", async () => {
    const w = await world();
    const uidsOf = async (p: { userId: string }) =>
      (await parse(await calendarFeed(`${await w.subscribe(p)}.ics`))).uids;
    const has = (uids: string[], prefix: string) => uids.some((u) => u.startsWith(prefix));
    const raj = `birthday:${w.report.id}:`; // PRIVATE
    const pia = `birthday:${w.peer.id}:`; // NONE
    const seen = {
      report: await uidsOf(w.report),
      peer: await uidsOf(w.peer),
      manager: await uidsOf(w.manager),
      boss: await uidsOf(w.boss),
      admin: await uidsOf(w.admin),
    };
    expect(Object.entries(seen).map(([who, u]) => [who, has(u, raj), has(u, pia)])).toEqual([
      ["report", true, false],
      ["peer", false, true],
      ["manager", true, false],
      ["boss", true, false],
      ["admin", false, false],
    ]);
    // Own 1:1s only: the manager has both of hers, the boss (above the pairs) none.
    expect(seen.manager.filter((u) => u.startsWith("meeting:")).sort()).toEqual(
      [`meeting:${w.rajMeeting.id}@rapport`, `meeting:${w.piaMeeting.id}@rapport`].sort(),
    );
    expect(seen.boss.some((u) => u.startsWith("meeting:"))).toBe(false);
    expect(seen.peer.filter((u) => u.startsWith("meeting:"))).toEqual([`meeting:${w.piaMeeting.id}@rapport`]);
  });

  it("stops working at once when regenerated or revoked, and for bad tokens or a deactivated member", async () => {
    const w = await world();
    const calendar = callerFor(t.db, w.report.userId).calendar;
    expect(await calendar.subscription({ org: "acme" })).toEqual({ active: false, createdAt: null, lastUsedAt: null });
    const old = await w.subscribe(w.report);
    expect(old).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await t.db.calendarFeedToken.findMany();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(old); // only the hash is kept
    expect((await calendarFeed(`${old}.ics`)).status).toBe(200);
    const used = await calendar.subscription({ org: "acme" });
    expect(used).toMatchObject({ active: true, createdAt: expect.any(Date), lastUsedAt: expect.any(Date) });
    // At most one write an hour: a second poll leaves lastUsedAt alone.
    await calendarFeed(`${old}.ics`);
    expect((await calendar.subscription({ org: "acme" })).lastUsedAt).toEqual(used.lastUsedAt);

    const fresh = await w.subscribe(w.report);
    expect(await t.db.calendarFeedToken.count()).toBe(1);
    const expectGone = async (token: string) => {
      const res = await calendarFeed(token);
      expect(res.status, token).toBe(404);
      expect(await res.text()).toBe("");
      expect(res.headers.get("cache-control")).toBe("private, no-store");
    };
    await expectGone(`${old}.ics`);
    expect((await calendarFeed(`${fresh}.ics`)).status).toBe(200);
    expect((await calendarFeed(fresh)).status).toBe(200); // the .ics suffix is optional
    for (const bad of [
      "",
      ".ics",
      "nope.ics",
      `${fresh}x.ics`,
      `${fresh.slice(1)}.ics`,
      "a".repeat(43),
      "../../etc.ics",
    ])
      await expectGone(bad);

    await w.set(w.report, { status: "DEACTIVATED", deactivatedAt: new Date(Date.now() - DAY) });
    await expectGone(`${fresh}.ics`);
    await w.set(w.report, { status: "ACTIVE", deactivatedAt: null });
    expect((await calendarFeed(`${fresh}.ics`)).status).toBe(200);
    expect(await calendar.revokeFeed({ org: "acme" })).toEqual({ ok: true });
    await expectGone(`${fresh}.ics`);
    expect((await calendar.subscription({ org: "acme" })).active).toBe(false);
  });
});
