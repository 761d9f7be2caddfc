// The display rule for 1:1 times (meeting-time.ts), checked against luxon as an independent oracle.
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { dayLabel, localInput, savedLabel, zoneCity, zonedInstant, zoneOffsetMinutes } from "./dates";
import { cadenceLabel, isNight, meetingTimeLabel, nightWarning, zoneChoices, zoneLabel } from "./meeting-time";

const NY = "America/New_York";
const KOLKATA = "Asia/Kolkata";
const ZONES = [
  NY,
  "America/Bogota",
  "America/Toronto",
  "Europe/London",
  "Europe/Berlin",
  "Europe/Paris",
  KOLKATA,
  "Asia/Calcutta",
  "Australia/Sydney",
  "Australia/Brisbane",
  "America/Argentina/Buenos_Aires",
  "UTC",
];
const at = (iso: string) => new Date(iso);
const wall = (local: string, zone: string) => zonedInstant(local, zone);
/** Generous: properties must not fail on a busy machine. */
const SLOW = { timeout: 120_000 };
const RUNS = { numRuns: 300 };
const arbInstant = fc.date({ min: new Date("2020-01-01"), max: new Date("2035-12-31"), noInvalidDate: true });
const arbZone = fc.constantFrom(...ZONES);

describe("meetingTimeLabel: the viewer's time first, the other's second only when it differs", () => {
  // Marcus (New York) and Priya (Kolkata), their weekly 15:30 Kolkata 1:1.
  const thursday = at("2026-11-26T10:00:00Z");
  const now = at("2026-11-25T15:00:00Z");

  it("writes the viewer's time in their zone, then the other participant's with their city", () => {
    expect(
      meetingTimeLabel({ instant: thursday, viewerZone: NY, otherZone: KOLKATA, otherName: "Priya Patel", now }),
    ).toEqual({ viewer: "Tomorrow 05:00", other: "15:30 for Priya Patel (Kolkata)", otherNight: false });
    expect(
      meetingTimeLabel({ instant: thursday, viewerZone: KOLKATA, otherZone: NY, otherName: "Marcus Chen", now }),
    ).toEqual({ viewer: "Tomorrow 15:30", other: "05:00 for Marcus Chen (New York)", otherNight: true });
  });

  it("styles: a date, a bare time, a range; another day on the other clock is named", () => {
    const late = at("2026-11-26T20:00:00Z"); // Thu 15:00 New York, Fri 01:30 Kolkata
    expect(meetingTimeLabel({ instant: late, viewerZone: NY, otherZone: KOLKATA, style: "date" })).toEqual({
      viewer: "Nov 26, 2026, 15:00",
      other: "Fri 01:30 in Kolkata",
      otherNight: true,
    });
    expect(
      meetingTimeLabel({ instant: thursday, viewerZone: NY, otherZone: KOLKATA, durationMinutes: 30, style: "time" }),
    ).toMatchObject({ viewer: "05:00 – 05:30", other: "15:30 – 16:00 in Kolkata" });
    expect(meetingTimeLabel({ instant: thursday, viewerZone: NY, style: "time" })).toEqual({
      viewer: "05:00",
      other: null,
      otherNight: false,
    });
  });

  it("shows one time for the same zone, an alias of it, or another zone on the same offset", () => {
    for (const [a, b] of [
      [NY, NY],
      [KOLKATA, "Asia/Calcutta"],
      ["Europe/Berlin", "Europe/Paris"],
      [NY, "America/Toronto"],
    ] as const) {
      expect(meetingTimeLabel({ instant: thursday, viewerZone: a, otherZone: b }).other).toBeNull();
    }
  });

  it("follows DST: the same pair of zones shares a clock on one side of a change and not the other", () => {
    const differs = (iso: string, a: string, b: string) =>
      meetingTimeLabel({ instant: at(iso), viewerZone: a, otherZone: b, style: "time" }).other;
    // New York springs forward 2026-03-08 at 07:00Z (02:00 EST -> 03:00 EDT); Bogota stays at -05:00.
    expect(differs("2026-03-08T06:59:00Z", NY, "America/Bogota")).toBeNull();
    expect(differs("2026-03-08T07:00:00Z", NY, "America/Bogota")).toBe("02:00 in Bogota");
    // ...and falls back 2026-11-01 at 06:00Z.
    expect(differs("2026-11-01T05:59:00Z", NY, "America/Bogota")).toBe("00:59 in Bogota");
    expect(differs("2026-11-01T06:00:00Z", NY, "America/Bogota")).toBeNull();
    // London leaves GMT (= UTC) on 2026-03-29 at 01:00Z.
    expect(differs("2026-03-29T00:59:00Z", "Europe/London", "UTC")).toBeNull();
    expect(differs("2026-03-29T01:00:00Z", "Europe/London", "UTC")).toBe("01:00 in UTC");
    // Sydney leaves daylight time 2026-04-05 03:00 AEDT (16:00Z on the 4th); Brisbane has none.
    expect(differs("2026-04-04T15:59:00Z", "Australia/Sydney", "Australia/Brisbane")).toBe("01:59 in Brisbane");
    expect(differs("2026-04-04T16:00:00Z", "Australia/Sydney", "Australia/Brisbane")).toBeNull();
    // New York on its spring-forward day against Kolkata: 05:00 EST vs 06:00 EDT for the same 15:30.
    expect(
      meetingTimeLabel({
        instant: wall("2026-03-07T15:30", KOLKATA),
        viewerZone: NY,
        otherZone: KOLKATA,
        style: "time",
      }),
    ).toMatchObject({ viewer: "05:00", other: "15:30 in Kolkata" });
    expect(
      meetingTimeLabel({
        instant: wall("2026-03-09T15:30", KOLKATA),
        viewerZone: NY,
        otherZone: KOLKATA,
        style: "time",
      }),
    ).toMatchObject({ viewer: "06:00", other: "15:30 in Kolkata" });
  });

  it("other is null exactly when both zones have the same UTC offset at that instant (property)", SLOW, () => {
    fc.assert(
      fc.property(arbInstant, arbZone, arbZone, (instant, viewerZone, otherZone) => {
        const same =
          DateTime.fromJSDate(instant, { zone: viewerZone }).offset ===
          DateTime.fromJSDate(instant, { zone: otherZone }).offset;
        const label = meetingTimeLabel({ instant, viewerZone, otherZone, otherName: "X", style: "time" });
        expect(label.other === null).toBe(same);
        // Symmetric: the other side sees two times exactly when this side does.
        expect(meetingTimeLabel({ instant, viewerZone: otherZone, otherZone: viewerZone }).other === null).toBe(same);
      }),
      RUNS,
    );
  });

  it("each text shows its own clock, 24-hour, the viewer's first (property)", SLOW, () => {
    fc.assert(
      fc.property(arbInstant, arbZone, arbZone, (instant, viewerZone, otherZone) => {
        const hhmm = (zone: string) => DateTime.fromJSDate(instant, { zone }).toFormat("HH:mm");
        const label = meetingTimeLabel({ instant, viewerZone, otherZone, otherName: "Priya Patel", style: "date" });
        expect(label.viewer.endsWith(`, ${hhmm(viewerZone)}`)).toBe(true);
        expect(label.viewer).not.toMatch(/AM|PM/);
        if (label.other) {
          expect(label.other).toMatch(
            new RegExp(`^(\\w{3} )?${hhmm(otherZone)} for Priya Patel \\(${zoneCity(otherZone)}\\)$`),
          );
          // The weekday is named exactly when the two clocks are on different dates.
          const sameDay =
            DateTime.fromJSDate(instant, { zone: viewerZone }).toISODate() ===
            DateTime.fromJSDate(instant, { zone: otherZone }).toISODate();
          expect(/^\w{3} /.test(label.other)).toBe(!sameDay);
        }
        expect(zoneOffsetMinutes(instant, otherZone)).toBe(DateTime.fromJSDate(instant, { zone: otherZone }).offset);
      }),
      RUNS,
    );
  });
});

