// Date and time labels of the 1:1 page with Intl only (fixed en-US locale, so the server render
// and the browser's hydration agree).

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

/** "10:00 AM". */
export const time = (d: Date, zone: string) => fmt(zone, { hour: "numeric", minute: "2-digit" }).format(d);

/** "10:00 – 10:30 AM" style range (kept simple: both ends in full). */
export const timeRange = (start: Date, minutes: number, zone: string) =>
  `${time(start, zone)} – ${time(new Date(start.getTime() + minutes * 60_000), zone)}`;

/** "Europe/London" -> "London", "America/Los_Angeles" -> "Los Angeles". */
export const zoneCity = (zone: string) => (zone.split("/").pop() ?? zone).replaceAll("_", " ");

/** "YYYY-MM-DD" (a due date) -> "Mar 12" (or "Mar 12, 2027" when not this year). */
export function dueLabel(iso: string, now = new Date()): string {
  const d = new Date(`${iso}T12:00:00Z`);
  const sameYear = d.getUTCFullYear() === now.getUTCFullYear();
  return fmt(
    "UTC",
    sameYear ? { month: "short", day: "numeric" } : { month: "short", day: "numeric", year: "numeric" },
  ).format(d);
}

/** A datetime-local input value ("YYYY-MM-DDTHH:mm") of an instant in the browser's own zone. */
export function toLocalInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const durationLabel = (minutes: number) =>
  minutes < 60
    ? `${minutes} min`
    : minutes % 60 === 0
      ? `${minutes / 60} h`
      : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
