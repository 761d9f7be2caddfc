// All time-zone math lives here (house rule). Instants are UTC `Date`s; rules are local: a calendar
// date is an ISO "YYYY-MM-DD" string interpreted in an IANA zone.
//
// Rules, documented once:
// - A local time that does not exist (spring-forward gap) moves forward by the gap: 02:30 on the
//   New York spring-forward day is 03:30 EDT.
// - A local time that exists twice (fall-back overlap) means the first one (the earlier instant).
// - A February 29 birthday or anniversary is celebrated on February 28 in non-leap years.
import { DateTime, IANAZone } from "luxon";

export type IsoDate = string; // "YYYY-MM-DD"

function zoned(instant: Date, zone: string): DateTime {
  const dt = DateTime.fromJSDate(instant, { zone });
  if (!dt.isValid) throw new RangeError(`Unknown time zone: ${zone}`);
  return dt;
}

/** The calendar date at `instant` for someone in `zone`. */
export function localDate(instant: Date, zone: string): IsoDate {
  return zoned(instant, zone).toISODate() as IsoDate;
}

const HOUR_MS = 3_600_000;

/**
 * The instant of `time` ("HH:mm") on `date` in `zone`, with the gap and overlap rules above.
 *
 * Resolved from the zone's offsets on either side of the wall time, never from "now": luxon's own
 * resolution of a repeated wall time starts from the offset in force today, so a doubled midnight
 * (America/Havana falls back from 01:00 to 00:00) would change with the date the code runs.
 */
export function atLocalTime(date: IsoDate, time: string, zone: string): Date {
  const [h = 0, m = 0] = time.split(":").map(Number);
  const day = DateTime.fromISO(date, { zone: "UTC" });
  const tz = IANAZone.create(zone);
  if (!day.isValid || !tz.isValid) throw new RangeError(`Invalid date or zone: ${date} ${zone}`);
  const wall = day.toMillis() + h * HOUR_MS + m * 60_000; // the wall time read as if it were UTC
  // No zone changes its offset twice within a day, so these are the offsets before and after.
  const before = tz.offset(wall - 24 * HOUR_MS) * 60_000;
  const after = tz.offset(wall + 24 * HOUR_MS) * 60_000;
  const shows = (t: number) => t + tz.offset(t) * 60_000 === wall;
  const candidates = [wall - before, wall - after].filter(shows);
  // Overlap: both readings exist, take the earlier. Gap: neither does; reading the wall time with
  // the offset before the change lands after it, shifted forward by exactly the gap.
  return new Date(candidates.length > 0 ? Math.min(...candidates) : wall - before);
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The date of month/day in `year`, with Feb 29 -> Feb 28 outside leap years. */
function annual(year: number, month: number, day: number): DateTime {
  const d = month === 2 && day === 29 && !isLeap(year) ? 28 : day;
  return DateTime.fromObject({ year, month, day: d }, { zone: "UTC" });
}

/** When month/day falls in `year` (Feb 29 -> Feb 28 outside leap years). */
export function annualDate(year: number, month: number, day: number): IsoDate {
  return annual(year, month, day).toISODate() as IsoDate;
}

/**
 * Every date from `from` to `to` (inclusive) that falls on month/day, one per year, oldest first,
 * with the Feb 29 rule: what a birthday or yearly milestone shows in a calendar range.
 */
export function annualDatesBetween(month: number, day: number, from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const d = annualDate(y, month, day);
    if (d >= from && d <= to) out.push(d);
  }
  return out;
}

/** Whole days from `from` to `to` (both calendar dates). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(DateTime.fromISO(to, { zone: "UTC" }).diff(DateTime.fromISO(from, { zone: "UTC" }), "days").days);
}

/** The next date on or after `today` that falls on month/day. */
export function nextAnnualDate(month: number, day: number, today: IsoDate): IsoDate {
  const t = DateTime.fromISO(today, { zone: "UTC" });
  let d = annual(t.year, month, day);
  if (d < t) d = annual(t.year + 1, month, day);
  return d.toISODate() as IsoDate;
}

export type Milestone = { date: IsoDate; inDays: number };

/** The next birthday for someone in `zone`, counted from their local today. */
export function nextBirthday(month: number, day: number, zone: string, now = new Date()): Milestone {
  const today = localDate(now, zone);
  const date = nextAnnualDate(month, day, today);
  return { date, inDays: daysBetween(today, date) };
}

/**
 * The next work anniversary (1 year or more) from a start date (a calendar date stored at UTC
 * midnight), counted from the person's local today. Null before the first anniversary is in view
 * (start date in the future).
 */
export function nextWorkAnniversary(
  startDate: Date,
  zone: string,
  now = new Date(),
): (Milestone & { years: number }) | null {
  const start = DateTime.fromJSDate(startDate, { zone: "UTC" });
  const today = localDate(now, zone);
  if ((start.toISODate() as IsoDate) > today) return null;
  const date = nextAnnualDate(start.month, start.day, today);
  const years = DateTime.fromISO(date, { zone: "UTC" }).year - start.year;
  if (years < 1) {
    const first = annual(start.year + 1, start.month, start.day).toISODate() as IsoDate;
    return { date: first, inDays: daysBetween(today, first), years: 1 };
  }
  return { date, inDays: daysBetween(today, date), years };
}

/** `date` moved by `days` calendar days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return DateTime.fromISO(date, { zone: "UTC" }).plus({ days }).toISODate() as IsoDate;
}

/** ISO weekday of a calendar date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  return DateTime.fromISO(date, { zone: "UTC" }).weekday;
}

/** A Saturday or Sunday moves to the Friday before (the org's "weekend milestones on Friday"). */
export function weekdayOrFridayBefore(date: IsoDate): IsoDate {
  const weekday = isoWeekday(date);
  return weekday >= 6 ? addDays(date, 5 - weekday) : date;
}

/** `date` moved by `months` calendar months, the day clamped to the month's length (Mar 31 - 1 = Feb 28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return DateTime.fromISO(date, { zone: "UTC" }).plus({ months }).toISODate() as IsoDate;
}

/** First and last day of a calendar month written "YYYY-MM". */
export function monthBounds(month: string): { first: IsoDate; last: IsoDate } {
  const first = DateTime.fromISO(`${month}-01`, { zone: "UTC" });
  if (!first.isValid) throw new RangeError(`Invalid month: ${month}`);
  return { first: first.toISODate() as IsoDate, last: first.endOf("month").toISODate() as IsoDate };
}

/** The months (1-12) that the dates from `from` to `to` touch, e.g. for an indexed month lookup. */
export function monthsBetween(from: IsoDate, to: IsoDate): number[] {
  const months = new Set<number>();
  let d = DateTime.fromISO(from, { zone: "UTC" }).startOf("month");
  const end = DateTime.fromISO(to, { zone: "UTC" });
  while (d <= end && months.size < 12) {
    months.add(d.month);
    d = d.plus({ months: 1 });
  }
  return [...months].sort((a, b) => a - b);
}

/** A calendar date stored as `@db.Date` (midnight UTC) as "YYYY-MM-DD". */
/** A calendar date as the Date a `@db.Date` column takes (UTC midnight): the inverse of isoDateOf. */
export const dateOfIso = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

export function isoDateOf(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The wall-clock time "HH:mm" of `instant` in `zone`. */
export function localClock(instant: Date, zone: string): string {
  return zoned(instant, zone).toFormat("HH:mm");
}

/** True for a real calendar date written "YYYY-MM-DD" (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: "UTC" }).isValid;
}
