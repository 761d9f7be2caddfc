"use client";
// "Priya is here": the other participant has this 1:1 open right now (from the live stream).
import type { PageCtx } from "./use-meeting";

export function Presence({ ctx, here }: { ctx: PageCtx; here: readonly string[] }) {
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
