// The tRPC HTTP endpoint behind app/api/trpc/[trpc]/route.ts. Each request's context (database
// handle, session user, headers for the same-origin check) is built here, so the route never holds
// a database handle.
import "server-only";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getSessionUserId } from "../auth/session";
import { getDb } from "../db";
import { appRouter } from "./root";

export function handleTrpcRequest(req: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => ({
      db: getDb(),
      userId: await getSessionUserId(),
      headers: req.headers,
      memberships: new Map(),
    }),
    // Answers carry signed-in data: never stored by a browser or a shared cache.
    responseMeta: () => ({ headers: new Headers({ "cache-control": "private, no-store" }) }),
  });
}
