"use client";
// Shared notes with autosave. Saves carry the version the text was based on; when the other person
// saved in between (CONFLICT), their text is shown and the viewer's draft is kept aside to merge.
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/app/_components/trpc-provider";
import { savedLabel } from "@/components/format/dates";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Textarea } from "@/components/ui/textarea";
import { NOTES_MAX } from "@/server/modules/one-on-ones/one-on-ones.limits";
import { ConflictBox } from "./conflict-box";
import { CharCounter, SaveStatus } from "./save-status";
import { FOCUS_IDS, type Meeting } from "./types";
import { useAutosave } from "./use-autosave";
import { useMeetingCache, usePageCtx } from "./use-meeting";

type Notes = Meeting["meeting"];
export type Conflict = { mine: string; by: string | null; at: Date | null };

export function SharedNotes({ meeting }: { meeting: Notes }) {
  const ctx = usePageCtx();
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <label htmlFor={FOCUS_IDS.notes}>Shared notes</label>
        </CardTitle>
        <CardDescription>
          {ctx.me.role === "OBSERVER"
            ? "What the two of them wrote down together."
            : "You both see these. Decisions, context, anything worth remembering."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {ctx.me.canEdit ? (
          <NotesEditor meeting={meeting} />
        ) : meeting.sharedNotes ? (
          <p id={FOCUS_IDS.notes} tabIndex={-1} className="whitespace-pre-wrap break-words text-sm leading-relaxed">
            {meeting.sharedNotes}
          </p>
        ) : (
          <p className="text-muted-foreground text-sm">No shared notes for this 1:1.</p>
        )}
      </CardContent>
    </Card>
  );
}

function NotesEditor({ meeting }: { meeting: Notes }) {
  const ctx = usePageCtx();
  const trpc = useTRPC();
  const cache = useMeetingCache(ctx);
  const [draft, setDraft] = useState(meeting.sharedNotes);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const base = useRef(meeting.sharedNotesVersion);
  const mutation = useMutation(trpc.oneOnOnes.saveSharedNotes.mutationOptions());

  const autosave = useAutosave(
    draft,
    async (notes) => {
      try {
        const { version, savedAt } = await mutation.mutateAsync({ ...ref(ctx), notes, baseVersion: base.current });
        base.current = version;
        cache.update((m) => ({
          ...m,
          meeting: {
            ...m.meeting,
            sharedNotes: notes,
            sharedNotesVersion: version,
            sharedNotesUpdatedAt: savedAt,
            sharedNotesUpdatedBy: (ctx.me.role === "MANAGER" ? ctx.manager : ctx.report).name,
          },
        }));
        return true;
      } catch (e) {
        if ((e as { data?: { code?: string } }).data?.code !== "CONFLICT") throw e;
        // Someone else saved first: show their text, keep ours aside. Nothing is overwritten.
        const latest = (await cache.latest())?.meeting;
        if (!latest) throw e;
        base.current = latest.sharedNotesVersion;
        setConflict({ mine: notes, by: latest.sharedNotesUpdatedBy, at: latest.sharedNotesUpdatedAt });
        setDraft(latest.sharedNotes);
        autosave.reset(latest.sharedNotes);
        return false;
      }
    },
    meeting.sharedNotes,
  );

  // The other person saved and there is nothing unsaved here: show their text.
  useEffect(() => {
    if (meeting.sharedNotesVersion <= base.current || autosave.isDirty()) return;
    base.current = meeting.sharedNotesVersion;
    setDraft(meeting.sharedNotes);
    autosave.reset(meeting.sharedNotes);
  }, [meeting.sharedNotesVersion, meeting.sharedNotes, autosave.isDirty, autosave.reset]);

  const last =
    meeting.sharedNotesUpdatedAt && meeting.sharedNotes
      ? `Last saved ${savedLabel(meeting.sharedNotesUpdatedAt, ctx.zone)}${
          meeting.sharedNotesUpdatedBy ? ` by ${meeting.sharedNotesUpdatedBy}` : ""
        }`
      : "Saves as you type.";
  return (
    <div className="space-y-2">
      {conflict ? (
        <ConflictBox
          conflict={conflict}
          onUseMine={() => {
            setDraft(conflict.mine);
            setConflict(null);
          }}
          onAppend={() => {
            setDraft((d) => `${d}${d.endsWith("\n") || !d ? "" : "\n\n"}${conflict.mine}`);
            setConflict(null);
          }}
          onDismiss={() => setConflict(null)}
        />
      ) : null}
      <Textarea
        id={FOCUS_IDS.notes}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void autosave.flush()}
        onKeyDown={(e) => {
          if (e.key === "Escape") e.currentTarget.blur();
        }}
        rows={8}
        maxLength={NOTES_MAX}
        placeholder="What did you decide? What should you both remember next time?"
        aria-keyshortcuts="n"
        aria-describedby="shared-notes-count"
      />
      <div className="flex items-center justify-between gap-2">
        <SaveStatus state={autosave.state} idle={last} onRetry={() => void autosave.flush()} />
        <CharCounter id="shared-notes-count" length={draft.length} max={NOTES_MAX} />
      </div>
    </div>
  );
}

const ref = (ctx: { org: string; meetingId: string }) => ({ org: ctx.org, meetingId: ctx.meetingId });
