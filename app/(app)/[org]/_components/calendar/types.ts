import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

export type Month = inferRouterOutputs<AppRouter>["calendar"]["month"];
export type CalendarEvent = Month["events"][number];
/** Names of the org's active people, for "Celebrate" on a team milestone. */
export type Names = Record<string, string>;
