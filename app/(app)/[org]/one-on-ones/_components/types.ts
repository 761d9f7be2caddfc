// Output types of the 1:1 procedures, inferred from the router (type-only: no server code reaches the client).
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Out = inferRouterOutputs<AppRouter>["oneOnOnes"];
export type Mine = Out["mine"];
export type Pair = Mine["pairs"][number];
export type UpcomingMeeting = Mine["upcoming"][number];
export type RecentMeeting = Mine["recent"][number];
export type Adherence = Out["adherence"];

/** What every component of the page needs to know about the viewer. */
export type PageCtx = { org: string; zone: string };
