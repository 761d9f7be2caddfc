import { describe, expect, it } from "vitest";
import { firstDate, firstMeeting } from "./cadence-text";

describe("the cadence dialog's first meeting", () => {
  it("is the first matching date on or after the start date, like the server's anchor", () => {
    expect(firstDate("2026-12-01", "TU", null)).toBe("2026-12-01"); // a Tuesday
    expect(firstDate("2026-12-02", "TU", null)).toBe("2026-12-08");
    expect(firstDate("2026-12-01", "SU", null)).toBe("2026-12-06");
    expect(firstDate("2026-12-01", "TH", 1)).toBe("2026-12-03");
    expect(firstDate("2026-12-04", "TH", 1)).toBe("2027-01-07");
    expect(firstDate("2026-12-01", "FR", -1)).toBe("2026-12-25");
    expect(firstDate("2026-12-26", "FR", -1)).toBe("2027-01-29");
    expect(firstDate("2026-12-01", "MO", 4)).toBe("2026-12-28");
  });

  it("is read in the rule's zone", () => {
    const draft = { weekday: "TH", nth: 1, localTime: "15:30", timeZone: "Asia/Kolkata" } as const;
    expect(firstMeeting({ ...draft, startDate: "2026-12-01" }, "1")?.toISOString()).toBe("2026-12-03T10:00:00.000Z");
    expect(firstMeeting({ ...draft, startDate: "2026-12-04" }, "monthly")?.toISOString()).toBe(
      "2027-01-07T10:00:00.000Z",
    );
    expect(firstMeeting({ ...draft, startDate: "" }, "1")).toBeNull();
  });
});
