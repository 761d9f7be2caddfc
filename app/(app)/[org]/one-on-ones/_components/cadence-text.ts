// Form defaults for the cadence dialog, from the pair's structured rule (`oneOnOnes.mine`), or the
// product default (weekly, 30 minutes) when the pair has no cadence yet.

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

/** The time zone picker's choices, always including `current`. */
export function zoneChoices(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"];
  return all.includes(current) ? all : [current, ...all];
}
