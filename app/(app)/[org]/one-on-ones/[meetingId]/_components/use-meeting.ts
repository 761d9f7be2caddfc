"use client";
// The page's one query and the optimistic-update plumbing every section shares: apply the change to
// the cached meeting at once, roll back with a toast on error, refetch once the last change settles.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, useContext } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import type { Meeting } from "./types";

export type MeetingRef = { org: string; meetingId: string };

/**
 * Polls while the tab is visible so both participants see each other's points and checks: every
 * 20 s, or only as a safety net every 2 minutes while the live stream delivers changes.
 */
export function useMeetingQuery(ref: MeetingRef, live = false) {
  const trpc = useTRPC();
  return useQuery(trpc.oneOnOnes.get.queryOptions(ref, { refetchInterval: live ? 120_000 : 20_000 }));
}

export function useMeetingCache({ org, meetingId }: MeetingRef) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  // Only the two ids: the key must equal the page query's exactly (callers often pass the whole page context).
  const queryKey = trpc.oneOnOnes.get.queryKey({ org, meetingId });
  const invalidate = () => qc.invalidateQueries({ queryKey });
  const update = (apply: (m: Meeting) => Meeting) =>
    qc.setQueryData(queryKey, (m: Meeting | undefined) => (m ? apply(m) : m));

  function optimistic<V>(apply: (m: Meeting, v: V) => Meeting) {
    return {
      meta: { optimistic: true },
      onMutate: async (v: V) => {
        // Show the change first, then stop any poll in flight from overwriting it (revert: false
        // keeps what is on screen instead of restoring the pre-fetch state).
        const previous = qc.getQueryData(queryKey);
        if (previous) qc.setQueryData(queryKey, apply(previous, v));
        await qc.cancelQueries({ queryKey }, { revert: false });
        return { previous };
      },
      onError: (e: { message: string }, _v: V, context: { previous?: Meeting } | undefined) => {
        if (context?.previous) qc.setQueryData(queryKey, context.previous);
        toast.error(e.message);
      },
      // Refetching while another optimistic change is in flight would briefly undo it on screen.
      onSettled: () => {
        if (qc.isMutating({ predicate: (m) => m.options.meta?.optimistic === true }) <= 1) return invalidate();
      },
    };
  }
  /** Refetches now and returns the fresh meeting. */
  const latest = async () => {
    await qc.refetchQueries({ queryKey, exact: true });
    return qc.getQueryData(queryKey);
  };
  return { queryKey, invalidate, update, optimistic, latest };
}

/** What every section needs: where the meeting lives, who is looking, and whether they may write. */
export type PageCtx = MeetingRef & {
  me: Meeting["me"];
  manager: Meeting["manager"];
  report: Meeting["report"];
  /** The viewer's profile zone (never the browser's): every time on the page is shown in it first. */
  zone: string;
};
export const MeetingContext = createContext<PageCtx | null>(null);

export function usePageCtx(): PageCtx {
  const ctx = useContext(MeetingContext);
  if (!ctx) throw new Error("usePageCtx outside the 1:1 page");
  return ctx;
}

/** The other participant, whose clock shows second; none for an observer (a manager up the chain). */
export function otherParticipant(ctx: Pick<PageCtx, "me" | "manager" | "report">) {
  return ctx.me.role === "MANAGER" ? ctx.report : ctx.me.role === "REPORT" ? ctx.manager : null;
}

/** The name of a participant by id ("You" for the viewer). */
export function participantName(ctx: PageCtx, id: string): string {
  if (id === ctx.me.id) return "You";
  return id === ctx.manager.id ? ctx.manager.name : id === ctx.report.id ? ctx.report.name : "Someone";
}

/** The two participants as <option>s, the viewer first and called "You". */
export function participants(ctx: PageCtx) {
  const both = [ctx.manager, ctx.report].map((p) => ({
    id: p.id,
    name: p.id === ctx.me.id ? `${p.name} (you)` : p.name,
  }));
  return both.sort((a, b) => Number(b.id === ctx.me.id) - Number(a.id === ctx.me.id));
}
