"use client";
// Action-item mutations, optimistic like talking points: the checkbox and edits show at once.
import { useMutation } from "@tanstack/react-query";
import { useRef } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { type ActionItem, type Meeting, tempId } from "./types";
import { undoToast } from "./undo-toast";
import { useMeetingCache, usePageCtx } from "./use-meeting";

const today = () => new Date().toISOString().slice(0, 10);

/** The server's order: open first, then by due date (none last), then oldest first. */
export function sortItems(items: ActionItem[]): ActionItem[] {
  const key = (i: ActionItem) => i.dueOn ?? "9999-99-99";
  return [...items].sort(
    (a, b) =>
      Number(a.completedAt !== null) - Number(b.completedAt !== null) ||
      key(a).localeCompare(key(b)) ||
      a.createdAt.getTime() - b.createdAt.getTime(),
  );
}

function withDerived(i: ActionItem): ActionItem {
  return { ...i, overdue: !i.completedAt && i.dueOn !== null && i.dueOn < today() };
}

const withItems = (m: Meeting, f: (items: ActionItem[]) => ActionItem[]): Meeting => ({
  ...m,
  actionItems: sortItems(f(m.actionItems).map(withDerived)),
});

export type ItemChange = { text?: string; ownerId?: string; dueOn?: string | null; done?: boolean };

export function useItemMutations() {
  const ctx = usePageCtx();
  const trpc = useTRPC();
  const { optimistic } = useMeetingCache(ctx);
  const ref = { org: ctx.org, meetingId: ctx.meetingId };

  const add = useMutation(
    trpc.oneOnOnes.addActionItem.mutationOptions(
      optimistic((m, v: { text: string; ownerId: string; dueOn?: string | null }) =>
        withItems(m, (items) => [
          ...items,
          {
            id: tempId(),
            text: v.text.trim(),
            ownerId: v.ownerId,
            dueOn: v.dueOn ?? null,
            completedAt: null,
            meetingId: ctx.meetingId,
            createdAt: new Date(),
            createdById: ctx.me.id,
            overdue: false,
            carriedFrom: null,
          },
        ]),
      ),
    ),
  );
  const update = useMutation(
    trpc.oneOnOnes.updateActionItem.mutationOptions(
      optimistic((m, v: { itemId: string } & ItemChange) =>
        withItems(m, (items) =>
          items.map((i) =>
            i.id !== v.itemId
              ? i
              : {
                  ...i,
                  text: v.text?.trim() ?? i.text,
                  ownerId: v.ownerId ?? i.ownerId,
                  dueOn: v.dueOn === undefined ? i.dueOn : v.dueOn,
                  completedAt: v.done === undefined ? i.completedAt : v.done ? new Date() : null,
                },
          ),
        ),
      ),
    ),
  );
  // As for talking points: delete and undo in one scope (in order), deleted rows kept for the undo.
  const removed = useRef(new Map<string, ActionItem>());
  const scope = { id: `action-item-removal-${ctx.meetingId}` };
  const remove = useMutation(
    trpc.oneOnOnes.deleteActionItem.mutationOptions({
      ...optimistic((m, v: { itemId: string }) => withItems(m, (items) => items.filter((i) => i.id !== v.itemId))),
      scope,
    }),
  );
  const restore = useMutation(
    trpc.oneOnOnes.restoreActionItem.mutationOptions({
      ...optimistic((m, v: { itemId: string }) => {
        const item = removed.current.get(v.itemId);
        return item ? withItems(m, (items) => [...items.filter((i) => i.id !== item.id), item]) : m;
      }),
      scope,
    }),
  );

  return {
    add: (text: string, ownerId: string, dueOn: string | null) => add.mutate({ ...ref, text, ownerId, dueOn }),
    update: (itemId: string, change: ItemChange) => update.mutate({ ...ref, itemId, ...change }),
    remove: (item: ActionItem) => {
      removed.current.set(item.id, item);
      const input = { org: ctx.org, itemId: item.id };
      const shown = undoToast("Action item deleted", item.text, () =>
        restore.mutate(input, { onSuccess: () => toast.success("Action item restored") }),
      );
      remove.mutate(input, { onError: () => toast.dismiss(shown) });
    },
  };
}
