import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  annualDate,
  annualDatesBetween,
  atLocalTime,
  daysBetween,
  isoWeekday,
  localClock,
  localDate,
  monthBounds,
  monthsBetween,
  nextAnnualDate,
  nextBirthday,
  nextWorkAnniversary,
  weekdayOrFridayBefore,
} from "./dates";

const ZONES = [
  "America/New_York",
  "Europe/London",
  "Europe/Berlin",
  "Asia/Kolkata",
  "America/Los_Angeles",
  "Australia/Sydney",
  "UTC",
];

describe("atLocalTime", () => {
  it("keeps 09:00 local across both New York DST changes", () => {
    for (const date of ["2026-03-07", "2026-03-08", "2026-03-09", "2026-10-31", "2026-11-01", "2026-11-02"]) {
      const instant = atLocalTime(date, "09:00", "America/New_York");
      expect(DateTime.fromJSDate(instant, { zone: "America/New_York" }).toFormat("yyyy-MM-dd HH:mm")).toBe(
        `${date} 09:00`,
      );
    }
    // 09:00 EST is 14:00Z, 09:00 EDT is 13:00Z
    expect(atLocalTime("2026-03-07", "09:00", "America/New_York").toISOString()).toBe("2026-03-07T14:00:00.000Z");
    expect(atLocalTime("2026-03-09", "09:00", "America/New_York").toISOString()).toBe("2026-03-09T13:00:00.000Z");
  });

  it("moves a time in the spring-forward gap forward by the gap", () => {
    expect(atLocalTime("2026-03-08", "02:30", "America/New_York").toISOString()).toBe("2026-03-08T07:30:00.000Z"); // 03:30 EDT
    expect(atLocalTime("2026-03-29", "01:30", "Europe/London").toISOString()).toBe("2026-03-29T01:30:00.000Z"); // 02:30 BST
  });

  it("takes the earlier instant of a repeated fall-back time", () => {
    expect(atLocalTime("2026-11-01", "01:30", "America/New_York").toISOString()).toBe("2026-11-01T05:30:00.000Z"); // EDT
  });

  it("round-trips every existing local time in every zone (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.date({ min: new Date("2020-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (zone, day, h, m) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
          const got = DateTime.fromJSDate(atLocalTime(date, time, zone), { zone });
          const exists = DateTime.fromISO(`${date}T${time}`, { zone });
          if (exists.toFormat("yyyy-MM-dd HH:mm") === `${date} ${time}`) {
            expect(got.toFormat("yyyy-MM-dd HH:mm")).toBe(`${date} ${time}`);
          } else {
            // In a gap: the result is later on the same day, by less than the gap (at most 1h here).
            expect(got.toISODate()).toBe(date);
            const minutes = got.hour * 60 + got.minute - (h * 60 + m);
            expect(minutes).toBeGreaterThan(0);
            expect(minutes).toBeLessThanOrEqual(60);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("calendar dates", () => {
  it("localDate depends on the zone", () => {
    const instant = new Date("2026-06-30T23:30:00Z");
    expect(localDate(instant, "UTC")).toBe("2026-06-30");
    expect(localDate(instant, "Asia/Kolkata")).toBe("2026-07-01");
    expect(localDate(instant, "America/Los_Angeles")).toBe("2026-06-30");
  });

  it("nextAnnualDate wraps the year and maps Feb 29 to Feb 28 outside leap years", () => {
    expect(nextAnnualDate(12, 25, "2026-11-23")).toBe("2026-12-25");
    expect(nextAnnualDate(1, 5, "2026-11-23")).toBe("2027-01-05");
    expect(nextAnnualDate(11, 23, "2026-11-23")).toBe("2026-11-23");
    expect(nextAnnualDate(2, 29, "2026-11-23")).toBe("2027-02-28");
    expect(nextAnnualDate(2, 29, "2027-03-01")).toBe("2028-02-29");
  });

  it("nextBirthday counts days from the person's local today", () => {
    const now = new Date("2026-11-23T20:00:00Z"); // already Nov 24 in Kolkata
    expect(nextBirthday(11, 24, "Asia/Kolkata", now)).toEqual({ date: "2026-11-24", inDays: 0 });
    expect(nextBirthday(11, 24, "America/New_York", now)).toEqual({ date: "2026-11-24", inDays: 1 });
  });

  it("nextWorkAnniversary counts whole years and ignores future starts", () => {
    const now = new Date("2026-11-23T12:00:00Z");
    expect(nextWorkAnniversary(new Date("2021-06-14"), "UTC", now)).toEqual({
      date: "2027-06-14",
      inDays: 203,
      years: 6,
    });
    expect(nextWorkAnniversary(new Date("2024-11-30"), "UTC", now)).toEqual({
      date: "2026-11-30",
      inDays: 7,
      years: 2,
    });
    expect(nextWorkAnniversary(new Date("2026-10-01"), "UTC", now)).toEqual({
      date: "2027-10-01",
      inDays: 312,
      years: 1,
    });
    expect(nextWorkAnniversary(new Date("2027-01-01"), "UTC", now)).toBeNull();
  });

  it("daysBetween is additive (property)", () => {
    const day = fc
      .date({ min: new Date("2000-01-01"), max: new Date("2040-01-01"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
      }),
    );
  });
});

describe("calendar ranges", () => {
  it("annualDate keeps Feb 29 in leap years and moves it to Feb 28 in others", () => {
    expect(annualDate(2028, 2, 29)).toBe("2028-02-29");
    expect(annualDate(2027, 2, 29)).toBe("2027-02-28");
    expect(annualDate(2100, 2, 29)).toBe("2100-02-28"); // not a leap year
    expect(annualDate(2000, 2, 29)).toBe("2000-02-29");
    expect(annualDate(2027, 12, 31)).toBe("2027-12-31");
  });

  it("annualDatesBetween yields one date a year inside the range, across a new year", () => {
    expect(annualDatesBetween(1, 2, "2026-11-02", "2027-11-02")).toEqual(["2027-01-02"]);
    expect(annualDatesBetween(11, 2, "2026-11-02", "2027-11-02")).toEqual(["2026-11-02", "2027-11-02"]);
    expect(annualDatesBetween(2, 29, "2027-02-01", "2028-03-01")).toEqual(["2027-02-28", "2028-02-29"]);
    expect(annualDatesBetween(3, 1, "2027-02-01", "2027-02-28")).toEqual([]);
  });

  it("weekdayOrFridayBefore moves Saturdays and Sundays to the Friday before, nothing else", () => {
    expect(weekdayOrFridayBefore("2026-12-05")).toBe("2026-12-04"); // Saturday
    expect(weekdayOrFridayBefore("2026-12-06")).toBe("2026-12-04"); // Sunday
    expect(weekdayOrFridayBefore("2027-01-02")).toBe("2027-01-01"); // across a year
    for (const d of ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04"])
      expect(weekdayOrFridayBefore(d)).toBe(d);
  });

  it("weekdayOrFridayBefore always lands on a weekday at most two days earlier (property)", () => {
    const day = fc
      .date({ min: new Date("2000-01-01"), max: new Date("2040-01-01"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (d) => {
        const shown = weekdayOrFridayBefore(d);
        expect(isoWeekday(shown)).toBeLessThanOrEqual(5);
        expect(daysBetween(shown, d)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(shown, d)).toBeLessThanOrEqual(2);
      }),
      { numRuns: 300 },
    );
  });

  it("monthBounds, monthsBetween and addMonths", () => {
    expect(monthBounds("2027-02")).toEqual({ first: "2027-02-01", last: "2027-02-28" });
    expect(monthBounds("2028-02")).toEqual({ first: "2028-02-01", last: "2028-02-29" });
    expect(monthBounds("2026-12")).toEqual({ first: "2026-12-01", last: "2026-12-31" });
    expect(monthsBetween("2026-12-01", "2027-01-02")).toEqual([1, 12]);
    expect(monthsBetween("2026-11-02", "2027-11-02")).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(addMonths("2027-03-31", -1)).toBe("2027-02-28");
    expect(addMonths("2026-12-02", 12)).toBe("2027-12-02");
  });

  it("localClock reads the wall clock in a zone", () => {
    const instant = new Date("2026-12-02T04:00:00Z");
    expect(localClock(instant, "Asia/Kolkata")).toBe("09:30");
    expect(localClock(instant, "America/New_York")).toBe("23:00");
  });
});
