// Shared zod building blocks (pure; used by schemas that client forms import too).
import { z } from "zod";

export const ZId = z.string().trim().min(1).max(40);

/** IANA zone names only (what Intl accepts, with a region), e.g. "America/New_York", or "UTC". */
export function isIanaZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return tz.includes("/") || tz === "UTC";
  } catch {
    return false;
  }
}

export const ZTimeZone = z.string().trim().min(1).max(64).refine(isIanaZone, "Unknown time zone");

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
