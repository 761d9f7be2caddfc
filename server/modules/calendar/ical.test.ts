// The iCal builder on its own (pure): what a calendar client reads back from it, parsed with
// node-ical; titles with commas, semicolons and non-ASCII survive, long lines fold, a weekend move
// is explained, and an empty feed is still a valid calendar.
import ical from "node-ical";
import { describe, expect, it } from "vitest";
import type { TCalendarEvent } from "./calendar.schema";
import { buildIcal, PRODID } from "./ical";

const base: TCalendarEvent = {
  id: "birthday:p1:2026",
  kind: "birthday",
  date: "2026-12-04",
  actualDate: "2026-12-06",
  title: "Tomás Álvarez's birthday",
  person: { id: "p1", name: "Tomás Álvarez" },
  team: null,
  years: null,
  highlight: false,
  visibility: "PUBLIC",
  startsAt: null,
  endsAt: null,
  meetingZone: null,
  otherZone: null,
  meetingId: null,
  celebrate: { recipients: [{ id: "p1", name: "Priya" }] },
};
const meeting: TCalendarEvent = {
  ...base,
  id: "meeting:m1",
  kind: "oneOnOne",
  date: "2026-12-02",
  actualDate: "2026-12-02",
  title: "1:1 with Priya Patel",
  visibility: "PRIVATE",
  startsAt: new Date("2026-12-02T04:00:00Z"),
  endsAt: new Date("2026-12-02T04:30:00Z"),
  meetingZone: "Asia/Kolkata",
  meetingId: "m1",
  celebrate: null,
};
const now = new Date("2026-12-02T12:00:00Z");

describe("buildIcal", () => {
  it("writes all-day milestones on the day shown and 1:1s as UTC instants with their zone described", () => {
    const long = {
      ...base,
      id: "milestone:x:2026",
      kind: "milestone" as const,
      title: `Launch, phase 2; ${"x".repeat(90)}`,
    };
    const text = buildIcal({ orgName: "Northwind Labs", zone: "Europe/Berlin", events: [base, meeting, long], now });
    expect(text).toContain("DTSTART;VALUE=DATE:20261204\r\n");
    expect(text).toContain("DTSTART:20261202T040000Z\r\n");
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const parsed = ical.sync.parseICS(text);
    expect(parsed.vcalendar).toMatchObject({
      prodid: PRODID,
      "WR-CALNAME": "Rapport — Northwind Labs",
      "WR-TIMEZONE": "Europe/Berlin",
    });
    expect(parsed["birthday:p1:2026@rapport"]).toMatchObject({
      summary: "Tomás Álvarez's birthday",
      datetype: "date",
      transparency: "TRANSPARENT",
      description: expect.stringContaining("2026-12-06"),
    });
    expect(parsed["meeting:m1@rapport"]).toMatchObject({
      summary: "1:1 with Priya Patel",
      datetype: "date-time",
      start: new Date("2026-12-02T04:00:00Z"),
      end: new Date("2026-12-02T04:30:00Z"),
      description: "09:30–10:00 Asia/Kolkata time",
      class: "PRIVATE",
    });
    expect((parsed["milestone:x:2026@rapport"] as ical.VEvent).summary).toBe(long.title);
  });

  it("is a valid, empty calendar without events", () => {
    const text = buildIcal({ orgName: "Globex", zone: "UTC", events: [], now });
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === "VEVENT")).toEqual([]);
  });
});
