// Shared zod building blocks (pure; used by schemas that client forms import too).
import { z } from "zod";

// Zod 4 probes `new Function("")` when it builds an object schema, to decide whether to compile
// parsers; the browser's Content-Security-Policy (no unsafe-eval) reports that on every page. Every
// schema module imports this one first, so in the browser the probe is switched off in time.
if (typeof window !== "undefined") z.config({ jitless: true });

// ---- strings: every string a procedure accepts goes through `text` (a test walks the router) ----

/** Control characters PostgreSQL or a terminal would choke on; NUL (U+0000) is a 22021 error in text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LINE_BREAKS = /[\r\n\t]/;

export type TextOptions = { max: number; min?: number; label?: string; multiline?: boolean; trim?: boolean };

/**
 * The one string schema: trimmed (unless `trim: false`, for notes whose spacing matters), no NUL or
 * other control characters (line breaks and tabs only when `multiline`), and a maximum length.
 */
export function text({ max, min = 0, label = "This field", multiline = false, trim = true }: TextOptions) {
  const base = trim ? z.string().trim() : z.string();
  return base
    .min(min, min <= 1 ? `${label} cannot be empty` : `${label} needs at least ${min} characters`)
    .max(max, `${label} is limited to ${max.toLocaleString("en-US")} characters`)
    .refine((v) => !CONTROL.test(v) && (multiline || !LINE_BREAKS.test(v)), {
      message: `${label} contains characters that are not allowed`,
    });
}

export const ZId = text({ min: 1, max: 40, label: "An id" });

// ---- dates and instants: real values only, with sane bounds ----

export const MIN_YEAR = 1970;
export const MAX_YEAR = 2100;

/** True when "YYYY-MM-DD" names a day that exists (no luxon: client forms import this module). */
function isRealDate(value: string): boolean {
  const [y = 0, m = 0, d = 0] = value.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A real calendar date "YYYY-MM-DD" (2027-02-30 and 2027-13-45 are refused) within [minYear, maxYear]. */
export function calendarDate({ minYear = MIN_YEAR, maxYear = MAX_YEAR } = {}) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-12-01")
    .refine(isRealDate, "That date does not exist")
    .refine((v) => {
      const year = Number(v.slice(0, 4));
      return year >= minYear && year <= maxYear;
    }, `Pick a date between ${minYear} and ${maxYear}`);
}
export const ZCalendarDate = calendarDate();

/** A calendar month "YYYY-MM" (2026-13 is refused) within [MIN_YEAR, MAX_YEAR]. */
export const ZCalendarMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Use a month like 2026-12")
  .refine((v) => {
    const year = Number(v.slice(0, 4));
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }, `Pick a month between ${MIN_YEAR} and ${MAX_YEAR}`);

const MIN_INSTANT = Date.UTC(MIN_YEAR, 0, 1);
const MAX_INSTANT = Date.UTC(MAX_YEAR + 1, 0, 1);

/** A point in time: a Date (superjson) or an ISO 8601 string with an offset, between 1970 and 2100. */
export const ZInstant = z
  .union([z.date(), z.iso.datetime({ offset: true }).transform((v) => new Date(v))], {
    error: "Use a date and time like 2026-12-01T09:30:00Z",
  })
  .refine((d) => !Number.isNaN(d.getTime()) && d.getTime() >= MIN_INSTANT && d.getTime() < MAX_INSTANT, {
    message: `Pick a time between ${MIN_YEAR} and ${MAX_YEAR}`,
  });

/** IANA zone names only (what Intl accepts, with a region), e.g. "America/New_York", or "UTC". */
export function isIanaZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return tz.includes("/") || tz === "UTC";
  } catch {
    return false;
  }
}

export const ZTimeZone = text({ min: 1, max: 64, label: "A time zone" }).refine(isIanaZone, "Unknown time zone");

// Look-alikes of "@" (fullwidth, small, etc.) and invisible characters used to spoof addresses.
const LOOKALIKE_AT = /[@\uFF20\uFE6B]/g;
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00A0]/u; // control, format (zero-width, bidi), separators

/**
 * Normalizes an email for lookup: trims, lowercases, NFKC. Rejects quoted local parts, look-alike
 * "@" signs, invisible characters and anything that is not exactly one plain local@domain.
 * Returns null when the address is not acceptable.
 */
export function normalizeEmail(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed.length === 0 || trimmed.length > 254 || INVISIBLE.test(trimmed)) return null;
  const ats = trimmed.match(LOOKALIKE_AT) ?? [];
  if (ats.length !== 1 || ats[0] !== "@") return null; // a single ASCII "@", no look-alikes
  if (trimmed.includes('"') || trimmed.includes("\\")) return null; // no quoted local parts
  const lower = trimmed.normalize("NFKC").toLowerCase();
  if (lower !== trimmed.toLowerCase()) return null; // compatibility characters (e.g. fullwidth letters)
  const [local = "", domain = ""] = lower.split("@");
  if (
    !/^[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/.test(local) ||
    local.startsWith(".") ||
    local.endsWith(".") ||
    local.includes("..")
  )
    return null;
  if (!/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domain)) return null;
  return `${local}@${domain}`;
}

export const ZEmail = z
  .string()
  .max(254)
  .transform((v, ctx) => {
    const email = normalizeEmail(v);
    if (!email) {
      ctx.addIssue({ code: "custom", message: "Enter a valid email address" });
      return z.NEVER;
    }
    return email;
  });
