import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

export type Month = inferRouterOutputs<AppRouter>["calendar"]["month"];
export type CalendarEvent = Month["events"][number];
