// 1:1 cadence math, pure (no database, no framework). A cadence is RFC 5545 RRULE text without
// DTSTART + an IANA zone + a local start time "HH:mm" + a first local date + a duration.
//
// Occurrences are computed in local calendar-date space: rrule runs on "floating" dates (a UTC
// midnight standing for a local date), so DST never changes which day a meeting falls on. Each local
// date + time then becomes an instant through dates.ts `atLocalTime`, with the house DST rules:
// - A local time that does not exist (spring-forward gap) moves forward by the gap: a weekly 02:30
//   New York meeting on 2026-03-08 starts at 03:30 EDT.
// - A local time that exists twice (fall-back overlap) means the first one (the earlier instant).
// So a weekly 09:00 New York 1:1 stays at 09:00 local all year (14:00Z in winter, 13:00Z in summer).
//
// The rule's phase is anchored on the first matching date on or after startDate: a fortnightly
// Tuesday cadence starting on a Wednesday first meets six days later, then every 14 days.
import * as rruleModule from "rrule";
import { addDays, atLocalTime, daysBetween, type IsoDate, isIsoDate, isoWeekday, localDate } from "./dates";
import { AppError } from "./errors";
import { isIanaZone, MAX_YEAR, MIN_YEAR } from "./validation";

// rrule 2.8 has no "exports" map: Node's ESM loader (tsx, vitest) sees its CommonJS build as a single
// default export, while bundlers (Next) see named exports. Take whichever shape we were given.
function interop(ns: typeof rruleModule): typeof rruleModule {
  const cjs = (ns as unknown as { default?: typeof rruleModule }).default;
  return cjs && typeof cjs.RRule === "function" ? cjs : ns;
}
const { RRule } = interop(rruleModule);

export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const MONTHLY_NTHS = [1, 2, 3, 4, -1] as const;
export type MonthlyNth = (typeof MONTHLY_NTHS)[number];
export const MAX_INTERVAL_WEEKS = 8;

export type CadenceSpec =
  | { frequency: "WEEKLY"; intervalWeeks: number; weekday: Weekday }
  | { frequency: "MONTHLY"; nth: MonthlyNth; weekday: Weekday };

export type Cadence = {
  rrule: string;
  timeZone: string;
  localTime: string; // "HH:mm"
  startDate: IsoDate; // first local date an occurrence may fall on
  durationMinutes: number;
};

export type Occurrence = { localDate: IsoDate; startsAt: Date; endsAt: Date };

/** A cadence rule or field we do not accept; a BAD_REQUEST for the API's error formatter. */
export class CadenceError extends AppError {
  constructor(message: string) {
    super("BAD_REQUEST", message);
    this.name = "CadenceError";
  }
}

const DAY_MS = 86_400_000;
const MAX_DURATION_MINUTES = 24 * 60;
const RRULE_DAYS = {
  MO: RRule.MO,
  TU: RRule.TU,
  WE: RRule.WE,
  TH: RRule.TH,
  FR: RRule.FR,
  SA: RRule.SA,
  SU: RRule.SU,
} as const;

const isWeekday = (v: string): v is Weekday => (WEEKDAYS as readonly string[]).includes(v);
const isNth = (v: number): v is MonthlyNth => (MONTHLY_NTHS as readonly number[]).includes(v);

function checkSpec(spec: CadenceSpec): CadenceSpec {
  if (!isWeekday(spec.weekday)) throw new CadenceError(`Invalid weekday "${spec.weekday}"`);
  if (spec.frequency === "WEEKLY") {
    const n = spec.intervalWeeks;
    if (!Number.isInteger(n) || n < 1 || n > MAX_INTERVAL_WEEKS)
      throw new CadenceError(`Weekly interval must be a whole number of weeks from 1 to ${MAX_INTERVAL_WEEKS}`);
  } else if (spec.frequency === "MONTHLY") {
    if (!isNth(spec.nth)) throw new CadenceError("Monthly position must be 1, 2, 3, 4 or -1 (last)");
  } else {
    throw new CadenceError("Frequency must be WEEKLY or MONTHLY");
  }
  return spec;
}

/** The canonical RRULE text for a spec (no DTSTART; the start date and time are stored apart). */
export function toRRule(spec: CadenceSpec): string {
  checkSpec(spec);
  if (spec.frequency === "WEEKLY") {
    const interval = spec.intervalWeeks === 1 ? "" : `;INTERVAL=${spec.intervalWeeks}`;
    return `FREQ=WEEKLY${interval};BYDAY=${spec.weekday}`;
  }
  return spec.nth === -1
    ? `FREQ=MONTHLY;BYDAY=-1${spec.weekday}`
    : `FREQ=MONTHLY;BYDAY=${spec.weekday};BYSETPOS=${spec.nth}`;
}