describe("isNight: 22:00 to 07:00 on the other person's clock", () => {
  it("has exact boundaries in every zone, DST days included", () => {
    const days = [
      [KOLKATA, "2026-11-26"],
      [NY, "2026-03-08"],
      [NY, "2026-11-01"],
      ["Europe/London", "2026-03-29"],
      ["Europe/London", "2026-10-25"],
      ["Australia/Sydney", "2026-04-05"],
      ["Australia/Sydney", "2026-10-04"],
    ] as const;
    for (const [zone, day] of days) {
      expect(isNight(wall(`${day}T21:59`, zone), zone), `${zone} ${day} 21:59`).toBe(false);
      expect(isNight(wall(`${day}T22:00`, zone), zone), `${zone} ${day} 22:00`).toBe(true);
      expect(isNight(wall(`${day}T06:59`, zone), zone), `${zone} ${day} 06:59`).toBe(true);
      expect(isNight(wall(`${day}T07:00`, zone), zone), `${zone} ${day} 07:00`).toBe(false);
      expect(isNight(wall(`${day}T00:00`, zone), zone), `${zone} ${day} 00:00`).toBe(true);
      expect(isNight(wall(`${day}T12:00`, zone), zone), `${zone} ${day} 12:00`).toBe(false);
    }
  });

  it("is read in the other person's zone, not the viewer's", () => {
    // Marcus reschedules to 14:57 New York on a Tuesday: 01:27 Wednesday in Kolkata.
    const instant = wall("2026-12-01T14:57", NY);
    expect(isNight(instant, NY)).toBe(false);
    expect(isNight(instant, KOLKATA)).toBe(true);
    expect(meetingTimeLabel({ instant, viewerZone: NY, otherZone: KOLKATA, otherName: "Priya Patel" })).toMatchObject({
      other: "Wed 01:27 for Priya Patel (Kolkata)",
      otherNight: true,
    });
    expect(nightWarning({ instant, otherZone: KOLKATA, otherName: "Priya Patel" })).toBe(
      "01:27 in Kolkata is night for Priya Patel (22:00–07:00).",
    );
    expect(nightWarning({ instant: wall("2026-12-01T23:30", NY), otherZone: KOLKATA, otherName: "Priya" })).toBeNull();
    expect(nightWarning({ instant, otherZone: null })).toBeNull();
  });

  it("agrees with the local hour everywhere (property)", SLOW, () => {
    fc.assert(
      fc.property(arbInstant, arbZone, (instant, zone) => {
        const { hour } = DateTime.fromJSDate(instant, { zone });
        expect(isNight(instant, zone)).toBe(hour >= 22 || hour < 7);
        const label = meetingTimeLabel({ instant, viewerZone: "UTC", otherZone: zone });
        expect(label.otherNight).toBe(hour >= 22 || hour < 7);
      }),
      RUNS,
    );
  });
});

