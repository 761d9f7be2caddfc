import { AlertCircle, Check, LoaderCircle } from "lucide-react";
import { savedLabel } from "@/components/format/dates";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { SaveState } from "./use-autosave";
import { usePageCtx } from "./use-meeting";

type Props = { state: SaveState; idle?: string; onRetry: () => void };

/**
 * "Saving…", "Saved 14:54", "Unsaved changes", or the error with a retry; announced politely. The
 * time is in the viewer's profile zone, written like the "Last saved …" shown after a reload.
 */
export function SaveStatus({ state, idle, onRetry }: Props) {
  const { zone } = usePageCtx();
  return (
    <p
      role="status"
      aria-live="polite"
      className={cn(
        "flex min-h-6 items-center gap-1.5 text-muted-foreground text-xs",
        state.kind === "error" && "text-danger-subtle-foreground",
      )}
    >
      {state.kind === "saving" ? (
        <>
          <LoaderCircle aria-hidden className="size-3.5 animate-spin" />
          Saving…
        </>
      ) : state.kind === "saved" ? (
        <>
          <Check aria-hidden className="size-3.5 text-success" />
          Saved {savedLabel(state.at, zone)}
        </>
      ) : state.kind === "dirty" ? (
        "Unsaved changes"
      ) : state.kind === "error" ? (
        <>
          <AlertCircle aria-hidden className="size-3.5" />
          Not saved: {state.message}
          <Button variant="ghost" size="sm" className="h-6 px-2 text-xs" onClick={onRetry}>
            Retry
          </Button>
        </>
      ) : (
        (idle ?? "")
      )}
    </p>
  );
}

/** "18,234 / 20,000" once the text nears the limit. */
export function CharCounter({ id, length, max }: { id: string; length: number; max: number }) {
  if (length < max * 0.8)
    return <span id={id} className="sr-only">{`Up to ${max.toLocaleString("en-US")} characters.`}</span>;
  return (
    <span
      id={id}
      className={cn(
        "text-xs tabular-nums",
        length >= max * 0.95 ? "text-danger-subtle-foreground" : "text-muted-foreground",
      )}
    >
      {length.toLocaleString("en-US")} / {max.toLocaleString("en-US")}
    </span>
  );
}
