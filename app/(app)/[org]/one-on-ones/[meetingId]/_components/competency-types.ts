import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

export type Panel = inferRouterOutputs<AppRouter>["competencies"]["panel"];
export type Picked = Panel["picked"][number];
export type Review = NonNullable<Picked["manager"]>;
export type Scale = NonNullable<Panel["framework"]>["scale"];
