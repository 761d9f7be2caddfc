// Calls procedures the way the app does (same router, middleware and policies), as a given user.
import { createCaller } from "../api/root";
import type { Db } from "../db";

export function callerFor(db: Db, userId: string | null, headers?: Headers) {
  return createCaller({ db, userId, headers });
}
