"use client";
// Action items: who does what by when. Open ones carry over to the pair's next 1:1 until done.
import { ClipboardList, Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Options, Select } from "@/components/ui/select";
import { ITEM_MAX } from "@/server/modules/one-on-ones/one-on-ones.limits";
import { ItemRow } from "./item-row";
import { type ActionItem, FOCUS_IDS } from "./types";
import { useItemMutations } from "./use-items";
import { participants, usePageCtx } from "./use-meeting";

export function ActionItems({ items }: { items: ActionItem[] }) {
  const ctx = usePageCtx();
  const actions = useItemMutations();
  const open = items.filter((i) => !i.completedAt).length;
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <Card role="region" aria-labelledby="action-items-title">
      <CardHeader>
        <div className="flex items-baseline justify-between gap-2">
          <CardTitle id="action-items-title">Action items</CardTitle>
          {items.length > 0 ? (
            <span className="text-muted-foreground text-sm">
              {open} open
              {overdue > 0 ? <span className="text-danger-subtle-foreground"> · {overdue} overdue</span> : null}
            </span>
          ) : null}
        </div>
        <CardDescription>Open items carry over to the next 1:1 until they are done.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {ctx.me.canEdit ? <AddItem onAdd={actions.add} /> : null}
        {items.length === 0 ? (
          <EmptyState icon={ClipboardList} title="No action items" headingLevel="h3" className="py-8">
            {ctx.me.canEdit
              ? "Agree on a next step, give it an owner and a due date. It stays on your 1:1s until one of you ticks it off."
              : "No follow-ups were agreed in this 1:1."}
          </EmptyState>
        ) : (
          <ul aria-label="Action items" className="divide-y rounded-lg border">
            {items.map((i) => (
              <ItemRow key={i.id} item={i} actions={actions} />
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

/** Uncontrolled with a form action, like adding a talking point: nothing typed before hydration is lost. */
function AddItem({ onAdd }: { onAdd: (text: string, ownerId: string, dueOn: string | null) => void }) {
  const ctx = usePageCtx();
  return (
    <form
      className="space-y-2"
      action={(form) => {
        const text = String(form.get("text") ?? "").trim();
        const ownerId = String(form.get("ownerId") ?? ctx.report.id);
        if (text) onAdd(text, ownerId, String(form.get("dueOn") ?? "") || null);
      }}
    >
      <label htmlFor={FOCUS_IDS.item} className="sr-only">
        New action item
      </label>
      <Input
        id={FOCUS_IDS.item}
        name="text"
        onKeyDown={(e) => {
          if (e.key === "Escape") e.currentTarget.blur();
        }}
        placeholder="Add an action item"
        maxLength={ITEM_MAX}
        aria-keyshortcuts="a"
        autoComplete="off"
      />
      {/* Wraps by the card's width, not the screen's: the owner keeps room for a whole name ("Priya
          Patel (you)") and the date goes to the next line when both don't fit. */}
      <div className="flex flex-wrap items-center gap-2">
        <Select
          name="ownerId"
          aria-label="Owner"
          defaultValue={ctx.report.id}
          wrapperClassName="min-w-0 flex-[2_1_11rem]"
          className="h-9"
        >
          <Options items={participants(ctx)} />
        </Select>
        <Input
          type="date"
          name="dueOn"
          aria-label="Due date (optional)"
          className="h-9 w-auto min-w-0 flex-[1_1_9rem]"
        />
        <Button type="submit" variant="secondary" size="sm" className="h-9">
          <Plus aria-hidden />
          Add
        </Button>
      </div>
    </form>
  );
}
