import { describe, expect, it } from "vitest";
import { addDays, addMonths, dayTitle, monthTitle, monthWeeks, weekdayIndex } from "./calendar-days";

describe("calendar days", () => {
  it("adds days and months across year ends and leap days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
  });
  it("weeks run Monday to Sunday and cover the whole month", () => {
    const weeks = monthWeeks("2026-12"); // Dec 1 2026 is a Tuesday, Dec 31 a Thursday
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.[0]).toBe("2026-11-30");
    expect(weeks.at(-1)?.[6]).toBe("2027-01-03");
    expect(weekdayIndex("2026-12-07")).toBe(0);
    expect(monthWeeks("2027-02")).toHaveLength(4); // Feb 1 2027 is a Monday: four full weeks
  });
  it("labels", () => {
    expect(monthTitle("2026-12")).toBe("December 2026");
    expect(dayTitle("2026-12-02")).toBe("Wednesday, December 2");
  });
});
