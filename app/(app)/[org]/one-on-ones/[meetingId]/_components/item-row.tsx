"use client";
// One action item: done checkbox, owner, due date (overdue stands out), carried-over label, and
// an inline editor for text, owner and due date.
import { AlertTriangle, CalendarDays, History, Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { dayLabel, dueLabel } from "@/components/format/dates";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Options, Select } from "@/components/ui/select";
import { ITEM_MAX } from "@/server/modules/one-on-ones/one-on-ones.limits";
import { type ActionItem, isTemp } from "./types";
import type { ItemChange, useItemMutations } from "./use-items";
import { participantName, participants, usePageCtx } from "./use-meeting";

type Props = { item: ActionItem; actions: ReturnType<typeof useItemMutations> };

export function ItemRow({ item, actions }: Props) {
  const ctx = usePageCtx();
  const [editing, setEditing] = useState(false);
  const editable = ctx.me.canEdit && !isTemp(item.id);
  // Only whoever added an item may delete it (the server checks this too).
  const deletable = editable && item.createdById === ctx.me.id;
  const done = item.completedAt !== null;
  const owner = participantName(ctx, item.ownerId);
  const ownerPerson = item.ownerId === ctx.manager.id ? ctx.manager : ctx.report;
  const checkboxId = `item-${item.id}`;
  return (
    <li className={cn("px-3 py-2.5", item.overdue && "bg-danger-subtle/50", isTemp(item.id) && "opacity-70")}>
      <div className="group flex items-start gap-3">
        <input
          id={checkboxId}
          type="checkbox"
          checked={done}
          disabled={!editable}
          onChange={(e) => actions.update(item.id, { done: e.target.checked })}
          className="mt-1 size-4 shrink-0 cursor-pointer accent-brand disabled:cursor-not-allowed"
        />
        <div className="min-w-0 flex-1">
          <label
            htmlFor={checkboxId}
            className={cn("block cursor-pointer break-words text-sm", done && "text-muted-foreground line-through")}
          >
            {item.text}
          </label>
          <div className="mt-1 flex flex-wrap items-center gap-2 text-muted-foreground text-xs">
            <span className="inline-flex items-center gap-1">
              <Avatar name={ownerPerson.name} size="xs" decorative className="size-4 text-[0.5rem]" />
              <span className="sr-only">Owner:</span>
              {owner}
            </span>
            {item.dueOn ? (
              item.overdue ? (
                <Badge variant="danger">
                  <AlertTriangle aria-hidden />
                  Overdue · due {dueLabel(item.dueOn)}
                </Badge>
              ) : (
                <span className="inline-flex items-center gap-1">
                  <CalendarDays aria-hidden className="size-3" />
                  Due {dueLabel(item.dueOn)}
                </span>
              )
            ) : null}
            {item.carriedFrom ? (
              <Badge variant="warning">
                <History aria-hidden />
                Carried over from {dayLabel(item.carriedFrom, ctx.zone)}
              </Badge>
            ) : null}
          </div>
        </div>
        {editable && !editing ? (
          <div className="flex shrink-0 items-center gap-0.5 sm:opacity-60 sm:focus-within:opacity-100 sm:group-hover:opacity-100">
            <Button variant="ghost" size="icon-sm" aria-label={`Edit “${item.text}”`} onClick={() => setEditing(true)}>
              <Pencil aria-hidden />
            </Button>
            {deletable ? (
              <Button
                variant="ghost"
                size="icon-sm"
                aria-label={`Delete “${item.text}”`}
                onClick={() => actions.remove(item)}
                className="hover:bg-danger-subtle hover:text-danger-subtle-foreground"
              >
                <Trash2 aria-hidden />
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
      {editing ? (
        <EditItem
          item={item}
          onSave={(change) => {
            actions.update(item.id, change);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : null}
    </li>
  );
}

function EditItem(props: { item: ActionItem; onSave: (c: ItemChange) => void; onCancel: () => void }) {
  const ctx = usePageCtx();
  const [text, setText] = useState(props.item.text);
  const [ownerId, setOwnerId] = useState(props.item.ownerId);
  const [dueOn, setDueOn] = useState(props.item.dueOn ?? "");
  return (
    <form
      aria-label={`Edit “${props.item.text}”`}
      className="mt-2 grid gap-2 pl-7 sm:grid-cols-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) props.onSave({ text, ownerId, dueOn: dueOn || null });
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          props.onCancel();
        }
      }}
    >
      <Input
        aria-label="Action item"
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={ITEM_MAX}
        className="h-9 sm:col-span-2"
        autoFocus
      />
      <Select aria-label="Owner" value={ownerId} onChange={(e) => setOwnerId(e.target.value)} className="h-9">
        <Options items={participants(ctx)} />
      </Select>
      <Input
        type="date"
        aria-label="Due date"
        value={dueOn}
        onChange={(e) => setDueOn(e.target.value)}
        className="h-9"
      />
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" size="sm" disabled={!text.trim()}>
          Save
        </Button>
        <Button variant="ghost" size="sm" onClick={props.onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
