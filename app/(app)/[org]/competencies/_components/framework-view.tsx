"use client";
// A framework's page: scale and ordered competencies for everyone; for HR admins also edit, add,
// reorder (Move up / Move down buttons: keyboard first), archive and restore, duplicate, and where it
// applies. An edit of a competency adds a version on the server: reviews keep the texts they used.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Archive, ArrowDown, ArrowUp, Copy, Pencil, Plus, RotateCcw, Target } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { appliesTo } from "./applies-to";
import { ApplyDialog } from "./apply-dialog";
import { CompetencyDialog, DetailsDialog } from "./framework-dialogs";
import type { Competency } from "./types";

export function FrameworkView({ org, frameworkId }: { org: string; frameworkId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.competencies.framework.queryOptions({ org, frameworkId }));
  const [editing, setEditing] = useState<Competency | "new" | null>(null);
  const [dialog, setDialog] = useState<"details" | "apply" | null>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.competencies.framework.queryKey({ org, frameworkId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.competencies.frameworks.queryKey() });
  };
  const onError = (e: { message: string }) => toast.error(e.message);
  const move = useMutation(trpc.competencies.moveCompetency.mutationOptions({ onSuccess: refresh, onError }));
  const archive = useMutation(
    trpc.competencies.archiveCompetency.mutationOptions({
      onSuccess: (_r, v) => {
        refresh();
        toast.success(v.archived ? "Competency archived: past reviews keep it" : "Competency restored", {
          action: v.archived ? { label: "Undo", onClick: () => archive.mutate({ ...v, archived: false }) } : undefined,
        });
      },
      onError,
    }),
  );
  const status = useMutation(
    trpc.competencies.setFrameworkStatus.mutationOptions({
      onSuccess: (_r, v) => {
        refresh();
        toast.success(v.status === "ARCHIVED" ? "Framework archived: it applies to no one now" : "Framework restored");
      },
      onError,
    }),
  );
  const duplicate = useMutation(
    trpc.competencies.duplicateFramework.mutationOptions({
      onSuccess: (copy) => {
        refresh();
        toast.success("Copy created: it applies to no one until you say where");
        router.push(`/${org}/competencies/${copy.id}`);
      },
      onError,
    }),
  );

  const f = query.data;
  if (!f) return null;
  const live = f.competencies.filter((c) => !c.archived);
  const archived = f.competencies.filter((c) => c.archived);
  const moveTo = (c: Competency, delta: -1 | 1) => {
    const i = live.findIndex((x) => x.id === c.id);
    const j = i + delta;
    if (j < 0 || j >= live.length) return;
    // Between the new neighbours: up puts it before live[j]; down puts it after live[j].
    const [afterId, beforeId] =
      delta === -1 ? [live[j - 1]?.id ?? null, live[j]?.id ?? null] : [live[j]?.id ?? null, live[j + 1]?.id ?? null];
    move.mutate({ org, competencyId: c.id, afterId, beforeId });
  };

  return (
    <div className="space-y-8">
      <PageHeader
        title={f.name}
        description={f.description || undefined}
        actions={
          f.canEdit ? (
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" size="sm" onClick={() => setDialog("details")}>
                <Pencil aria-hidden /> Edit details
              </Button>
              <Button variant="secondary" size="sm" onClick={() => setDialog("apply")}>
                <Target aria-hidden /> Where it applies
              </Button>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => duplicate.mutate({ org, frameworkId })}
                loading={duplicate.isPending}
              >
                <Copy aria-hidden /> Duplicate
              </Button>
              <Button
                variant="ghost"
                size="sm"
                onClick={() =>
                  status.mutate({ org, frameworkId, status: f.status === "ACTIVE" ? "ARCHIVED" : "ACTIVE" })
                }
              >
                {f.status === "ACTIVE" ? <Archive aria-hidden /> : <RotateCcw aria-hidden />}
                {f.status === "ACTIVE" ? "Archive" : "Restore"}
              </Button>
            </div>
          ) : null
        }
      />
      <p className="-mt-4 text-muted-foreground text-sm">{appliesTo(f)}</p>

      <section aria-labelledby="scale-heading" className="space-y-3">
        <h2 id="scale-heading" className="font-semibold text-lg">
          Rating scale
        </h2>
        <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {f.scale.map((l) => (
            <li key={l.value} className="rounded-lg border bg-surface p-3">
              <p className="font-medium">
                <span className="text-muted-foreground">{l.value}.</span> {l.label}
              </p>
              <p className="mt-1 text-muted-foreground text-sm">{l.description}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="competencies-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="competencies-heading" className="font-semibold text-lg">
            Competencies ({live.length})
          </h2>
          {f.canEdit ? (
            <Button size="sm" onClick={() => setEditing("new")}>
              <Plus aria-hidden /> Add competency
            </Button>
          ) : null}
        </div>
        {live.length === 0 ? (
          <EmptyState icon={Target} title="No competencies yet" headingLevel="h3">
            Add the skills you want leaders to coach: what to observe, what it brings, and how a leader checks it.
          </EmptyState>
        ) : (
          <ol className="space-y-3" aria-label="Competencies, in order">
            {live.map((c, i) => (
              <CompetencyCard key={c.id} c={c}>
                {f.canEdit ? (
                  <>
                    <Button variant="secondary" size="sm" onClick={() => setEditing(c)}>
                      <Pencil aria-hidden /> Edit<span className="sr-only"> {c.name}</span>
                    </Button>
                    <Button
                      variant="ghost"
                      size="icon-sm"
                      aria-label={`Move ${c.name} up`}
                      disabled={i === 0 || move.isPending}
                      onClick={() => moveTo(c, -1)}
                    >
                      <ArrowUp aria-hidden />
                    </Button>
                    <Button
                      variant="ghost"
                      size="icon-sm"
                      aria-label={`Move ${c.name} down`}
                      disabled={i === live.length - 1 || move.isPending}
                      onClick={() => moveTo(c, 1)}
                    >
                      <ArrowDown aria-hidden />
                    </Button>
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => archive.mutate({ org, competencyId: c.id, archived: true })}
                    >
                      <Archive aria-hidden /> Archive<span className="sr-only"> {c.name}</span>
                    </Button>
                  </>
                ) : null}
              </CompetencyCard>
            ))}
          </ol>
        )}
        {archived.length ? (
          <details className="rounded-lg border bg-surface p-3">
            <summary className="cursor-pointer font-medium text-sm">Archived ({archived.length})</summary>
            <ul className="mt-3 space-y-2">
              {archived.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                  <span>{c.name}</span>
                  {f.canEdit ? (
                    <Button
                      variant="ghost"
                      size="sm"
                      onClick={() => archive.mutate({ org, competencyId: c.id, archived: false })}
                    >
                      <RotateCcw aria-hidden /> Restore<span className="sr-only"> {c.name}</span>
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      {f.canEdit ? (
        <>
          <CompetencyDialog
            org={org}
            frameworkId={frameworkId}
            competency={editing === "new" ? null : editing}
            open={editing !== null}
            onOpenChange={(o) => !o && setEditing(null)}
            onSaved={refresh}
          />
          <DetailsDialog
            org={org}
            framework={f}
            open={dialog === "details"}
            onOpenChange={(o) => setDialog(o ? "details" : null)}
            onSaved={refresh}
          />
          <ApplyDialog
            org={org}
            framework={f}
            open={dialog === "apply"}
            onOpenChange={(o) => setDialog(o ? "apply" : null)}
            onSaved={refresh}
          />
        </>
      ) : null}
    </div>
  );
}

function CompetencyCard({ c, children }: { c: Competency; children: React.ReactNode }) {
  return (
    <li className="rounded-xl border bg-surface p-5 shadow-card">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="font-semibold">{c.name}</h3>
          {c.category ? (
            <Badge variant="brand" className="mt-1">
              {c.category}
            </Badge>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-1">{children}</div>
      </div>
      {c.description ? <p className="mt-2 text-sm">{c.description}</p> : null}
      <dl className="mt-3 grid gap-3 text-sm md:grid-cols-3">
        <div>
          <dt className="font-medium text-muted-foreground">Observable behaviours</dt>
          <dd>
            {c.behaviours.length ? (
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {c.behaviours.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            ) : (
              "—"
            )}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-muted-foreground">Short-term result</dt>
          <dd className="mt-1">{c.expectedResult || "—"}</dd>
        </div>
        <div>
          <dt className="font-medium text-muted-foreground">Leader check</dt>
          <dd className="mt-1">{c.leaderCheck || "—"}</dd>
        </div>
      </dl>
    </li>
  );
}
