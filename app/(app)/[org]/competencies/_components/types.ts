import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Out = inferRouterOutputs<AppRouter>["competencies"];
export type Framework = Out["framework"];
export type Competency = Framework["competencies"][number];
