"use client";
// Shown after a save lost a race: the editor now holds the other person's text; the viewer's own
// draft waits here to be copied, appended or (knowingly) put back.
import { AlertTriangle, ClipboardCopy } from "lucide-react";
import { toast } from "sonner";
import { savedLabel } from "@/components/format/dates";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import type { Conflict } from "./shared-notes";
import { usePageCtx } from "./use-meeting";

type Props = { conflict: Conflict; onUseMine: () => void; onAppend: () => void; onDismiss: () => void };

export function ConflictBox({ conflict, onUseMine, onAppend, onDismiss }: Props) {
  const { zone } = usePageCtx();
  const who = conflict.by ?? "The other person";
  const when = conflict.at ? ` at ${savedLabel(conflict.at, zone)}` : "";
  return (
    <section
      aria-labelledby="notes-conflict-title"
      className="space-y-3 rounded-lg border border-warning/40 bg-warning-subtle p-4 text-warning-subtle-foreground"
    >
      <h3 id="notes-conflict-title" className="flex items-center gap-2 font-semibold text-sm">
        <AlertTriangle aria-hidden className="size-4" />
        {who} saved these notes meanwhile{when}
      </h3>
      <p className="text-sm">
        Their version is in the editor below. Your text was not saved; it is kept here so you can merge it.
      </p>
      <div className="space-y-1.5">
        <label htmlFor="notes-conflict-mine" className="font-medium text-sm">
          Your unsaved text
        </label>
        <Textarea
          id="notes-conflict-mine"
          readOnly
          value={conflict.mine}
          rows={4}
          className="bg-surface text-foreground"
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="secondary"
          onClick={() =>
            navigator.clipboard.writeText(conflict.mine).then(
              () => toast.success("Copied your text"),
              () => toast.error("Could not copy; select the text and copy it instead"),
            )
          }
        >
          <ClipboardCopy aria-hidden />
          Copy
        </Button>
        <Button size="sm" variant="secondary" onClick={onAppend}>
          Add mine below theirs
        </Button>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => {
            if (confirm(`Replace ${who}'s notes with your text?`)) onUseMine();
          }}
        >
          Replace with mine
        </Button>
        <Button size="sm" variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    </section>
  );
}
