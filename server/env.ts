// The only reader of process.env (house rule). Validated once at import; imported by next.config.ts.
import { z } from "zod";

const bool = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

/** Like `bool`, but on unless set to "0"/"false" (a switch that defaults to on). */
const boolOn = z
  .enum(["0", "1", "true", "false", ""])
  .optional()
  .transform((v) => v !== "0" && v !== "false");

/** An unset or blank variable is "not configured". */
const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.string().url().optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: optionalUrl,
  /** A server where tests create (and drop) their own databases. */
  TEST_DATABASE_URL: optionalUrl,
  /** Public base URL of the app, used in emails and next-auth callbacks. */
  NEXTAUTH_URL: z.string().url().optional(),
  /** Signs next-auth tokens; required in production. */
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  RESEND_API_KEY: z.string().optional(),
  RESEND_BASE_URL: z.string().url().optional(),
  EMAIL_FROM: z.string().default("Rapport <rapport@localhost>"),
  /** Allows the one-click demo sign-in in a production build (never set on a real deployment). */
  DEMO_MODE: bool,
  /** Set by e2e runs to relax sign-in rate limits that a test suite would trip. */
  RATE_LIMIT_DISABLED: bool,
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For (0: none, so forwarded
   * headers from clients are ignored). Read by the production server (scripts/server.ts).
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Run the pg-boss workers inside the web process (instrumentation.ts). On by default (one process
   * for a small install); 0 when separate `npm run worker` processes do the work.
   */
  JOBS_IN_WEB: boolOn,
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
}
const raw = parsed.data;

export const env = {
  ...raw,
  isProduction: raw.NODE_ENV === "production",
  /** Demo sign-in and /dev pages: always in dev/test, in production only with DEMO_MODE=1. */
  demoEnabled: raw.NODE_ENV !== "production" || raw.DEMO_MODE,
  appUrl: raw.NEXTAUTH_URL ?? "http://localhost:3000",
  /**
   * Checked on use, not at import, so `next build` runs without secrets. A fixed fallback is
   * acceptable only where demo sign-in is allowed anyway (dev, test, DEMO_MODE).
   */
  get authSecret(): string {
    if (raw.NEXTAUTH_SECRET) return raw.NEXTAUTH_SECRET;
    if (raw.NODE_ENV === "production" && !raw.DEMO_MODE) throw new Error("NEXTAUTH_SECRET must be set in production");
    return "rapport-dev-secret-not-for-production";
  },
};
