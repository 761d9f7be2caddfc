"use client";
// One competency's review in the 1:1 panel: the author's form (rating, behaviours observed,
// evidence; autosaved with the notes' useAutosave and its version conflicts), the manager's next
// step (an action item of the pair), and the other side's shared review, read-only.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { EVIDENCE_MAX } from "@/server/modules/competencies/competencies.limits";
import { ITEM_MAX } from "@/server/modules/one-on-ones/one-on-ones.limits";
import type { Review, Scale } from "./competency-types";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";
import { useMeetingCache, usePageCtx } from "./use-meeting";

/** The manager's next step for this competency: it becomes an action item of the pair, owned by the report. */
export function NextStep({ competencyId, done }: { competencyId: string; done: boolean }) {
  const ctx = usePageCtx();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const meeting = useMeetingCache(ctx);
  const [text, setText] = useState("");
  const add = useMutation(
    trpc.competencies.addNextStep.mutationOptions({
      onSuccess: () => {
        setText("");
        toast.success(`Next step added to the action items, for ${ctx.report.name}`);
        void meeting.invalidate();
        void queryClient.invalidateQueries({ queryKey: trpc.competencies.panel.queryKey() });
      },
    }),
  );
  if (done) return <p className="text-muted-foreground text-sm">Next step added to the action items.</p>;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate({ org: ctx.org, meetingId: ctx.meetingId, competencyId, text });
      }}
    >
      <Field
        label="Next step"
        description={`Becomes an action item for ${ctx.report.name}.`}
        error={
          add.error?.data?.fieldErrors?.text?.[0] ??
          (add.error && !add.error.data?.fieldErrors ? add.error.message : undefined)
        }
        className="min-w-0 flex-1"
      >
        <Input value={text} onChange={(e) => setText(e.target.value)} maxLength={ITEM_MAX} />
      </Field>
      <Button type="submit" variant="secondary" disabled={!text.trim()} loading={add.isPending}>
        Add next step
      </Button>
    </form>
  );
}

type Draft = { rating: number | null; observed: number[]; evidence: string };
const serialize = (d: Draft) => JSON.stringify([d.rating, [...d.observed].sort((a, b) => a - b), d.evidence]);

export function ReviewForm(props: {
  competencyId: string;
  kind: "MANAGER" | "SELF";
  review: Review | null;
  scale: Scale;
  behaviours: string[];
}) {
  const ctx = usePageCtx();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const initial: Draft = {
    rating: props.review?.rating ?? null,
    observed: props.review?.observed ?? [],
    evidence: props.review?.evidence ?? "",
  };
  const [draft, setDraft] = useState<Draft>(initial);
  const [version, setVersion] = useState(props.review?.version ?? 0);
  const save = useMutation(trpc.competencies.saveReview.mutationOptions());
  const autosave = useAutosave(
    serialize(draft),
    async () => {
      try {
        const r = await save.mutateAsync({
          org: ctx.org,
          meetingId: ctx.meetingId,
          competencyId: props.competencyId,
          kind: props.kind,
          baseVersion: version,
          ...draft,
        });
        setVersion(r.version);
        // The first save creates the draft, which the panel's "Share with …" button depends on: reload
        // the panel once now rather than whenever it next refetches (a race the e2e run lost).
        if (version === 0) void queryClient.invalidateQueries({ queryKey: trpc.competencies.panel.queryKey() });
        return true;
      } catch (e) {
        if ((e as { data?: { code?: string } }).data?.code !== "CONFLICT") throw e;
        // Saved elsewhere meanwhile (another tab): show theirs rather than overwrite it.
        toast.error("This review changed in another tab: showing the saved version");
        await queryClient.invalidateQueries({ queryKey: trpc.competencies.panel.queryKey() });
        return false;
      }
    },
    serialize(initial),
  );
  const name = `${props.kind}-${props.competencyId}`;
  const label = props.kind === "MANAGER" ? "Rating" : "My rating";
  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="mb-1 font-medium text-sm">{label}</legend>
        <div className="flex flex-wrap gap-2">
          {props.scale.map((l) => (
            <label
              key={l.value}
              className="flex items-center gap-1.5 rounded-md border px-2 py-1 text-sm has-checked:border-brand has-checked:bg-brand-subtle"
            >
              <input
                type="radio"
                name={name}
                value={l.value}
                checked={draft.rating === l.value}
                onChange={() => setDraft((d) => ({ ...d, rating: l.value }))}
                onBlur={() => void autosave.flush()}
              />
              {l.label}
            </label>
          ))}
        </div>
      </fieldset>
      {props.behaviours.length ? (
        <fieldset>
          <legend className="mb-1 font-medium text-sm">Behaviours observed</legend>
          <ul className="space-y-1">
            {props.behaviours.map((b, i) => (
              <li key={b}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-0.5"
                    checked={draft.observed.includes(i)}
                    onChange={(e) =>
                      setDraft((d) => ({
                        ...d,
                        observed: e.target.checked ? [...d.observed, i] : d.observed.filter((x) => x !== i),
                      }))
                    }
                    onBlur={() => void autosave.flush()}
                  />
                  {b}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <Field label={props.kind === "MANAGER" ? "Evidence" : "In my words"}>
        <Textarea
          rows={3}
          value={draft.evidence}
          maxLength={EVIDENCE_MAX}
          placeholder={
            props.kind === "MANAGER" ? "What you saw, when, and what it changed" : "What I did, and what I want to grow"
          }
          onChange={(e) => setDraft((d) => ({ ...d, evidence: e.target.value }))}
          onBlur={() => void autosave.flush()}
        />
      </Field>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <SaveStatus
          state={autosave.state}
          idle={
            props.review?.status === "SHARED" ? "Shared" : props.review ? "Draft: only you see it" : "Saves as you go"
          }
          onRetry={() => void autosave.flush()}
        />
        {props.review?.status === "SHARED" ? (
          <Badge variant="success">Shared</Badge>
        ) : props.review ? (
          <Badge variant="outline">Draft</Badge>
        ) : null}
      </div>
    </div>
  );
}

export function ReadOnlyReview({ title, review, behaviours }: { title: string; review: Review; behaviours: string[] }) {
  return (
    <div className="rounded-md bg-muted/50 p-3 text-sm">
      <p className="font-medium">
        {title}: {review.ratingLabel ?? "no level yet"}
      </p>
      {review.observed.length ? (
        <p className="text-muted-foreground">
          Observed:{" "}
          {review.observed
            .map((i) => behaviours[i])
            .filter(Boolean)
            .join("; ")}
        </p>
      ) : null}
      {review.evidence ? <p className="mt-1 whitespace-pre-wrap">{review.evidence}</p> : null}
    </div>
  );
}
