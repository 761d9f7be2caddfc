// Dates and times for the UI with Intl only (no date library in the browser). A fixed en-US
// locale with 24-hour times, so the server render and the browser's hydration agree and every page
// writes times the same way as cadences ("Weekly on Tuesday at 09:00"). Zone math for rules lives
// on the server (server/lib/dates.ts, server/lib/cadence.ts).

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(zone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${zone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, ...options });
    cache.set(key, f);
  }
  return f;
}

/** "Thursday, March 12, 2026". */
export const longDate = (d: Date, zone: string) =>
  fmt(zone, { weekday: "long", month: "long", day: "numeric", year: "numeric" }).format(d);

/** "Mar 12, 2026". */
export const shortDate = (d: Date, zone: string) =>
  fmt(zone, { month: "short", day: "numeric", year: "numeric" }).format(d);

/** "09:30" (24-hour). */
export const time = (d: Date, zone: string) => localTimeIn(d, zone);

/** "10:00 – 10:30" range (kept simple: both ends in full). */
export const timeRange = (start: Date, minutes: number, zone: string) =>
  `${time(start, zone)} – ${time(new Date(start.getTime() + minutes * 60_000), zone)}`;

// ICU reports some zones under old names (Node and Chrome say "Asia/Calcutta" for a profile's
// "Asia/Kolkata"), and a few ids' last segment is not what people call the city: one name for both.
const CITY: Record<string, string> = {
  "Asia/Calcutta": "Kolkata",
  "Asia/Saigon": "Ho Chi Minh City",
  "Asia/Ho_Chi_Minh": "Ho Chi Minh City",
  "Asia/Katmandu": "Kathmandu",
  "Asia/Rangoon": "Yangon",
  "Asia/Ulan_Bator": "Ulaanbaatar",
  "Europe/Kiev": "Kyiv",
  "Atlantic/Faeroe": "Faroe",
  "America/Godthab": "Nuuk",
};
const UTC_ALIASES = new Set(["UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu"]);

/** "Europe/London" -> "London", "America/Argentina/Buenos_Aires" -> "Buenos Aires", "Asia/Calcutta" -> "Kolkata". */
export function zoneCity(zone: string): string {
  if (UTC_ALIASES.has(zone)) return "UTC";
  return CITY[zone] ?? (zone.split("/").pop() ?? zone).replaceAll("_", " ");
}

/** "YYYY-MM-DD" (a due date) -> "Mar 12" (or "Mar 12, 2027" when not this year). */
export function dueLabel(iso: string, now = new Date()): string {
  const d = new Date(`${iso}T12:00:00Z`);
  const sameYear = d.getUTCFullYear() === now.getUTCFullYear();
  return fmt(
    "UTC",
    sameYear ? { month: "short", day: "numeric" } : { month: "short", day: "numeric", year: "numeric" },
  ).format(d);
}

/** A datetime-local input value ("YYYY-MM-DDTHH:mm") of an instant in `zone` (the viewer's profile zone). */
export function localInput(instant: Date, zone: string): string {
  const f = fieldsIn(instant, zone);
  return `${f.date}T${f.time}`;
}

export const durationLabel = (minutes: number) =>
  minutes < 60
    ? `${minutes} min`
    : minutes % 60 === 0
      ? `${minutes / 60} h`
      : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;

function fieldsIn(instant: Date, zone: string) {
  const f = fmt(zone, {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(instant)) p[part.type] = part.value;
  const hour = p.hour === "24" ? "00" : (p.hour ?? "00");
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${hour}:${p.minute}` };
}

/** "YYYY-MM-DD" at `instant` in `zone`. */
export const localDateIn = (instant: Date, zone: string) => fieldsIn(instant, zone).date;
/** "HH:mm" (24-hour) at `instant` in `zone`. */
export const localTimeIn = (instant: Date, zone: string) => fieldsIn(instant, zone).time;

const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/** "Today", "Tomorrow", "Yesterday", a weekday within the coming week, else "Thu, Mar 12". */
export function relativeDay(instant: Date, zone: string, now = new Date()): string {
  const diff = dayNumber(localDateIn(instant, zone)) - dayNumber(localDateIn(now, zone));
  if (diff === 0) return "Today";
  if (diff === 1) return "Tomorrow";
  if (diff === -1) return "Yesterday";
  if (diff > 1 && diff < 7) return weekdayLong(instant, zone);
  return fmt(zone, { weekday: "short", month: "short", day: "numeric" }).format(instant);
}

/** "Tomorrow 10:00" in the viewer's zone. */
export const whenLabel = (instant: Date, zone: string, now = new Date()) =>
  `${relativeDay(instant, zone, now)} ${localTimeIn(instant, zone)}`;

/** "Dec 10" in `zone` ("Dec 10, 2027" when not the viewer's current year). */
export function dayLabel(instant: Date, zone: string, now = new Date()): string {
  const sameYear = localDateIn(instant, zone).slice(0, 4) === localDateIn(now, zone).slice(0, 4);
  return fmt(
    zone,
    sameYear ? { month: "short", day: "numeric" } : { month: "short", day: "numeric", year: "numeric" },
  ).format(instant);
}

/** When something was saved: "14:54" today, else "Dec 2, 01:24" (with the year when not this year). */
export function savedLabel(instant: Date, zone: string, now = new Date()): string {
  const clock = localTimeIn(instant, zone);
  return localDateIn(instant, zone) === localDateIn(now, zone) ? clock : `${dayLabel(instant, zone, now)}, ${clock}`;
}

/** Minutes `zone` is ahead of UTC at `instant` (330 for Asia/Kolkata, -300 for New York in winter). */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const f = fieldsIn(instant, zone);
  const local = dayNumber(f.date) * 1440 + Number(f.time.slice(0, 2)) * 60 + Number(f.time.slice(3));
  return local - Math.floor(instant.getTime() / 60_000);
}

/** "Thu" at `instant` in `zone`. */
export const weekdayShort = (instant: Date, zone: string) => fmt(zone, { weekday: "short" }).format(instant);
/** "Thursday" at `instant` in `zone`. */
export const weekdayLong = (instant: Date, zone: string) => fmt(zone, { weekday: "long" }).format(instant);

/** "today", "yesterday", "12 days ago". */
export const daysAgo = (days: number) => (days <= 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`);

/** The instant of a wall-clock "YYYY-MM-DDTHH:mm" in `zone` (a time skipped by DST moves forward). */
export function zonedInstant(local: string, zone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return new Date(Number.NaN);
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  const offset = (t: number) => {
    const f = fieldsIn(new Date(t), zone);
    return dayNumber(f.date) * 86_400_000 + (Number(f.time.slice(0, 2)) * 60 + Number(f.time.slice(3))) * 60_000 - t;
  };
  const first = asUtc - offset(asUtc);
  const second = asUtc - offset(first);
  // `second` is exact unless the wall time falls in a DST gap; then `first` is it moved forward by the gap.
  const wall = fieldsIn(new Date(second), zone);
  return new Date(`${wall.date}T${wall.time}` === local.slice(0, 16) ? second : first);
}
