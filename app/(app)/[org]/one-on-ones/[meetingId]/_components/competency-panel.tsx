"use client";
// The competency review on the 1:1 page, loaded by its own query (competencies.panel), never part
// of the polled meeting query. The manager picks up to 3 competencies (suggested: not reviewed the
// longest), rates each on the scale, ticks the behaviours observed and writes evidence; it autosaves
// like the notes (the same useAutosave), and "Share with <report>" makes it visible to them. The
// report self-assesses the picked competencies and shares with the manager. All by keyboard: native
// radios, checkboxes and a select.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Share2, Target } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { shortDate } from "@/components/format/dates";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { Picked, Scale } from "./competency-types";
import { NextStep, ReadOnlyReview, ReviewForm } from "./review-form";
import { usePageCtx } from "./use-meeting";

export function CompetencyPanel() {
  const ctx = usePageCtx();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { org: ctx.org, meetingId: ctx.meetingId };
  const panel = useQuery(trpc.competencies.panel.queryOptions(input));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.competencies.panel.queryKey(input) });
  const pick = useMutation(
    trpc.competencies.pick.mutationOptions({ onSuccess: () => void refresh(), onError: (e) => toast.error(e.message) }),
  );
  const share = useMutation(
    trpc.competencies.share.mutationOptions({
      onSuccess: (r) => {
        void refresh();
        const other = ctx.me.role === "MANAGER" ? ctx.report.name : ctx.manager.name;
        toast.success(r.shared ? `Shared with ${other}` : "Nothing new to share");
      },
      onError: (e) => toast.error(e.message),
    }),
  );
  const [choice, setChoice] = useState("");
  const data = panel.data;
  if (!data) return null;
  const { framework, picked, role } = data;
  const kind = role === "MANAGER" ? "MANAGER" : role === "REPORT" ? "SELF" : null;
  const unshared = picked.some((p) => {
    const own = kind === "MANAGER" ? p.manager : kind === "SELF" ? p.self : null;
    return own?.status === "DRAFT";
  });

  return (
    <section aria-labelledby="competencies-heading">
      <Card>
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <Target aria-hidden className="size-4 text-muted-foreground" />
            <span id="competencies-heading">Competencies</span>
          </CardTitle>
          <CardDescription>
            {framework
              ? role === "MANAGER"
                ? `Review 1–3 competencies of ${framework.name} with evidence. Drafts are yours until you share them with ${ctx.report.name}.`
                : role === "REPORT"
                  ? `What ${ctx.manager.name} reviews with you, and your own self-assessment (yours until you share it).`
                  : `Shared ratings and evidence of ${framework.name}.`
              : null}
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          {!framework ? (
            <p className="text-muted-foreground text-sm">
              No competency framework applies to {ctx.report.name} yet.{" "}
              <Link href={`/${ctx.org}/competencies`} className="text-brand underline underline-offset-4">
                See the frameworks
              </Link>
              .
            </p>
          ) : null}
          {framework && picked.length === 0 ? (
            <p className="text-muted-foreground text-sm">
              {role === "MANAGER"
                ? "Pick a competency to review in this 1:1: the list starts with those not reviewed the longest."
                : "No competency is picked for this 1:1 yet."}
            </p>
          ) : null}
          {framework
            ? picked.map((p) => <PickedCompetency key={p.competencyId} p={p} scale={framework.scale} kind={kind} />)
            : null}
          {framework && role === "MANAGER" && picked.length < 3 && data.suggestions.length ? (
            <form
              className="flex flex-wrap items-end gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                if (choice) pick.mutate({ ...input, competencyId: choice }, { onSuccess: () => setChoice("") });
              }}
            >
              <Field label="Review a competency" className="min-w-0 flex-1">
                <Select value={choice} onChange={(e) => setChoice(e.target.value)}>
                  <option value="">Choose…</option>
                  {data.suggestions.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name} — {s.lastAt ? `last reviewed ${shortDate(s.lastAt, ctx.zone)}` : "never reviewed"}
                    </option>
                  ))}
                </Select>
              </Field>
              <Button type="submit" variant="secondary" disabled={!choice} loading={pick.isPending}>
                Add
              </Button>
            </form>
          ) : null}
          {kind && unshared ? (
            <Button onClick={() => share.mutate(input)} loading={share.isPending}>
              <Share2 aria-hidden />
              Share with {role === "MANAGER" ? ctx.report.name : ctx.manager.name}
            </Button>
          ) : null}
        </CardContent>
      </Card>
    </section>
  );
}

