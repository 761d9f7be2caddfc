// A pair's cadence in words (the viewer's time first), and the cadence dialog's form defaults: from
// the pair's structured rule (`oneOnOnes.mine`), or the product default (weekly, 30 minutes).
import { zonedInstant } from "@/components/format/dates";
import { cadenceLabel } from "@/components/format/meeting-time";
import type { Pair } from "./types";

export const WEEKDAYS = [
  ["MO", "Monday"],
  ["TU", "Tuesday"],
  ["WE", "Wednesday"],
  ["TH", "Thursday"],
  ["FR", "Friday"],
  ["SA", "Saturday"],
  ["SU", "Sunday"],
] as const;
export type Weekday = (typeof WEEKDAYS)[number][0];

export const NTHS = [
  [1, "First"],
  [2, "Second"],
  [3, "Third"],
  [4, "Fourth"],
  [-1, "Last"],
] as const;
export type Nth = (typeof NTHS)[number][0];

/** "1".."8" = every N weeks, "monthly" = the nth weekday of each month. */
export type Repeat = `${number}` | "monthly";

export type CadenceDefaults = {
  repeat: Repeat;
  nth: Nth;
  weekday: Weekday;
  localTime: string;
  timeZone?: string;
  durationMinutes: number;
  noAgenda: boolean;
};

type Rule = {
  spec:
    | { frequency: "WEEKLY"; intervalWeeks: number; weekday: Weekday }
    | { frequency: "MONTHLY"; nth: Nth; weekday: Weekday };
  localTime: string;
  timeZone: string;
  durationMinutes: number;
  kind: "REGULAR" | "NO_AGENDA";
};

export function fromRule(rule: Rule | null): CadenceDefaults | null {
  if (!rule) return null;
  const { spec } = rule;
  return {
    repeat: spec.frequency === "MONTHLY" ? "monthly" : (String(spec.intervalWeeks) as Repeat),
    nth: spec.frequency === "MONTHLY" ? spec.nth : 1,
    weekday: spec.weekday,
    localTime: rule.localTime,
    timeZone: rule.timeZone,
    durationMinutes: rule.durationMinutes,
    noAgenda: rule.kind === "NO_AGENDA",
  };
}

export const DEFAULT_CADENCE: CadenceDefaults = {
  repeat: "1",
  nth: 1,
  weekday: "TU",
  localTime: "10:00",
  durationMinutes: 30,
  noAgenda: false,
};

/** "Weekly on Thursday at 05:00 · 15:30 for Priya Patel (Kolkata)": the viewer's clock, then the other's. */
export function cadenceText(pair: Pair, viewerZone: string): string | null {
  if (!pair.rule) return null;
  const { viewer, other } = cadenceLabel({
    ...pair.rule,
    viewerZone,
    otherZone: pair.withTimeZone,
    otherName: pair.withName,
  });
  return other ? `${viewer} · ${other}` : viewer;
}

const DAY_MS = 86_400_000;
const utcDay = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Days from `from` (a UTC midnight) to the next `weekday` on or after it. */
const toWeekday = (from: number, weekday: Weekday) =>
  (WEEKDAYS.findIndex(([w]) => w === weekday) + 1 - new Date(from).getUTCDay() + 7) % 7;

/** The first date on or after `start` that the rule meets on (where the server anchors it). */
export function firstDate(start: string, weekday: Weekday, nth: Nth | null): string {
  const from = utcDay(start);
  if (nth === null) return isoOf(from + toWeekday(from, weekday) * DAY_MS);
  for (let month = 0; ; month++) {
    const d = new Date(from);
    const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + month, 1);
    const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + month + 1, 1);
    const day =
      nth === -1
        ? next - DAY_MS - ((7 - toWeekday(next - DAY_MS, weekday)) % 7) * DAY_MS
        : first + (toWeekday(first, weekday) + 7 * (nth - 1)) * DAY_MS;
    if (day >= from) return isoOf(day);
  }
}

/** What the first-meeting preview reads from the cadence form as the viewer edits it. */
export type CadenceDraft = { weekday: Weekday; nth: Nth; localTime: string; timeZone: string; startDate: string };

/** The form's current fields (one not rendered, like "Week of the month" for weekly, keeps its value). */
export function readDraft(f: FormData, was: CadenceDraft): CadenceDraft {
  const get = (k: string, fallback: string) => (f.has(k) ? String(f.get(k)) : fallback);
  return {
    weekday: get("weekday", was.weekday) as Weekday,
    nth: Number(get("nth", String(was.nth))) as Nth,
    localTime: get("localTime", was.localTime),
    timeZone: get("timeZone", was.timeZone),
    startDate: get("startDate", was.startDate),
  };
}

/** The instant of the draft rule's first 1:1, or null while a field is incomplete. */
export function firstMeeting(d: CadenceDraft, repeat: Repeat): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.startDate) || !/^\d{2}:\d{2}$/.test(d.localTime)) return null;
  const date = firstDate(d.startDate, d.weekday, repeat === "monthly" ? d.nth : null);
  const instant = zonedInstant(`${date}T${d.localTime}`, d.timeZone);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
