import { describe, expect, it } from "vitest";
import { daysAgo, durationLabel, localDateIn, relativeDay, time, timeRange, whenLabel, zonedInstant } from "./dates";

describe("UI date formatting", () => {
  const t = new Date("2026-11-26T15:30:00Z");

  it("writes 24-hour times in the given zone", () => {
    expect(time(t, "America/New_York")).toBe("10:30");
    expect(time(t, "Asia/Kolkata")).toBe("21:00");
    expect(timeRange(t, 45, "UTC")).toBe("15:30 – 16:15");
    expect(localDateIn(new Date("2026-11-26T23:30:00Z"), "Asia/Kolkata")).toBe("2026-11-27");
  });

  it("says today / tomorrow / a weekday / a date relative to the viewer's day", () => {
    const now = new Date("2026-11-25T12:00:00Z");
    expect(relativeDay(new Date("2026-11-25T20:00:00Z"), "UTC", now)).toBe("Today");
    expect(whenLabel(t, "UTC", now)).toBe("Tomorrow 15:30");
    expect(relativeDay(new Date("2026-11-28T09:00:00Z"), "UTC", now)).toBe("Saturday");
    expect(relativeDay(new Date("2026-12-09T09:00:00Z"), "UTC", now)).toBe("Wed, Dec 9");
    expect(daysAgo(0)).toBe("today");
    expect(durationLabel(90)).toBe("1 h 30 min");
  });

  it("turns a wall-clock input into the right instant, across DST", () => {
    expect(zonedInstant("2026-03-07T09:00", "America/New_York").toISOString()).toBe("2026-03-07T14:00:00.000Z");
    expect(zonedInstant("2026-03-09T09:00", "America/New_York").toISOString()).toBe("2026-03-09T13:00:00.000Z");
    // 02:30 does not exist on the spring-forward day: it moves forward by the gap (03:30 EDT)
    expect(zonedInstant("2026-03-08T02:30", "America/New_York").toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(Number.isNaN(zonedInstant("garbage", "UTC").getTime())).toBe(true);
  });
});
