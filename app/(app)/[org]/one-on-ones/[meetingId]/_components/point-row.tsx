"use client";
// One talking point: a real checkbox, move up/down buttons (the keyboard way to reorder), and
// reword/delete for its author.
import { ArrowDown, ArrowUp, Check, History, Pencil, Trash2, X } from "lucide-react";
import { useState } from "react";
import { dayLabel } from "@/components/format/dates";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { ITEM_MAX } from "@/server/modules/one-on-ones/one-on-ones.limits";
import { isTemp, type TalkingPoint } from "./types";
import { participantName, usePageCtx } from "./use-meeting";
import type { usePointMutations } from "./use-points";

type Neighbours = { beforeId: string | null; afterId: string | null } | null;
type Props = { point: TalkingPoint; actions: ReturnType<typeof usePointMutations>; up: Neighbours; down: Neighbours };

export function PointRow({ point, actions, up, down }: Props) {
  const ctx = usePageCtx();
  const [editing, setEditing] = useState(false);
  const pending = isTemp(point.id);
  const editable = ctx.me.canEdit && !pending;
  const mine = point.authorId === ctx.me.id;
  const done = point.checkedAt !== null;
  const checkboxId = `point-${point.id}`;
  return (
    <li className={cn("group flex items-start gap-3 px-3 py-2.5", pending && "opacity-70")}>
      <input
        id={checkboxId}
        type="checkbox"
        checked={done}
        disabled={!editable}
        onChange={(e) => actions.check(point.id, e.target.checked)}
        className="mt-1 size-4 shrink-0 cursor-pointer rounded accent-brand disabled:cursor-not-allowed"
      />
      <div className="min-w-0 flex-1">
        {editing ? (
          <EditText
            initial={point.text}
            label={`Reword “${point.text}”`}
            onSave={(text) => {
              if (text.trim() && text.trim() !== point.text) actions.edit(point.id, text);
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <label
            htmlFor={checkboxId}
            className={cn("block cursor-pointer break-words text-sm", done && "text-muted-foreground line-through")}
          >
            {point.text}
          </label>
        )}
        <div className="mt-1 flex flex-wrap items-center gap-2 text-muted-foreground text-xs">
          <span>{mine ? "Added by you" : `Added by ${participantName(ctx, point.authorId)}`}</span>
          {point.carriedFrom ? (
            <Badge variant="warning">
              <History aria-hidden />
              Carried over from {dayLabel(point.carriedFrom, ctx.zone)}
            </Badge>
          ) : null}
        </div>
      </div>
      {editable && !editing ? (
        <div className="flex shrink-0 items-center gap-0.5 opacity-100 sm:opacity-60 sm:focus-within:opacity-100 sm:group-hover:opacity-100">
          {up ? (
            <Button
              variant="ghost"
              size="icon-sm"
              aria-label={`Move “${point.text}” up`}
              onClick={() => actions.move(point.id, up.beforeId, up.afterId)}
            >
              <ArrowUp aria-hidden />
            </Button>
          ) : null}
          {down ? (
            <Button
              variant="ghost"
              size="icon-sm"
              aria-label={`Move “${point.text}” down`}
              onClick={() => actions.move(point.id, down.beforeId, down.afterId)}
            >
              <ArrowDown aria-hidden />
            </Button>
          ) : null}
          {mine ? (
            <>
              <Button
                variant="ghost"
                size="icon-sm"
                aria-label={`Edit “${point.text}”`}
                onClick={() => setEditing(true)}
              >
                <Pencil aria-hidden />
              </Button>
              <Button
                variant="ghost"
                size="icon-sm"
                aria-label={`Delete “${point.text}”`}
                onClick={() => actions.remove(point)}
                className="hover:bg-danger-subtle hover:text-danger-subtle-foreground"
              >
                <Trash2 aria-hidden />
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

/** Inline rewording: Enter saves, Escape cancels. */
export function EditText(props: { initial: string; label: string; onSave: (t: string) => void; onCancel: () => void }) {
  const [text, setText] = useState(props.initial);
  return (
    <form
      className="flex items-center gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(text);
      }}
    >
      <Input
        aria-label={props.label}
        value={text}
        maxLength={ITEM_MAX}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== "Escape") return;
          e.preventDefault();
          props.onCancel();
        }}
        autoFocus
        className="h-8"
      />
      <Button type="submit" variant="ghost" size="icon-sm" aria-label="Save">
        <Check aria-hidden />
      </Button>
      <Button variant="ghost" size="icon-sm" aria-label="Cancel" onClick={props.onCancel}>
        <X aria-hidden />
      </Button>
    </form>
  );
}
