// Form defaults for the cadence dialog. `oneOnOnes.mine` returns a pair's cadence as text only
// (server/lib/cadence.ts `describeCadence`), so the current rule is read back from that text; when
// it does not parse, the dialog falls back to the product default (weekly, 30 minutes).

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

export type CadenceDefaults = { repeat: Repeat; nth: Nth; weekday: Weekday; localTime: string; timeZone?: string };

const DESCRIPTION =
  /^(?:Weekly on|Every (\d) weeks on|Monthly on the (first|second|third|fourth|last)) (\w+day) at (\d{2}:\d{2}) \((.+)\)$/;

export function parseCadenceText(text: string | null): CadenceDefaults | null {
  const m = text ? DESCRIPTION.exec(text) : null;
  if (!m) return null;
  const weekday = WEEKDAYS.find(([, name]) => name === m[3])?.[0];
  const nth = NTHS.find(([, name]) => name.toLowerCase() === m[2])?.[0] ?? 1;
  if (!weekday || !m[4]) return null;
  return { repeat: m[2] ? "monthly" : ((m[1] ?? "1") as Repeat), nth, weekday, localTime: m[4], timeZone: m[5] };
}

export const DEFAULT_CADENCE: CadenceDefaults = { repeat: "1", nth: 1, weekday: "TU", localTime: "10:00" };

/** The time zone picker's choices, always including `current`. */
export function zoneChoices(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"];
  return all.includes(current) ? all : [current, ...all];
}
