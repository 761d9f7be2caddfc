// RRULE text <-> CadenceSpec, and the small cadence helpers.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbSpec } from "../test/arbitraries";
import {
  CadenceError,
  type CadenceSpec,
  cadenceIntervalDays,
  isOverdue,
  parseRRule,
  toRRule,
  validateLocalTime,
} from "./cadence";

const DAY = 86_400_000;
const iso = (s: string) => new Date(s);

describe("toRRule / parseRRule", () => {
  it.each([
    [{ frequency: "WEEKLY", intervalWeeks: 1, weekday: "MO" }, "FREQ=WEEKLY;BYDAY=MO"],
    [{ frequency: "WEEKLY", intervalWeeks: 2, weekday: "TU" }, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"],
    [{ frequency: "MONTHLY", nth: 2, weekday: "TU" }, "FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2"],
    [{ frequency: "MONTHLY", nth: -1, weekday: "FR" }, "FREQ=MONTHLY;BYDAY=-1FR"],
  ] as [CadenceSpec, string][])("%o <-> %s", (spec, text) => {
    expect(toRRule(spec)).toBe(text);
    expect(parseRRule(text)).toEqual(spec);
  });

  it.each([
    ["RRULE:freq=weekly;interval=1;byday=mo", { frequency: "WEEKLY", intervalWeeks: 1, weekday: "MO" }],
    ["BYDAY=TH;FREQ=WEEKLY;INTERVAL=8", { frequency: "WEEKLY", intervalWeeks: 8, weekday: "TH" }],
    ["FREQ=MONTHLY;BYDAY=3WE", { frequency: "MONTHLY", nth: 3, weekday: "WE" }],
    ["FREQ=MONTHLY;BYDAY=+1SU", { frequency: "MONTHLY", nth: 1, weekday: "SU" }],
    ["FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1", { frequency: "MONTHLY", nth: -1, weekday: "FR" }],
  ])("also accepts %s", (text, spec) => expect(parseRRule(text)).toEqual(spec));

  it.each([
    ["", /empty/i],
    ["garbage", /malformed/i],
    ["FREQ=WEEKLY;BYDAY=TU;", /malformed/i],
    ["FREQ=DAILY;BYDAY=TU", /FREQ=DAILY/],
    ["FREQ=YEARLY;BYDAY=TU", /FREQ=YEARLY/],
    ["BYDAY=TU", /no FREQ/],
    ["FREQ=WEEKLY;BYDAY=TU;COUNT=5", /COUNT/],
    ["FREQ=WEEKLY;BYDAY=TU;UNTIL=20270101T000000Z", /UNTIL/],
    ["DTSTART=20260101T090000Z;FREQ=WEEKLY;BYDAY=TU", /DTSTART/],
    ["DTSTART:20260101T090000Z\nRRULE:FREQ=WEEKLY;BYDAY=TU", /malformed/i],
    ["FREQ=WEEKLY;BYDAY=TU;BYHOUR=9", /BYHOUR/],
    ["FREQ=WEEKLY;BYDAY=TU;WKST=SU", /WKST/],
    ["FREQ=MONTHLY;BYMONTHDAY=1", /BYMONTHDAY/],
    ["FREQ=WEEKLY", /no BYDAY/],
    ["FREQ=WEEKLY;BYDAY=XX", /weekday/],
    ["FREQ=WEEKLY;BYDAY=TU,TH", /exactly one weekday/],
    ["FREQ=WEEKLY;BYDAY=2TU", /plain weekday/],
    ["FREQ=WEEKLY;BYDAY=TU;BYSETPOS=1", /only supported on monthly/],
    ["FREQ=WEEKLY;INTERVAL=0;BYDAY=TU", /1 to 8/],
    ["FREQ=WEEKLY;INTERVAL=9;BYDAY=TU", /1 to 8/],
    ["FREQ=WEEKLY;INTERVAL=two;BYDAY=TU", /number/],
    ["FREQ=WEEKLY;FREQ=WEEKLY;BYDAY=TU", /twice/],
    ["FREQ=MONTHLY;BYDAY=TU", /needs a position/],
    ["FREQ=MONTHLY;BYDAY=5TU", /position/],
    ["FREQ=MONTHLY;BYDAY=TU;BYSETPOS=-2", /position/],
    ["FREQ=MONTHLY;BYDAY=2TU;BYSETPOS=2", /once/],
    ["FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR", /every month/],
  ])("rejects %j", (text, message) => {
    expect(() => parseRRule(text)).toThrow(CadenceError);
    expect(() => parseRRule(text)).toThrow(message);
  });

  it("toRRule rejects specs outside the model", () => {
    for (const bad of [
      { frequency: "WEEKLY", intervalWeeks: 0, weekday: "MO" },
      { frequency: "WEEKLY", intervalWeeks: 1.5, weekday: "MO" },
      { frequency: "WEEKLY", intervalWeeks: 9, weekday: "MO" },
      { frequency: "MONTHLY", nth: 5, weekday: "MO" },
      { frequency: "MONTHLY", nth: 1, weekday: "XX" },
      { frequency: "DAILY", weekday: "MO" },
    ])
      expect(() => toRRule(bad as unknown as CadenceSpec)).toThrow(CadenceError);
  });

  it("round-trips every spec (property)", () => {
    fc.assert(
      fc.property(arbSpec, (spec) => {
        const text = toRRule(spec);
        expect(parseRRule(text)).toEqual(spec);
        expect(toRRule(parseRRule(text))).toBe(text);
      }),
    );
  });
});

describe("helpers", () => {
  it("cadenceIntervalDays and isOverdue (cadence + 50%)", () => {
    expect(cadenceIntervalDays({ frequency: "WEEKLY", intervalWeeks: 2, weekday: "TU" })).toBe(14);
    expect(["FREQ=WEEKLY;BYDAY=TU", "FREQ=MONTHLY;BYDAY=-1FR"].map(cadenceIntervalDays)).toEqual([7, 30]);
    const held = iso("2026-01-01T09:00Z");
    const edge = new Date(held.getTime() + 21 * DAY); // 1.5 x 14 days
    expect(isOverdue(held, iso("2025-01-01"), 14, edge)).toBe(false);
    expect(isOverdue(held, iso("2025-01-01"), 14, new Date(edge.getTime() + 1))).toBe(true);
    expect(isOverdue(null, held, 14, new Date(edge.getTime() + 1))).toBe(true);
    expect(isOverdue(null, held, 30, edge)).toBe(false);
  });

  it("validateLocalTime", () => {
    for (const ok of ["00:00", "09:05", "23:59"]) expect(validateLocalTime(ok)).toBe(ok);
    for (const bad of ["24:00", "9:00", "09:60", "0900", "", " 09:00", "09:00:00"])
      expect(() => validateLocalTime(bad)).toThrow(CadenceError);
  });
});