describe("city names", () => {
  it("come from the IANA id, the same for ICU's aliases", () => {
    expect(zoneCity(KOLKATA)).toBe("Kolkata");
    expect(zoneCity("Asia/Calcutta")).toBe("Kolkata");
    expect(zoneCity("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
    expect(zoneCity("America/Buenos_Aires")).toBe("Buenos Aires");
    expect(zoneCity("America/Los_Angeles")).toBe("Los Angeles");
    expect(zoneCity("Europe/Kiev")).toBe("Kyiv");
    expect(zoneCity("Europe/Kyiv")).toBe("Kyiv");
    expect(zoneCity("UTC")).toBe("UTC");
    expect(zoneCity("Etc/UTC")).toBe("UTC");
    expect(zoneLabel(KOLKATA)).toBe("Kolkata (Asia)");
    expect(zoneLabel("UTC")).toBe("UTC");
  });

  it("a zone picker offers the profile's zone once, in place of its ICU alias", () => {
    const icu = ["America/New_York", "Asia/Calcutta", "Europe/London"];
    expect(zoneChoices(KOLKATA, icu)).toEqual(["America/New_York", "Asia/Kolkata", "Europe/London"]);
    expect(zoneChoices("Asia/Calcutta", icu)).toEqual(icu);
    expect(zoneChoices("Europe/Paris", icu)).toEqual([...icu, "Europe/Paris"]);
  });
});

describe("cadenceLabel", () => {
  const weekly = { frequency: "WEEKLY", intervalWeeks: 1, weekday: "TH" } as const;
  const base = { localTime: "15:30", timeZone: KOLKATA, viewerZone: NY, otherZone: KOLKATA, otherName: "Priya Patel" };

  it("reads the viewer's weekday and time at the next occurrence", () => {
    expect(cadenceLabel({ ...base, spec: weekly, nextAt: at("2026-11-26T10:00:00Z") })).toEqual({
      viewer: "Weekly on Thursday at 05:00",
      other: "15:30 for Priya Patel (Kolkata)",
    });
    // Summer: the same rule is at 06:00 in New York.
    expect(cadenceLabel({ ...base, spec: weekly, nextAt: wall("2026-06-04T15:30", KOLKATA) }).viewer).toBe(
      "Weekly on Thursday at 06:00",
    );
    // 08:00 Thursday in Kolkata is Wednesday evening in New York.
    const early = { ...base, localTime: "08:00", nextAt: wall("2026-11-26T08:00", KOLKATA) };
    expect(cadenceLabel({ ...early, spec: { ...weekly, intervalWeeks: 2 } })).toEqual({
      viewer: "Every 2 weeks on Wednesday at 21:30",
      other: "Thu 08:00 for Priya Patel (Kolkata)",
    });
    expect(cadenceLabel({ ...early, spec: { frequency: "MONTHLY", nth: 1, weekday: "TH" } }).viewer).toBe(
      "Monthly on the first Thursday in Kolkata, Wednesday 21:30 your time",
    );
    expect(
      cadenceLabel({
        ...base,
        viewerZone: KOLKATA,
        otherZone: KOLKATA,
        spec: weekly,
        nextAt: at("2026-11-26T10:00:00Z"),
      }),
    ).toEqual({
      viewer: "Weekly on Thursday at 15:30",
      other: null,
    });
  });

  it("without an occurrence, says the rule in its own zone's city", () => {
    expect(cadenceLabel({ ...base, spec: weekly, nextAt: null })).toEqual({
      viewer: "Weekly on Thursday at 15:30 (Kolkata)",
      other: null,
    });
  });
});

describe("one clock for saves and dates", () => {
  const now = at("2026-12-02T09:00:00Z");
  it("says when something was saved in the viewer's zone, with the day when not today", () => {
    expect(savedLabel(at("2026-12-02T08:54:00Z"), "UTC", now)).toBe("08:54");
    // The same instant and the same `now`: another day in New York, today in Kolkata.
    expect(savedLabel(at("2026-12-01T20:00:00Z"), NY, now)).toBe("Dec 1, 15:00");
    expect(savedLabel(at("2026-12-01T20:00:00Z"), KOLKATA, now)).toBe("01:30");
    expect(savedLabel(at("2026-12-02T06:24:00Z"), NY, at("2026-12-02T20:00:00Z"))).toBe("01:24");
    expect(savedLabel(at("2025-12-02T06:24:00Z"), NY, now)).toBe("Dec 2, 2025, 01:24");
  });
  it("writes a day in the viewer's zone (Dec 1 in New York is already Dec 2 in Kolkata)", () => {
    const evening = at("2026-12-01T21:00:00Z");
    expect(dayLabel(evening, NY, now)).toBe("Dec 1");
    expect(dayLabel(evening, KOLKATA, now)).toBe("Dec 2");
    expect(dayLabel(at("2027-01-05T12:00:00Z"), NY, now)).toBe("Jan 5, 2027");
    expect(localInput(evening, NY)).toBe("2026-12-01T16:00");
    expect(localInput(evening, KOLKATA)).toBe("2026-12-02T02:30");
  });
});
