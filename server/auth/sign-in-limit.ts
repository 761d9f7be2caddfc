// Rate limits on sign-in emails, per address and per IP, checked before next-auth sends anything.
import "server-only";
import { getDb } from "../db";
import { clientIp } from "../lib/forwarded";
import { hitRateLimit } from "../lib/rate-limit";
import { normalizeEmail } from "../lib/validation";

const WINDOW_MS = 15 * 60_000;
export const SIGN_IN_LIMITS = { perAddress: 5, perIp: 30, windowMs: WINDOW_MS };

/** A 429 response when the caller is over a limit, or a 400 for an unacceptable address; else null. */
export async function limitSignInEmail(req: Request): Promise<Response | null> {
  const form = await req
    .clone()
    .formData()
    .catch(() => null);
  const raw = form?.get("email");
  if (typeof raw !== "string") return null;
  const email = normalizeEmail(raw);
  if (!email) {
    return Response.json({ error: "Enter a valid email address" }, { status: 400 });
  }
  const db = getDb();
  for (const [key, limit] of [
    [`signin:ip:${clientIp(req.headers)}`, SIGN_IN_LIMITS.perIp],
    [`signin:email:${email}`, SIGN_IN_LIMITS.perAddress],
  ] as const) {
    const r = await hitRateLimit(db, key, limit, WINDOW_MS);
    if (!r.ok) {
      return Response.json(
        { error: `Too many sign-in emails. Try again in ${Math.ceil(r.retryAfterSeconds / 60)} minute(s).` },
        { status: 429, headers: { "Retry-After": String(r.retryAfterSeconds) } },
      );
    }
  }
  return null;
}
