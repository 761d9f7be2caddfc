"use client";
// Live updates for the two participants: a server-sent event stream (/api/live/...) says when the
// other person changed something (the page refetches its one query) and who has the page open.
// While the stream is down the page keeps polling, so nothing depends on it.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";

/** Who has the page open (member ids), outside React state so that only its reader re-renders. */
export type PresenceStore = {
  get: () => readonly string[];
  set: (here: readonly string[]) => void;
  subscribe: (listener: () => void) => () => void;
};

export function usePresenceStore(): PresenceStore {
  const [store] = useState<PresenceStore>(() => {
    let here: readonly string[] = [];
    const listeners = new Set<() => void>();
    return {
      get: () => here,
      set: (next) => {
        if (next.length === here.length && next.every((id, i) => id === here[i])) return;
        here = next;
        for (const listener of listeners) listener();
      },
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
  });
  return store;
}

import { useTRPC } from "@/app/_components/trpc-provider";
import type { MeetingRef } from "./use-meeting";

export function useLive(
  ref: MeetingRef,
  enabled: boolean,
  onConnected: (connected: boolean) => void,
  setHere: (here: readonly string[]) => void,
) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const { org, meetingId } = ref;
  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    const queryKey = trpc.oneOnOnes.get.queryKey({ org, meetingId });
    const source = new EventSource(`/api/live/${encodeURIComponent(org)}/${encodeURIComponent(meetingId)}`);
    source.addEventListener("open", () => onConnected(true));
    source.addEventListener("error", () => onConnected(false));
    source.addEventListener("changed", () => {
      // An optimistic change of ours in flight refetches when it settles; refetching now would flash it away.
      if (qc.isMutating({ predicate: (m) => m.options.meta?.optimistic === true }) === 0)
        void qc.invalidateQueries({ queryKey });
    });
    source.addEventListener("presence", (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as { here?: unknown };
      setHere(Array.isArray(data.here) ? data.here.filter((x): x is string => typeof x === "string") : []);
    });
    return () => {
      source.close();
      onConnected(false);
      setHere([]);
    };
  }, [enabled, org, meetingId, qc, trpc, onConnected, setHere]);
}
