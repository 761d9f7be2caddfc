"use client";
// Shared talking points: either participant adds, checks off and reorders; only the author rewords
// or deletes. Unchecked points of earlier meetings carry over to the next one.
import { ListChecks, Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { ITEM_MAX } from "@/server/modules/one-on-ones/one-on-ones.limits";
import { PointRow } from "./point-row";
import { FOCUS_IDS, type TalkingPoint } from "./types";
import { usePageCtx } from "./use-meeting";
import { usePointMutations } from "./use-points";

export function TalkingPoints({ points, open }: { points: TalkingPoint[]; open: boolean }) {
  const { me } = usePageCtx();
  const actions = usePointMutations();
  const unchecked = points.filter((p) => !p.checkedAt);
  const checked = points.filter((p) => p.checkedAt);
  return (
    <Card role="region" aria-labelledby="talking-points-title">
      <CardHeader>
        <div className="flex items-baseline justify-between gap-2">
          <CardTitle id="talking-points-title">Talking points</CardTitle>
          {points.length > 0 ? (
            <span className="text-muted-foreground text-sm">
              {checked.length} of {points.length} discussed
            </span>
          ) : null}
        </div>
        <CardDescription>
          {me.role === "OBSERVER" ? "Shared by the two of them." : "Shared: you both see and edit this list."}
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {me.canEdit ? <AddPoint onAdd={actions.add} /> : null}
        {points.length === 0 ? (
          <EmptyState icon={ListChecks} title="No talking points yet" headingLevel="h3" className="py-8">
            {me.canEdit
              ? open
                ? "Add what you want to talk about — both of you can add points before the meeting; unchecked ones carry over."
                : "Nothing was on the agenda for this one. Points you add here stay with this meeting."
              : "Nothing on the agenda yet."}
          </EmptyState>
        ) : (
          <ul aria-label="Talking points" className="divide-y rounded-lg border">
            {/* One keyed list, so a point checked off moves (keeping focus) instead of being re-created. */}
            {points.map((p) => {
              const i = p.checkedAt ? -1 : unchecked.indexOf(p);
              return (
                <PointRow
                  key={p.id}
                  point={p}
                  actions={actions}
                  up={i > 0 ? { beforeId: unchecked[i - 2]?.id ?? null, afterId: unchecked[i - 1]?.id ?? null } : null}
                  down={
                    i >= 0 && i < unchecked.length - 1
                      ? { beforeId: unchecked[i + 1]?.id ?? null, afterId: unchecked[i + 2]?.id ?? null }
                      : null
                  }
                />
              );
            })}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

/** Uncontrolled with a form action: text typed (and Enter pressed) before hydration is kept and replayed. */
function AddPoint({ onAdd }: { onAdd: (text: string) => void }) {
  return (
    <form
      className="flex min-w-0 gap-2"
      action={(form) => {
        const text = String(form.get("text") ?? "").trim();
        if (text) onAdd(text);
      }}
    >
      <label htmlFor={FOCUS_IDS.point} className="sr-only">
        New talking point
      </label>
      <Input
        id={FOCUS_IDS.point}
        name="text"
        onKeyDown={(e) => {
          if (e.key === "Escape") e.currentTarget.blur();
        }}
        placeholder="Add a talking point"
        maxLength={ITEM_MAX}
        aria-keyshortcuts="t"
        autoComplete="off"
      />
      <Button type="submit" variant="secondary">
        <Plus aria-hidden />
        Add
      </Button>
    </form>
  );
}
