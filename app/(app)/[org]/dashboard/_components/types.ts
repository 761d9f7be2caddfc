import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Out = inferRouterOutputs<AppRouter>["dashboard"];
export type Overview = Out["overview"];
export type Lines = Out["lines"];
export type Line = Lines["lines"][number];
export type Rollup = Out["rollup"];
