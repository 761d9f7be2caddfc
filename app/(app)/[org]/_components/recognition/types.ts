import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

export type FeedInput = Omit<inferRouterInputs<AppRouter>["recognition"]["feed"], "cursor">;
export type RecognitionItem = inferRouterOutputs<AppRouter>["recognition"]["feed"]["items"][number];

/** The feed's keyset: the next page starts after the last item (the same options server and browser side). */
export const feedPaging = {
  getNextPageParam: (page: { nextCursor: { at: Date; id: string } | null }) => page.nextCursor ?? undefined,
};
