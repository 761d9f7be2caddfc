"use client";
// "Priya is here": the other participant has this 1:1 open right now (from the live stream).
import { useSyncExternalStore } from "react";
import type { PresenceStore } from "./use-live";
import type { PageCtx } from "./use-meeting";

const nobody: readonly string[] = [];

export function Presence({ ctx, store }: { ctx: PageCtx; store: PresenceStore }) {
  const here = useSyncExternalStore(store.subscribe, store.get, () => nobody);
  const other = ctx.me.role === "MANAGER" ? ctx.report : ctx.me.role === "REPORT" ? ctx.manager : null;
  const present = other !== null && here.includes(other.id);
  return (
    <p role="status" aria-live="polite" className="min-h-5 text-sm" data-testid="presence">
      {present ? (
        <span className="inline-flex items-center gap-2 text-muted-foreground">
          <span aria-hidden className="size-2 rounded-full bg-success" />
          {other.name} is here
        </span>
      ) : null}
    </p>
  );
}
