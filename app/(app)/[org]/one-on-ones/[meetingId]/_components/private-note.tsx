"use client";
// The viewer's private note: stored per author, never shown to anyone else (not the other
// participant, not their managers, not HR), never emailed.
import { useMutation } from "@tanstack/react-query";
import { Lock } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "@/app/_components/trpc-provider";
import { savedLabel } from "@/components/format/dates";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Textarea } from "@/components/ui/textarea";
import { NOTES_MAX } from "@/server/modules/one-on-ones/one-on-ones.limits";
import { CharCounter, SaveStatus } from "./save-status";
import { FOCUS_IDS, type Meeting } from "./types";
import { useAutosave } from "./use-autosave";
import { useMeetingCache, usePageCtx } from "./use-meeting";

export function PrivateNote({ note }: { note: Meeting["privateNote"] }) {
  const ctx = usePageCtx();
  const trpc = useTRPC();
  const cache = useMeetingCache(ctx);
  const [draft, setDraft] = useState(note?.body ?? "");
  const mutation = useMutation(trpc.oneOnOnes.savePrivateNote.mutationOptions());
  const autosave = useAutosave(
    draft,
    async (body) => {
      const { savedAt } = await mutation.mutateAsync({ org: ctx.org, meetingId: ctx.meetingId, body });
      cache.update((m) => ({ ...m, privateNote: { body, updatedAt: savedAt } }));
      return true;
    },
    note?.body ?? "",
  );
  const idle = note?.updatedAt ? `Last saved ${savedLabel(note.updatedAt, ctx.zone)}` : "Saves as you type.";
  return (
    <Card className="border-dashed bg-muted/40">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Lock aria-hidden className="size-4 text-muted-foreground" />
          <label htmlFor={FOCUS_IDS.private}>Private note</label>
        </CardTitle>
        <CardDescription id="private-note-help">
          Private — only you can see this. Not {ctx.me.role === "MANAGER" ? ctx.report.name : ctx.manager.name}, not
          anyone's manager, not HR.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-2">
        <Textarea
          id={FOCUS_IDS.private}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void autosave.flush()}
          onKeyDown={(e) => {
            if (e.key === "Escape") e.currentTarget.blur();
          }}
          rows={5}
          maxLength={NOTES_MAX}
          placeholder="Reminders for yourself, how it felt, what to follow up on…"
          aria-keyshortcuts="p"
          aria-describedby="private-note-help private-note-count"
        />
        <div className="flex items-center justify-between gap-2">
          <SaveStatus state={autosave.state} idle={idle} onRetry={() => void autosave.flush()} />
          <CharCounter id="private-note-count" length={draft.length} max={NOTES_MAX} />
        </div>
      </CardContent>
    </Card>
  );
}
