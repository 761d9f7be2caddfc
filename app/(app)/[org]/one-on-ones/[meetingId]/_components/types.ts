// Types of the 1:1 page, inferred from the router (type-only: no server code reaches the client).
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Out = inferRouterOutputs<AppRouter>["oneOnOnes"];
export type In = inferRouterInputs<AppRouter>["oneOnOnes"];
export type Meeting = Out["get"];
export type TalkingPoint = Meeting["talkingPoints"][number];
export type ActionItem = Meeting["actionItems"][number];
export type Person = Meeting["manager"];
export type Me = Meeting["me"];

/** Ids of optimistic rows not yet confirmed by the server; they can't be edited until then. */
export const TEMP_PREFIX = "temp-";
export const isTemp = (id: string) => id.startsWith(TEMP_PREFIX);
let tempCounter = 0;
export const tempId = () => `${TEMP_PREFIX}${Date.now()}-${++tempCounter}`;

/** The element ids keyboard shortcuts move focus to. */
export const FOCUS_IDS = {
  point: "new-talking-point",
  item: "new-action-item",
  notes: "shared-notes",
  private: "private-note",
} as const;

/** An upcoming meeting (not yet held or skipped): it still collects carried-over points and items. */
export const isOpen = (status: Meeting["meeting"]["status"]) => status === "SCHEDULED" || status === "RESCHEDULED";
