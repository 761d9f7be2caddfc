// A wall time must resolve to the same instant whatever the date the code runs on. Found by an
// independent check against Python's dateutil + zoneinfo: America/Havana falls back from 01:00 to
// 00:00, so midnight itself happens twice, and luxon's own resolution depends on today's offset.
import fc from "fast-check";
import { DateTime } from "luxon";
import { afterEach, describe, expect, it, vi } from "vitest";
import { occurrencesBetween } from "./cadence";
import { atLocalTime } from "./dates";

// Zones whose clocks change at or around midnight, plus the usual ones.
const ZONES = ["America/Havana", "America/Santiago", "Asia/Beirut", "America/New_York", "Europe/London"];
// Clocks on both sides of each zone's DST periods, so "the offset in force today" differs between them.
const CLOCKS = ["2021-01-15T12:00:00Z", "2024-07-01T12:00:00Z", "2026-12-01T21:00:00Z", "2031-04-01T03:00:00Z"];
const pad = (n: number) => String(n).padStart(2, "0");
const offsetAt = (t: number, zone: string) => DateTime.fromMillis(t, { zone }).offset;
const HEAVY = { timeout: 180_000 };

/** Local dates on which `zone`'s offset changes (noon to noon), 2020-2031: where the bugs live. */
function transitionDates(zone: string): string[] {
  const out: string[] = [];
  let day = DateTime.fromISO("2020-01-01T12:00", { zone: "UTC" });
  let prev = offsetAt(day.toMillis(), zone);
  for (let i = 0; i < 12 * 366; i++) {
    day = day.plus({ days: 1 });
    const now = offsetAt(day.toMillis(), zone);
    if (now !== prev) out.push(day.toISODate() as string, day.minus({ days: 1 }).toISODate() as string);
    prev = now;
  }
  return out;
}
const TRANSITIONS = new Map(ZONES.map((z) => [z, transitionDates(z)]));
const arbZoneDate = fc.constantFrom(...ZONES).chain((zone) =>
  fc.tuple(
    fc.constant(zone),
    fc.oneof(
      fc
        .integer({ min: 0, max: 12 * 366 })
        .map((n) => DateTime.fromISO("2020-01-01", { zone: "UTC" }).plus({ days: n }).toISODate() as string),
      fc.constantFrom(...(TRANSITIONS.get(zone) ?? ["2026-01-01"])),
    ),
  ),
);

afterEach(() => {
  vi.useRealTimers();
});

describe("atLocalTime does not depend on the clock", () => {
  it("resolves Havana's doubled midnight to the first one, under every clock", () => {
    for (const clock of CLOCKS) {
      vi.useFakeTimers({ now: new Date(clock), toFake: ["Date"] });
      expect(atLocalTime("2026-11-01", "00:30", "America/Havana").toISOString()).toBe("2026-11-01T04:30:00.000Z");
      expect(atLocalTime("2026-11-01", "00:00", "America/Havana").toISOString()).toBe("2026-11-01T04:00:00.000Z");
      // Spring forward at midnight: 00:30 does not exist and becomes 01:30 CDT.
      expect(atLocalTime("2026-03-08", "00:30", "America/Havana").toISOString()).toBe("2026-03-08T05:30:00.000Z");
      const weekly = { rrule: "FREQ=WEEKLY;BYDAY=SU", timeZone: "America/Havana", localTime: "00:30" };
      const [first] = occurrencesBetween(
        { ...weekly, startDate: "2026-11-01", durationMinutes: 30 },
        new Date("2026-10-31T00:00:00Z"),
        new Date("2026-11-02T00:00:00Z"),
      );
      expect(first?.startsAt.toISOString()).toBe("2026-11-01T04:30:00.000Z");
    }
  });

  it("gives the same instant under every clock, and it obeys the gap and overlap rules (property)", HEAVY, () => {
    fc.assert(
      fc.property(
        arbZoneDate,
        fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 1, 2, 23)),
        fc.integer({ min: 0, max: 59 }),
        ([zone, date], hour, minute) => {
          const time = `${pad(hour)}:${pad(minute)}`;
          const answers = CLOCKS.map((clock) => {
            vi.useFakeTimers({ now: new Date(clock), toFake: ["Date"] });
            return atLocalTime(date, time, zone).getTime();
          });
          vi.useRealTimers();
          const t = answers[0] ?? Number.NaN;
          expect(answers.every((a) => a === t)).toBe(true);
          const shown = DateTime.fromMillis(t, { zone }).toFormat("yyyy-MM-dd HH:mm");
          if (shown === `${date} ${time}`) {
            // Overlap rule: one hour earlier (the largest repeat in these zones) never shows the same wall time.
            const earlier = t - 3_600_000;
            expect(DateTime.fromMillis(earlier, { zone }).toFormat("yyyy-MM-dd HH:mm")).not.toBe(shown);
          } else {
            // Gap rule: the clock jumped forward just before t, by exactly the distance we moved.
            const gap = offsetAt(t, zone) - offsetAt(t - 6 * 3_600_000, zone);
            expect(gap).toBeGreaterThan(0);
            const wallAsUtc = Date.parse(`${date}T${time}:00Z`);
            expect(t + offsetAt(t, zone) * 60_000 - wallAsUtc).toBe(gap * 60_000);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
