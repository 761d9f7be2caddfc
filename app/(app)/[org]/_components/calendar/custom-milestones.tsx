"use client";
// Custom milestones the viewer may see, with delete (and undo) where they may manage them.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { dayShort } from "@/components/format/calendar-days";
import { Button } from "@/components/ui/button";

type Props = { org: string; personId?: string; empty: string };

export function CustomMilestones({ org, personId, empty }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.calendar.milestones.queryOptions({ org, personId }));
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.calendar.pathKey() });
    router.refresh();
  };
  const restore = useMutation(trpc.calendar.restoreMilestone.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(
    trpc.calendar.removeMilestone.mutationOptions({
      onSuccess: (_, input) => {
        refresh();
        const title = list.data?.items.find((m) => m.id === input.milestoneId)?.title ?? "Milestone";
        toast(`Deleted: ${title}`, {
          duration: 10_000,
          action: { label: "Undo", onClick: () => restore.mutate({ org, milestoneId: input.milestoneId }) },
        });
      },
      onError: (e) => toast.error(e.message),
    }),
  );
  if (list.isPending) return <p className="text-muted-foreground text-sm">Loading milestones…</p>;
  if (list.isError) return <p role="alert">{list.error.message}</p>;
  if (list.data.items.length === 0) return <p className="text-muted-foreground text-sm">{empty}</p>;
  return (
    <ul className="divide-y text-sm" aria-label="Custom milestones">
      {list.data.items.map((m) => (
        <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span className="min-w-0">
            <span className="font-medium">{m.title}</span>
            <span className="text-muted-foreground">
              {" "}
              · {m.person?.name ?? m.team?.name} ·{" "}
              {m.recurrence === "YEARLY" ? `every ${dayShort(m.date)}` : `${dayShort(m.date)}, ${m.date.slice(0, 4)}`}
            </span>
          </span>
          {m.canManage && (
            <Button size="sm" variant="ghost" onClick={() => remove.mutate({ org, milestoneId: m.id })}>
              <Trash2 aria-hidden /> Delete<span className="sr-only"> {m.title}</span>
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
