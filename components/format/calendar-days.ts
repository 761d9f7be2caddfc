// Calendar days as "YYYY-MM-DD" strings (the calendar's unit: a day, not an instant), and the weeks
// of a month grid, Monday first. Pure and zone-free: the server already placed each event on a day
// in the viewer's zone.

const toUtc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

export const addDays = (iso: string, days: number) => isoOf(new Date(toUtc(iso).getTime() + days * 86_400_000));

/** "2026-12" plus or minus months. */
export function addMonths(month: string, months: number): string {
  const [y = 0, m = 1] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return isoOf(d).slice(0, 7);
}

/** 0 = Monday … 6 = Sunday. */
export const weekdayIndex = (iso: string) => (toUtc(iso).getUTCDay() + 6) % 7;

/** The weeks (Monday to Sunday) that cover the month, as rows of seven days. */
export function monthWeeks(month: string): string[][] {
  const first = `${month}-01`;
  const last = addDays(`${addMonths(month, 1)}-01`, -1);
  const weeks: string[][] = [];
  for (let start = addDays(first, -weekdayIndex(first)); start <= last; start = addDays(start, 7))
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(start, i)));
  return weeks;
}

const fmt = (opts: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-US", { ...opts, timeZone: "UTC" });
/** "December 2026". */
export const monthTitle = (month: string) => fmt({ month: "long", year: "numeric" }).format(toUtc(`${month}-01`));
/** "Wednesday, December 2". */
export const dayTitle = (iso: string) => fmt({ weekday: "long", month: "long", day: "numeric" }).format(toUtc(iso));
/** "Dec 2". */
export const dayShort = (iso: string) => fmt({ month: "short", day: "numeric" }).format(toUtc(iso));
export const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
export const WEEKDAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