const ALLOWED_PARTS = new Set(["FREQ", "INTERVAL", "BYDAY", "BYSETPOS"]);
const REFUSED_PARTS: Record<string, string> = {
  COUNT: "a cadence runs until it is ended, so COUNT is not supported",
  UNTIL: "a cadence runs until it is ended, so UNTIL is not supported",
  DTSTART: "the start date is stored separately, so DTSTART is not allowed in the rule",
  BYHOUR: "the time of day is stored separately as localTime, so BYHOUR is not supported",
  BYMINUTE: "the time of day is stored separately as localTime, so BYMINUTE is not supported",
};

function parseSmallInt(value: string, what: string): number {
  if (!/^[+-]?\d{1,3}$/.test(value)) throw new CadenceError(`${what} must be a number, got "${value}"`);
  return Number(value);
}

/**
 * Parses the subset of RRULE that `toRRule` produces (also `BYDAY=2TU` for the nth weekday, an
 * explicit `INTERVAL=1` and an `RRULE:` prefix). Anything else throws a CadenceError.
 */
export function parseRRule(text: string): CadenceSpec {
  const body = text
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, "");
  if (body === "") throw new CadenceError("Empty recurrence rule");
  const parts = new Map<string, string>();
  for (const part of body.split(";")) {
    const m = /^([A-Z-]+)=(.+)$/.exec(part);
    const key = m?.[1];
    const value = m?.[2];
    if (key === undefined || value === undefined) throw new CadenceError(`Malformed rule part "${part}" in "${text}"`);
    const refusal = REFUSED_PARTS[key];
    if (refusal) throw new CadenceError(`Unsupported rule "${text}": ${refusal}`);
    if (!ALLOWED_PARTS.has(key)) throw new CadenceError(`Unsupported rule part ${key} in "${text}"`);
    if (parts.has(key)) throw new CadenceError(`${key} appears twice in "${text}"`);
    parts.set(key, value);
  }
  const freq = parts.get("FREQ");
  if (freq === undefined) throw new CadenceError(`Rule "${text}" has no FREQ`);
  if (freq !== "WEEKLY" && freq !== "MONTHLY")
    throw new CadenceError(`Unsupported FREQ=${freq}: use WEEKLY or MONTHLY`);
  const byday = parts.get("BYDAY");
  if (byday === undefined) throw new CadenceError(`Rule "${text}" has no BYDAY`);
  const day = /^([+-]?\d)?([A-Z]{2})$/.exec(byday);
  const weekday = day?.[2];
  if (weekday === undefined || !isWeekday(weekday))
    throw new CadenceError(`BYDAY must be exactly one weekday (MO..SU), got "${byday}"`);
  const interval = parseSmallInt(parts.get("INTERVAL") ?? "1", "INTERVAL");
  const setpos = parts.get("BYSETPOS");

  if (freq === "WEEKLY") {
    if (day?.[1] !== undefined) throw new CadenceError(`A weekly rule takes a plain weekday, got BYDAY=${byday}`);
    if (setpos !== undefined) throw new CadenceError("BYSETPOS is only supported on monthly rules");
    return checkSpec({ frequency: "WEEKLY", intervalWeeks: interval, weekday });
  }
  if (interval !== 1) throw new CadenceError("Monthly rules must recur every month (INTERVAL=1)");
  if (day?.[1] !== undefined && setpos !== undefined)
    throw new CadenceError("Give the monthly position once: either BYDAY=2TU or BYDAY=TU;BYSETPOS=2");
  const nthText = day?.[1] ?? setpos;
  if (nthText === undefined) throw new CadenceError("A monthly rule needs a position (1-4 or -1 for last)");
  const nth = parseSmallInt(nthText, "Monthly position");
  if (!isNth(nth)) throw new CadenceError(`Monthly position must be 1, 2, 3, 4 or -1 (last), got ${nthText}`);
  return { frequency: "MONTHLY", nth, weekday };
}

const specOf = (s: CadenceSpec | string): CadenceSpec => (typeof s === "string" ? parseRRule(s) : checkSpec(s));

/** True for a 24-hour "HH:mm" wall-clock time. */
export function isLocalTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** Returns `value` if it is a 24-hour "HH:mm" time, else throws a CadenceError. */
export function validateLocalTime(value: string): string {
  if (!isLocalTime(value)) throw new CadenceError(`Time must be HH:mm (24-hour), got "${value}"`);
  return value;
}