function PickedCompetency({ p, scale, kind }: { p: Picked; scale: Scale; kind: "MANAGER" | "SELF" | null }) {
  const ctx = usePageCtx();
  const texts = p.texts;
  if (!texts) return null;
  const own = kind === "MANAGER" ? p.manager : kind === "SELF" ? p.self : null;
  const theirs = kind === "MANAGER" ? p.self : kind === "SELF" ? p.manager : null;
  return (
    <article aria-labelledby={`competency-${p.competencyId}`} className="space-y-3 rounded-lg border p-4">
      <header className="flex flex-wrap items-center gap-2">
        <h3 id={`competency-${p.competencyId}`} className="font-semibold">
          {texts.name}
        </h3>
        {p.changed ? <Badge variant="warning">Texts changed since</Badge> : null}
      </header>
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium text-muted-foreground">Short-term result</dt>
          <dd>{texts.expectedResult || "—"}</dd>
        </div>
        <div>
          <dt className="font-medium text-muted-foreground">Leader check</dt>
          <dd>{texts.leaderCheck || "—"}</dd>
        </div>
      </dl>
      {p.previous ? (
        <p className="text-sm">
          <span className="text-muted-foreground">Last rated {shortDate(p.previous.at, ctx.zone)}:</span>{" "}
          <strong>{p.previous.ratingLabel ?? "no level"}</strong>
          {p.previous.evidence ? <span className="text-muted-foreground"> — “{p.previous.evidence}”</span> : null}
        </p>
      ) : (
        <p className="text-muted-foreground text-sm">Not rated before.</p>
      )}
      {p.recognition.length > 0 ? (
        <div className="text-sm">
          <h4 className="font-medium text-muted-foreground">
            Recognition for {texts.name} {p.previous ? "since then" : "so far"}
          </h4>
          <ul className="mt-1 space-y-1" aria-label={`Recognition tagged ${texts.name}`}>
            {p.recognition.map((r) => (
              <li key={r.id}>
                <span className="text-muted-foreground">
                  {r.fromName}, {shortDate(r.at, ctx.zone)}:
                </span>{" "}
                “{r.message}”
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {kind ? (
        <ReviewForm
          // Keyed by what it edits, never by the review's id: the first save creates the review, and
          // a refetch then must not remount the form and drop what was typed meanwhile.
          key={`${kind}-${p.competencyId}`}
          competencyId={p.competencyId}
          kind={kind}
          review={own}
          scale={scale}
          behaviours={texts.behaviours}
        />
      ) : null}
      {kind === "MANAGER" && own ? <NextStep competencyId={p.competencyId} done={own.nextStepItemId !== null} /> : null}
      {theirs && theirs.status === "SHARED" ? (
        <ReadOnlyReview
          title={kind === "MANAGER" ? `${ctx.report.name}’s self-assessment` : `${ctx.manager.name}’s rating`}
          review={theirs}
          behaviours={texts.behaviours}
        />
      ) : null}
      {!kind && p.manager ? (
        <ReadOnlyReview title={`${ctx.manager.name}’s rating`} review={p.manager} behaviours={texts.behaviours} />
      ) : null}
      {kind === "SELF" && !p.managerShared ? (
        <p className="text-muted-foreground text-xs">{ctx.manager.name}’s rating shows here once they share it.</p>
      ) : null}
    </article>
  );
}
