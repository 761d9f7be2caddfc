// The iCal text of a member's feed, from calendar events (pure: events in, text out). Milestones
// are all-day events (DATE values) on the day they are shown, each yearly one as its own instance
// (so a February 29 birthday lands on February 28 in other years, as in the app), marked free.
// 1:1s are timed events written as UTC instants: the `ics` package has no TZID support, so the
// meeting's own zone and local time go into the description, and X-WR-TIMEZONE names the
// subscriber's zone for clients that honour it. UIDs are the events' stable ids.
import { createEvents, type EventAttributes } from "ics";
import { addDays, type IsoDate, localClock } from "../../lib/dates";
import type { TCalendarEvent } from "./calendar.schema";

export const PRODID = "-//Rapport//Calendar feed//EN";

const dateArray = (d: IsoDate): [number, number, number] => d.split("-").map(Number) as [number, number, number];

function toAttributes(e: TCalendarEvent, stamp: number): EventAttributes & { timestamp: number } {
  const common = {
    uid: `${e.id}@rapport`,
    title: e.title,
    timestamp: stamp,
    classification: e.visibility === "PRIVATE" ? "PRIVATE" : "PUBLIC",
    categories: [e.kind === "oneOnOne" ? "1:1" : e.kind],
  };
  if (e.kind === "oneOnOne" && e.startsAt && e.endsAt) {
    const zone = e.meetingZone ?? "UTC";
    return {
      ...common,
      start: e.startsAt.getTime(),
      startInputType: "utc",
      startOutputType: "utc",
      end: e.endsAt.getTime(),
      endInputType: "utc",
      endOutputType: "utc",
      description: `${localClock(e.startsAt, zone)}–${localClock(e.endsAt, zone)} ${zone} time`,
      busyStatus: "BUSY",
      transp: "OPAQUE",
    };
  }
  return {
    ...common,
    start: dateArray(e.date),
    end: dateArray(addDays(e.date, 1)), // DTEND of an all-day event is the day after (exclusive)
    ...(e.actualDate !== e.date
      ? { description: `Falls on ${e.actualDate} (a weekend): celebrated on the Friday before.` }
      : {}),
    busyStatus: "FREE",
    transp: "TRANSPARENT",
  };
}

/** The whole VCALENDAR for `events`; `zone` is the subscriber's (X-WR-TIMEZONE). */
export function buildIcal(input: { orgName: string; zone: string; events: TCalendarEvent[]; now?: Date }): string {
  const stamp = (input.now ?? new Date()).getTime();
  const { error, value } = createEvents(
    input.events.map((e) => toAttributes(e, stamp)),
    { productId: PRODID, calName: `Rapport — ${input.orgName}`, method: "PUBLISH" },
  );
  if (error || value === null) throw error ?? new Error("Could not build the calendar");
  // ics writes no X-WR-TIMEZONE: it goes into the header, after the (never folded) TTL line.
  const ttl = "X-PUBLISHED-TTL:PT1H\r\n";
  return value.replace(ttl, `${ttl}X-WR-TIMEZONE:${input.zone}\r\n`);
}
