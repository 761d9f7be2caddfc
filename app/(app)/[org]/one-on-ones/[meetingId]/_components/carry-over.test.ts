import { describe, expect, it } from "vitest";
import { carryOverText } from "./carry-over";

describe("carryOverText", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  // Dec 10 at 02:00 in Kolkata is still Dec 9 in New York.
  const next = { startsAt: new Date("2026-12-09T20:30:00Z") };

  it("says what moves and to which day, in the viewer's zone", () => {
    expect(carryOverText({ points: 2, actionItems: 1, next }, "America/New_York", now)).toBe(
      "2 points and 1 action item carry over to Dec 9",
    );
    expect(carryOverText({ points: 2, actionItems: 1, next }, "Asia/Kolkata", now)).toBe(
      "2 points and 1 action item carry over to Dec 10",
    );
    expect(carryOverText({ points: 1, actionItems: 0, next }, "UTC", now)).toBe("1 point carries over to Dec 9");
    expect(carryOverText({ points: 0, actionItems: 3, next: null }, "UTC", now)).toBe(
      "3 action items carry over to the next 1:1 once one is scheduled",
    );
  });

  it("says nothing when nothing is open", () => {
    expect(carryOverText({ points: 0, actionItems: 0, next }, "UTC", now)).toBeNull();
    expect(carryOverText(null, "UTC", now)).toBeNull();
  });
});
