// Calls procedures the way the app does (same router, middleware and policies), as a given user.
import { createCaller } from "../api/root";
import type { Db } from "../db";

export function callerFor(db: Db, userId: string | null, headers?: Headers) {
  return createCaller({ db, userId, headers });
}

/**
 * Calls `path` ("ns.name") as `userId` and returns the answer, data or error, as JSON text: what the
 * privacy canary tests search for content that must not be there.
 */
export async function callAsJson(db: Db, userId: string, path: string, input: unknown): Promise<string> {
  const caller = callerFor(db, userId) as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>;
  const [ns, name] = path.split(".") as [string, string];
  try {
    return JSON.stringify(await caller[ns]?.[name]?.(input));
  } catch (e) {
    const { code, cause } = e as { code?: string; cause?: unknown };
    return JSON.stringify({ error: String(e), code, cause: cause ?? null });
  }
}
