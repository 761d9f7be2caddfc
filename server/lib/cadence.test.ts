import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { arbSpec } from "../test/arbitraries";
import {
  type Cadence,
  CadenceError,
  type CadenceSpec,
  nextOccurrence,
  occurrencesBetween,
  toRRule,
  WEEKDAYS,
} from "./cadence";
import { addDays, atLocalTime, daysBetween, isoWeekday, localDate } from "./dates";

const ZONES = ["America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata", "America/Santiago", "UTC"];
const DAY = 86_400_000;
const cadence = (rrule: string, timeZone: string, localTime: string, startDate: string, durationMinutes = 30) =>
  ({ rrule, timeZone, localTime, startDate, durationMinutes }) satisfies Cadence;
const iso = (s: string) => new Date(s);
const wall = (d: Date, zone: string) => DateTime.fromJSDate(d, { zone }).toFormat("yyyy-MM-dd HH:mm");
const offsetAt = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).offset;

const pad = (n: number) => String(n).padStart(2, "0");
// Biased towards the DST gap and overlap hours (01:xx, 02:xx) and Sundays, when most clocks change.
const arbTime = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`),
  fc.constantFrom("01:00", "01:30", "02:00", "02:30", "02:59", "03:00"),
);
const arbDate = fc
  .integer({ min: 0, max: 15 * 366 })
  .map((n) => DateTime.fromISO("2020-01-01", { zone: "UTC" }).plus({ days: n }).toISODate() as string);

/** Independent oracle: does local `date` belong to the rule anchored on `startDate`? */
function matches(spec: CadenceSpec, startDate: string, date: string): boolean {
  const wd = WEEKDAYS.indexOf(spec.weekday) + 1;
  if (date < startDate || isoWeekday(date) !== wd) return false;
  if (spec.frequency === "WEEKLY") {
    let anchor = startDate;
    while (isoWeekday(anchor) !== wd) anchor = addDays(anchor, 1);
    return daysBetween(anchor, date) % (7 * spec.intervalWeeks) === 0;
  }
  const d = DateTime.fromISO(date, { zone: "UTC" });
  return spec.nth === -1 ? d.day + 7 > (d.daysInMonth ?? 0) : Math.ceil(d.day / 7) === spec.nth;
}

/** Asserts the DST rules from the instant's offsets alone (not from how luxon resolves wall times). */
function checkWallTime(startsAt: Date, date: string, time: string, zone: string): "exact" | "gap" {
  const t = startsAt.getTime();
  const asUtc = DateTime.fromISO(`${date}T${time}`, { zone: "UTC" }).toMillis(); // the wall time read as UTC
  const before = offsetAt(t - 6 * 3_600_000, zone);
  const at = offsetAt(t, zone);
  if (wall(startsAt, zone) === `${date} ${time}`) {
    // Overlap rule: no earlier instant shows the same wall time.
    if (before !== at) expect(offsetAt(asUtc - before * 60_000, zone)).not.toBe(before);
    return "exact";
  }
  // Gap rule: the time never showed on the clock, and we moved forward by exactly the gap.
  expect(at).toBeGreaterThan(before);
  expect(offsetAt(asUtc - before * 60_000, zone)).not.toBe(before);
  expect(offsetAt(asUtc - at * 60_000, zone)).not.toBe(at);
  expect(wall(startsAt, zone)).toBe(
    `${date} ${DateTime.fromMillis(asUtc + (at - before) * 60_000, { zone: "UTC" }).toFormat("HH:mm")}`,
  );
  return "gap";
}

describe("occurrencesBetween: fixed examples", () => {
  it("keeps a weekly 09:00 New York 1:1 at 09:00 local across both 2026 DST changes", () => {
    const c = cadence("FREQ=WEEKLY;BYDAY=SU", "America/New_York", "09:00", "2026-01-01");
    const occ = occurrencesBetween(c, iso("2026-03-01T00:00Z"), iso("2026-11-09T00:00Z"));
    expect(occ.every((o) => wall(o.startsAt, "America/New_York") === `${o.localDate} 09:00`)).toBe(true);
    const utcHour = (d: string) => occ.find((o) => o.localDate === d)?.startsAt.getUTCHours();
    expect([utcHour("2026-03-01"), utcHour("2026-03-08"), utcHour("2026-10-25"), utcHour("2026-11-01")]).toEqual([
      14, 13, 13, 14,
    ]);
    expect(occ).toHaveLength(37);
  });

  it("moves times in a spring-forward gap forward by the gap", () => {
    const ny = cadence("FREQ=WEEKLY;BYDAY=SU", "America/New_York", "02:30", "2026-03-01");
    const [, gap, after] = occurrencesBetween(ny, iso("2026-03-01T00:00Z"), iso("2026-03-16T00:00Z"));
    expect(gap?.startsAt.toISOString()).toBe("2026-03-08T07:30:00.000Z"); // 03:30 EDT
    expect(after?.startsAt.toISOString()).toBe("2026-03-15T06:30:00.000Z"); // 02:30 EDT
    const london = cadence("FREQ=WEEKLY;BYDAY=SU", "Europe/London", "01:30", "2026-03-29");
    const [first] = occurrencesBetween(london, iso("2026-03-28T00:00Z"), iso("2026-04-01T00:00Z"));
    expect(first?.startsAt.toISOString()).toBe("2026-03-29T01:30:00.000Z"); // 02:30 BST
    // Santiago springs forward at midnight: 00:30 becomes 01:30 on the same local date.
    const santiago = cadence("FREQ=WEEKLY;BYDAY=SU", "America/Santiago", "00:30", "2026-09-06");
    expect(wall(nextOccurrence(santiago, iso("2026-09-01"))?.startsAt ?? new Date(0), "America/Santiago")).toBe(
      "2026-09-06 01:30",
    );
  });

  it("takes the earlier instant of a repeated fall-back time", () => {
    const first = (zone: string, time: string, date: string) =>
      nextOccurrence(cadence("FREQ=WEEKLY;BYDAY=SU", zone, time, date), iso("2026-01-01"))?.startsAt.toISOString();
    expect(first("America/New_York", "01:30", "2026-11-01")).toBe("2026-11-01T05:30:00.000Z"); // EDT
    expect(first("Australia/Sydney", "02:30", "2026-04-05")).toBe("2026-04-04T15:30:00.000Z"); // AEDT
  });

  it("handles Sydney, where DST ends on the first Sunday of April and starts in October", () => {
    const c = cadence("FREQ=WEEKLY;BYDAY=SU", "Australia/Sydney", "09:00", "2026-03-29");
    const utc = (from: string, to: string) =>
      occurrencesBetween(c, iso(from), iso(to)).map((o) => o.startsAt.toISOString().slice(0, 16));
    expect(utc("2026-03-28", "2026-04-06")).toEqual(["2026-03-28T22:00", "2026-04-04T23:00"]); // AEDT, AEST
    expect(utc("2026-09-26", "2026-10-05")).toEqual(["2026-09-26T23:00", "2026-10-03T22:00"]); // AEST, AEDT
    const gap = cadence("FREQ=WEEKLY;BYDAY=SU", "Australia/Sydney", "02:30", "2026-10-04");
    expect(wall(nextOccurrence(gap, iso("2026-01-01"))?.startsAt ?? new Date(0), "Australia/Sydney")).toBe(
      "2026-10-04 03:30",
    );
  });

  it("computes monthly last Friday and 2nd Tuesday", () => {
    const last = cadence("FREQ=MONTHLY;BYDAY=-1FR", "Europe/London", "14:30", "2026-01-01", 45);
    const occ = occurrencesBetween(last, iso("2026-01-01T00:00Z"), iso("2026-05-01T00:00Z"));
    expect(occ.map((o) => o.localDate)).toEqual(["2026-01-30", "2026-02-27", "2026-03-27", "2026-04-24"]);
    expect(occ[2]?.startsAt.toISOString()).toBe("2026-03-27T14:30:00.000Z"); // GMT
    expect(occ[3]?.startsAt.toISOString()).toBe("2026-04-24T13:30:00.000Z"); // BST
    expect(occ[3]?.endsAt.toISOString()).toBe("2026-04-24T14:15:00.000Z");
    const second = cadence("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2", "UTC", "10:00", "2026-01-14");
    const dates = occurrencesBetween(second, iso("2026-01-01"), iso("2026-04-01")).map((o) => o.localDate);
    expect(dates).toEqual(["2026-02-10", "2026-03-10"]); // January's (13th) is before the start date
  });

  it("anchors the fortnightly phase on the first matching date on or after the start date", () => {
    const c = cadence("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", "America/New_York", "09:00", "2026-01-07"); // a Wednesday
    const dates = occurrencesBetween(c, iso("2025-12-01"), iso("2026-02-15")).map((o) => o.localDate);
    expect(dates).toEqual(["2026-01-13", "2026-01-27", "2026-02-10"]);
    // Fast-forwarding far from the start keeps the phase.
    const late = occurrencesBetween(c, iso("2036-01-01"), iso("2036-02-01")).map((o) => o.localDate);
    expect(late.every((d) => daysBetween("2026-01-13", d) % 14 === 0)).toBe(true);
    expect(late.length).toBeGreaterThanOrEqual(2);
  });

  it("includes `from` and excludes `to`; next is strictly after", () => {
    const c = cadence("FREQ=WEEKLY;BYDAY=MO", "UTC", "09:00", "2026-01-05");
    const at = iso("2026-01-12T09:00Z");
    expect(occurrencesBetween(c, at, iso("2026-01-19T09:00Z")).map((o) => o.localDate)).toEqual(["2026-01-12"]);
    expect(occurrencesBetween(c, at, at)).toEqual([]);
    expect(nextOccurrence(c, at)?.localDate).toBe("2026-01-19");
    expect(nextOccurrence(c, iso("2000-01-01"))?.localDate).toBe("2026-01-05");
  });

  it("rejects invalid cadences", () => {
    const ok = cadence("FREQ=WEEKLY;BYDAY=MO", "UTC", "09:00", "2026-01-05");
    const bad = [
      { timeZone: "Mars/Olympus" },
      { localTime: "9:00" },
      { startDate: "2026-02-30" },
      { durationMinutes: 0 },
    ];
    for (const change of [...bad, { rrule: "FREQ=DAILY" }])
      expect(() => occurrencesBetween({ ...ok, ...change }, iso("2026-01-01"), iso("2026-02-01"))).toThrow(
        CadenceError,
      );
  });
});

describe("occurrencesBetween: properties", () => {
  // 300 runs take ~1 s on an idle machine and several on a busy one: a budget, not a speed check.
  it("matches an independent day-by-day oracle, with the DST rules, order and bounds", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        arbSpec,
        arbTime,
        arbDate,
        fc.integer({ min: -90 * 24, max: 400 * 24 }),
        fc.integer({ min: 1, max: 400 * 24 }),
        (zone, spec, time, startDate, fromHours, spanHours) => {
          const c = cadence(toRRule(spec), zone, time, startDate);
          const from = new Date(Date.parse(`${startDate}T00:00Z`) + fromHours * 3_600_000);
          const to = new Date(from.getTime() + spanHours * 3_600_000);
          const occ = occurrencesBetween(c, from, to);
          const expected: string[] = [];
          for (let d = addDays(localDate(from, zone), -1); d <= addDays(localDate(to, zone), 1); d = addDays(d, 1)) {
            if (!matches(spec, startDate, d)) continue;
            const at = atLocalTime(d, time, zone);
            if (at >= from && at < to) expected.push(`${d} ${at.toISOString()}`);
          }
          expect(occ.map((o) => `${o.localDate} ${o.startsAt.toISOString()}`)).toEqual(expected);
          occ.forEach((o, i) => {
            expect(o.startsAt >= from && o.startsAt < to && o.localDate >= startDate).toBe(true);
            expect(o.endsAt.getTime() - o.startsAt.getTime()).toBe(30 * 60_000);
            checkWallTime(o.startsAt, o.localDate, time, zone);
            const prev = occ[i - 1];
            if (!prev) return;
            expect(o.startsAt > prev.startsAt).toBe(true);
            if (spec.frequency === "WEEKLY")
              expect(daysBetween(prev.localDate, o.localDate)).toBe(7 * spec.intervalWeeks);
          });
          if (spec.frequency === "MONTHLY") expect(occ.every((o) => matches(spec, startDate, o.localDate))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("shifts a time in each zone's spring-forward gap forward by the gap, then returns to it", () => {
    const gapHour: Record<string, number> = { "America/New_York": 2, "Europe/London": 1, "Australia/Sydney": 2 };
    const noonOffset = (d: string, zone: string) => offsetAt(atLocalTime(d, "12:00", zone).getTime(), zone);
    const springForward = (zone: string, year: number) => {
      let d = `${year}-01-02`;
      while (noonOffset(d, zone) <= noonOffset(addDays(d, -1), zone)) d = addDays(d, 1);
      return d;
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(gapHour)),
        fc.integer({ min: 2020, max: 2035 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, year, minute) => {
          const day = springForward(zone, year);
          const time = `${pad(gapHour[zone] ?? 0)}:${pad(minute)}`;
          const c = cadence(`FREQ=WEEKLY;BYDAY=${WEEKDAYS[isoWeekday(day) - 1] ?? ""}`, zone, time, day);
          const [first, second] = occurrencesBetween(c, iso(`${year}-01-01`), iso(`${year + 1}-01-01`));
          expect(first?.localDate).toBe(day);
          expect(checkWallTime(first?.startsAt ?? new Date(0), day, time, zone)).toBe("gap");
          expect(wall(first?.startsAt ?? new Date(0), zone)).toBe(
            `${day} ${pad((gapHour[zone] ?? 0) + 1)}:${pad(minute)}`,
          );
          expect(wall(second?.startsAt ?? new Date(0), zone)).toBe(`${addDays(day, 7)} ${time}`);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("nextOccurrence is the first occurrence strictly after the instant", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        arbSpec,
        arbTime,
        arbDate,
        fc.integer({ min: -60, max: 900 }),
        (zone, spec, time, startDate, days) => {
          const c = cadence(toRRule(spec), zone, time, startDate);
          const after = new Date(Date.parse(`${startDate}T12:00Z`) + days * DAY);
          const next = nextOccurrence(c, after);
          expect(next).not.toBeNull();
          expect(next?.startsAt.getTime()).toBeGreaterThan(after.getTime());
          const between = occurrencesBetween(c, new Date(after.getTime() + 1), next?.startsAt ?? after);
          expect(between).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
