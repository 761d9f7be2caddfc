import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeEmail, ZCalendarMonth, ZTimeZone } from "./validation";

describe("normalizeEmail", () => {
  it.each([
    ["  Priya.Patel@Northwind.Example ", "priya.patel@northwind.example"],
    ["a+tag@sub.example.co.uk", "a+tag@sub.example.co.uk"],
  ])("normalizes %j", (input, out) => expect(normalizeEmail(input)).toBe(out));

  it.each([
    ["look-alike fullwidth at", "priya\uFF20northwind.example"],
    ["small commercial at", "priya\uFE6Bnorthwind.example"],
    ["two at signs", "a@b@northwind.example"],
    ["quoted local part", '"priya"@northwind.example'],
    ["quoted with at inside", '"a@b"@northwind.example'],
    ["zero-width space", "pri\u200Bya@northwind.example"],
    ["fullwidth letters", "\uFF50riya@northwind.example"],
    ["no domain dot", "priya@localhost"],
    ["leading dot", ".priya@northwind.example"],
    ["double dot", "pri..ya@northwind.example"],
    ["empty", "   "],
  ])("rejects %s", (_, input) => expect(normalizeEmail(input)).toBeNull());

  it("is idempotent on everything it accepts", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const once = normalizeEmail(email);
        if (once !== null) expect(normalizeEmail(once)).toBe(once);
      }),
    );
  });
});

describe("ZTimeZone", () => {
  it("accepts IANA zones and rejects others", () => {
    expect(ZTimeZone.safeParse("America/New_York").success).toBe(true);
    expect(ZTimeZone.safeParse("UTC").success).toBe(true);
    expect(ZTimeZone.safeParse("Mars/Olympus").success).toBe(false);
    expect(ZTimeZone.safeParse("EST5EDT; DROP TABLE").success).toBe(false);
  });
});

describe("ZCalendarMonth", () => {
  it.each(["2026-12", "1970-01", "2100-12"])("accepts %s", (m) =>
    expect(ZCalendarMonth.safeParse(m).success).toBe(true),
  );
  it.each(["2026-13", "2026-00", "2026-1", "1969-12", "2101-01", "2026-12-01", "2026-12\u0000", ""])(
    "refuses %j",
    (m) => expect(ZCalendarMonth.safeParse(m).success).toBe(false),
  );
});
