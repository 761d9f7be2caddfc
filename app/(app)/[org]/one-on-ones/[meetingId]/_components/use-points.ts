"use client";
// Talking-point mutations, each applied to the cached meeting first (DESIGN.md: optimistic updates
// for checkboxes and talking points) and reconciled by the refetch that follows.
import { useMutation } from "@tanstack/react-query";
import { useRef } from "react";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { type Meeting, type TalkingPoint, tempId } from "./types";
import { undoToast } from "./undo-toast";
import { useMeetingCache, usePageCtx } from "./use-meeting";

/** The server's order: open points first, then by position, then oldest first. */
export function sortPoints(points: TalkingPoint[]): TalkingPoint[] {
  return [...points].sort(
    (a, b) =>
      Number(a.checkedAt !== null) - Number(b.checkedAt !== null) ||
      a.position - b.position ||
      a.createdAt.getTime() - b.createdAt.getTime(),
  );
}

const withPoints = (m: Meeting, f: (points: TalkingPoint[]) => TalkingPoint[]): Meeting => ({
  ...m,
  talkingPoints: sortPoints(f(m.talkingPoints)),
});

const patch = (id: string, change: Partial<TalkingPoint>) => (points: TalkingPoint[]) =>
  points.map((p) => (p.id === id ? { ...p, ...change } : p));

/** Where a point lands between two neighbours (the server's fractional rule, repeated for the optimistic view). */
export function positionBetween(before: number | undefined, after: number | undefined): number {
  if (before !== undefined && after !== undefined) return (before + after) / 2;
  if (before !== undefined) return before + 1;
  if (after !== undefined) return after - 1;
  return 1;
}

export function usePointMutations() {
  const ctx = usePageCtx();
  const trpc = useTRPC();
  const { optimistic } = useMeetingCache(ctx);
  const ref = { org: ctx.org, meetingId: ctx.meetingId };

  const add = useMutation(
    trpc.oneOnOnes.addPoint.mutationOptions(
      optimistic((m, v: { text: string }) =>
        withPoints(m, (points) => [
          ...points,
          {
            id: tempId(),
            text: v.text.trim(),
            position: Math.max(0, ...points.filter((p) => !p.checkedAt).map((p) => p.position)) + 1,
            checkedAt: null,
            authorId: ctx.me.id,
            meetingId: ctx.meetingId,
            createdAt: new Date(),
            carriedFrom: null,
          },
        ]),
      ),
    ),
  );
  const check = useMutation(
    trpc.oneOnOnes.checkPoint.mutationOptions(
      optimistic((m, v: { pointId: string; checked: boolean }) =>
        withPoints(m, patch(v.pointId, { checkedAt: v.checked ? new Date() : null })),
      ),
    ),
  );
  const edit = useMutation(
    trpc.oneOnOnes.editPoint.mutationOptions(
      optimistic((m, v: { pointId: string; text: string }) => withPoints(m, patch(v.pointId, { text: v.text.trim() }))),
    ),
  );
  // Delete and its undo run one after the other (one scope), so an Undo clicked while the delete is
  // still on its way restores it instead of racing it. The deleted rows are kept for the undo.
  const removed = useRef(new Map<string, TalkingPoint>());
  const scope = { id: `talking-point-removal-${ctx.meetingId}` };
  const remove = useMutation(
    trpc.oneOnOnes.deletePoint.mutationOptions({
      ...optimistic((m, v: { pointId: string }) => withPoints(m, (points) => points.filter((p) => p.id !== v.pointId))),
      scope,
    }),
  );
  const restore = useMutation(
    trpc.oneOnOnes.restorePoint.mutationOptions({
      ...optimistic((m, v: { pointId: string }) => {
        const point = removed.current.get(v.pointId);
        return point ? withPoints(m, (points) => [...points.filter((p) => p.id !== point.id), point]) : m;
      }),
      scope,
    }),
  );
  const move = useMutation(
    trpc.oneOnOnes.movePoint.mutationOptions(
      optimistic((m, v: { pointId: string; beforeId: string | null; afterId: string | null }) => {
        const pos = (id: string | null) => m.talkingPoints.find((p) => p.id === id)?.position;
        return withPoints(m, patch(v.pointId, { position: positionBetween(pos(v.beforeId), pos(v.afterId)) }));
      }),
    ),
  );

  return {
    add: (text: string) => add.mutate({ ...ref, text }),
    check: (pointId: string, checked: boolean) => check.mutate({ ...ref, pointId, checked }),
    edit: (pointId: string, text: string) => edit.mutate({ org: ctx.org, pointId, text }),
    remove: (point: TalkingPoint) => {
      removed.current.set(point.id, point);
      const input = { org: ctx.org, pointId: point.id };
      const shown = undoToast("Talking point deleted", point.text, () =>
        restore.mutate(input, { onSuccess: () => toast.success("Talking point restored") }),
      );
      remove.mutate(input, { onError: () => toast.dismiss(shown) });
    },
    move: (pointId: string, beforeId: string | null, afterId: string | null) =>
      move.mutate({ org: ctx.org, pointId, beforeId, afterId }),
  };
}
