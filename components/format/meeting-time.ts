// The one rule for showing when a 1:1 is (DESIGN.md §4 "Time"): the viewer's time first, in their
// PROFILE zone (never the browser's: a laptop on the road would otherwise disagree with every email
// and list); the other participant's time second, and only when their clock differs at that instant;
// one 24-hour clock; city names, not zone ids; and a warning when a chosen time falls in the other
// person's night. Pure (Intl only), so the server render and the browser agree.
import {
  localDateIn,
  localTimeIn,
  relativeDay,
  shortDate,
  timeRange,
  weekdayLong,
  weekdayShort,
  zoneCity,
  zoneOffsetMinutes,
} from "./dates";

/** The other person's night: from 22:00 up to (not including) 07:00 on their clock. */
export const NIGHT = { from: "22:00", to: "07:00" } as const;

/** True when `instant` is between 22:00 and 07:00 in `zone` (21:59 is not, 22:00 and 06:59 are, 07:00 is not). */
export function isNight(instant: Date, zone: string): boolean {
  const t = localTimeIn(instant, zone);
  return t >= NIGHT.from || t < NIGHT.to;
}

/** Two zones show the same clock at `instant` (same zone, or e.g. Berlin and Paris). */
export const sameClock = (instant: Date, a: string, b: string) =>
  zoneOffsetMinutes(instant, a) === zoneOffsetMinutes(instant, b);

/**
 * How the viewer's time is written: "relative" = "Tomorrow 05:00" (lists), "date" = "Nov 26, 2026,
 * 05:00" (history, toasts), "time" = "05:00" (next to a date shown on its own).
 */
export type TimeStyle = "relative" | "date" | "time";

export type MeetingTimeInput = {
  instant: Date;
  /** The viewer's profile zone. */
  viewerZone: string;
  /** The other participant's profile zone; none for someone watching a pair they are not in. */
  otherZone?: string | null;
  otherName?: string | null;
  /** Given: both clocks show a range ("05:00 – 05:30"). */
  durationMinutes?: number;
  style?: TimeStyle;
  now?: Date;
};

export type MeetingTime = {
  /** "Tomorrow 05:00": always shown first. */
  viewer: string;
  /** "15:30 for Priya Patel (Kolkata)", "Fri 01:27 for …" on another day; null when the clocks agree. */
  other: string | null;
  /** The instant is in the other participant's night (whether or not their clock differs). */
  otherNight: boolean;
};

export function meetingTimeLabel(input: MeetingTimeInput): MeetingTime {
  const { instant, viewerZone, durationMinutes, style = "relative", now = new Date() } = input;
  const clock = (zone: string) =>
    durationMinutes ? timeRange(instant, durationMinutes, zone) : localTimeIn(instant, zone);
  const mine = clock(viewerZone);
  const viewer =
    style === "time"
      ? mine
      : style === "date"
        ? `${shortDate(instant, viewerZone)}, ${mine}`
        : `${relativeDay(instant, viewerZone, now)} ${mine}`;
  const otherZone = input.otherZone ?? null;
  if (!otherZone) return { viewer, other: null, otherNight: false };
  const otherNight = isNight(instant, otherZone);
  if (sameClock(instant, viewerZone, otherZone)) return { viewer, other: null, otherNight };
  const day =
    localDateIn(instant, otherZone) === localDateIn(instant, viewerZone) ? "" : `${weekdayShort(instant, otherZone)} `;
  return { viewer, other: `${day}${clock(otherZone)} ${whose(otherZone, input.otherName)}`, otherNight };
}

const whose = (zone: string, name?: string | null) =>
  name ? `for ${name} (${zoneCity(zone)})` : `in ${zoneCity(zone)}`;

/** "01:27 in Kolkata is night for Priya Patel (22:00–07:00)." or null when it is not their night. */
export function nightWarning(input: { instant: Date; otherZone?: string | null; otherName?: string | null }) {
  const { instant, otherZone } = input;
  if (!otherZone || !isNight(instant, otherZone)) return null;
  const who = input.otherName ?? "the other person";
  return `${localTimeIn(instant, otherZone)} in ${zoneCity(otherZone)} is night for ${who} (${NIGHT.from}–${NIGHT.to}).`;
}

type Weekday = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";
export type CadenceRule =
  | { frequency: "WEEKLY"; intervalWeeks: number; weekday: Weekday }
  | { frequency: "MONTHLY"; nth: 1 | 2 | 3 | 4 | -1; weekday: Weekday };

const DAYS: Record<Weekday, string> = {
  MO: "Monday",
  TU: "Tuesday",
  WE: "Wednesday",
  TH: "Thursday",
  FR: "Friday",
  SA: "Saturday",
  SU: "Sunday",
};
const NTH: Record<number, string> = { 1: "first", 2: "second", 3: "third", 4: "fourth", [-1]: "last" };

const repeats = (spec: CadenceRule, day: string) =>
  spec.frequency === "MONTHLY"
    ? `Monthly on the ${NTH[spec.nth]} ${day}`
    : spec.intervalWeeks === 1
      ? `Weekly on ${day}`
      : `Every ${spec.intervalWeeks} weeks on ${day}`;

export type CadenceLabelInput = {
  spec: CadenceRule;
  /** The rule's own wall time and zone (what DST follows). */
  localTime: string;
  timeZone: string;
  /** Its next occurrence: the viewer's weekday and time are read there (they move with DST). */
  nextAt: Date | null;
  viewerZone: string;
  otherZone?: string | null;
  otherName?: string | null;
};

/** "Weekly on Thursday at 05:00" for the viewer, "15:30 for Priya Patel (Kolkata)" for the other. */
export function cadenceLabel(input: CadenceLabelInput): { viewer: string; other: string | null } {
  const { spec, nextAt, viewerZone } = input;
  const ruleDay = DAYS[spec.weekday];
  if (!nextAt)
    return { viewer: `${repeats(spec, ruleDay)} at ${input.localTime} (${zoneCity(input.timeZone)})`, other: null };
  const day = weekdayLong(nextAt, viewerZone);
  const at = localTimeIn(nextAt, viewerZone);
  // A monthly "first Thursday" can be a Wednesday on the viewer's clock: keep the rule's own words.
  const viewer =
    spec.frequency === "MONTHLY" && day !== ruleDay
      ? `${repeats(spec, ruleDay)} in ${zoneCity(input.timeZone)}, ${day} ${at} your time`
      : `${repeats(spec, day)} at ${at}`;
  const { other } = meetingTimeLabel({
    instant: nextAt,
    viewerZone,
    otherZone: input.otherZone,
    otherName: input.otherName,
  });
  return { viewer, other };
}

/** "Kolkata (Asia)": a zone picker's label, city first. */
export const zoneLabel = (zone: string) =>
  zone.includes("/") ? `${zoneCity(zone)} (${zone.split("/")[0]})` : zoneCity(zone);

const supportedZones = () =>
  typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"];

/**
 * The zones a picker offers, always including `current` (a profile's "Asia/Kolkata"), in place of
 * the ICU alias with the same label ("Asia/Calcutta"), so a city never shows twice.
 */
export function zoneChoices(current: string, all: readonly string[] = supportedZones()): string[] {
  if (all.includes(current)) return [...all];
  const label = zoneLabel(current);
  return [...all.filter((z) => zoneLabel(z) !== label), current].sort();
}