/** Checks every field of a stored cadence and returns its parsed rule. */
export function validateCadence(c: Cadence): CadenceSpec {
  if (!isIanaZone(c.timeZone)) throw new CadenceError(`Unknown time zone "${c.timeZone}"`);
  validateLocalTime(c.localTime);
  if (!isIsoDate(c.startDate)) throw new CadenceError(`Start date must be YYYY-MM-DD, got "${c.startDate}"`);
  const year = Number(c.startDate.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw new CadenceError(`Start date must be between ${MIN_YEAR} and ${MAX_YEAR}, got "${c.startDate}"`);
  const d = c.durationMinutes;
  if (!Number.isInteger(d) || d < 1 || d > MAX_DURATION_MINUTES)
    throw new CadenceError(`Duration must be whole minutes from 1 to ${MAX_DURATION_MINUTES}`);
  return parseRRule(c.rrule);
}

// A floating date: the UTC fields of the Date are the local calendar date.
const floating = (date: IsoDate) => new Date(`${date}T00:00:00Z`);
const fromFloating = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const WEEKDAY_NUMBER = (w: Weekday) => WEEKDAYS.indexOf(w) + 1; // ISO: MO = 1

/**
 * Local dates of the rule from `first` to `last` (inclusive). rrule walks from its dtstart, so
 * dtstart is moved to just before the window (keeping the weekly phase) to keep each call
 * proportional to the window rather than to the cadence's age.
 */
function localDates(spec: CadenceSpec, startDate: IsoDate, first: IsoDate, last: IsoDate): IsoDate[] {
  let dtstart: IsoDate;
  if (spec.frequency === "WEEKLY") {
    const anchor = addDays(startDate, (WEEKDAY_NUMBER(spec.weekday) - isoWeekday(startDate) + 7) % 7);
    const step = 7 * spec.intervalWeeks;
    const behind = first > anchor ? Math.floor(daysBetween(anchor, first) / step) : 0;
    dtstart = addDays(anchor, behind * step);
  } else {
    dtstart = first > startDate ? first : startDate;
  }
  if (dtstart > last) return [];
  const rule = new RRule({
    freq: spec.frequency === "WEEKLY" ? RRule.WEEKLY : RRule.MONTHLY,
    interval: spec.frequency === "WEEKLY" ? spec.intervalWeeks : 1,
    byweekday: [spec.frequency === "WEEKLY" ? RRULE_DAYS[spec.weekday] : RRULE_DAYS[spec.weekday].nth(spec.nth)],
    wkst: RRule.MO,
    dtstart: floating(dtstart),
  });
  return rule.between(floating(first), floating(last), true).map(fromFloating);
}

function occurrences(c: Cadence, spec: CadenceSpec, from: Date, to: Date): Occurrence[] {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new RangeError("Invalid date range");
  if (from >= to) return [];
  // One day of margin each side: a local date's instant can sit on a neighbouring UTC date.
  const first = addDays(localDate(from, c.timeZone), -1);
  const last = addDays(localDate(to, c.timeZone), 1);
  const out: Occurrence[] = [];
  for (const date of localDates(spec, c.startDate, first, last)) {
    if (date < c.startDate) continue;
    const startsAt = atLocalTime(date, c.localTime, c.timeZone);
    if (startsAt < from || startsAt >= to) continue;
    out.push({ localDate: date, startsAt, endsAt: new Date(startsAt.getTime() + c.durationMinutes * 60_000) });
  }
  return out;
}

/** Every occurrence with startsAt in [from, to), in order, none before the cadence's start date. */
export function occurrencesBetween(c: Cadence, from: Date, to: Date): Occurrence[] {
  return occurrences(c, validateCadence(c), from, to);
}

/** The first occurrence starting strictly after `after`, or null if there is none. */
export function nextOccurrence(c: Cadence, after: Date): Occurrence | null {
  const spec = validateCadence(c);
  // Two days before the start date's floating midnight is before any zone's start of that date.
  const earliest = floating(c.startDate).getTime() - 2 * DAY_MS;
  let from = Math.max(after.getTime() + 1, earliest);
  // Any window of 70 days holds an occurrence (at most 8 weeks or ~5 weeks apart); retry once anyway.
  for (let i = 0; i < 2; i++) {
    const to = from + 70 * DAY_MS;
    const [next] = occurrences(c, spec, new Date(from), new Date(to));
    if (next) return next;
    from = to;
  }
  return null;
}

/** Nominal days between occurrences: 7 x interval for weekly, 30 for monthly. */
export function cadenceIntervalDays(spec: CadenceSpec | string): number {
  const s = specOf(spec);
  return s.frequency === "WEEKLY" ? 7 * s.intervalWeeks : 30;
}

/** Overdue when more than 1.5 cadence intervals have passed since the last held 1:1 (or `since`). */
export function isOverdue(lastHeldAt: Date | null, since: Date, intervalDays: number, now: Date): boolean {
  return now.getTime() - (lastHeldAt ?? since).getTime() > 1.5 * intervalDays * DAY_MS;
}
