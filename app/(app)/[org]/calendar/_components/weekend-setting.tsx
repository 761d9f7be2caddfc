"use client";
// HR admins: the org setting that shows weekend milestones on the Friday before, so a Saturday
// birthday is not celebrated on Monday, two days late.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";

export function WeekendSetting({ org, orgName, on }: { org: string; orgName: string; on: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(
    trpc.orgs.updateSettings.mutationOptions({
      onSuccess: (s) => {
        router.refresh();
        toast.success(
          s.weekendMilestonesOnFriday
            ? "Weekend milestones now show on the Friday before"
            : "Milestones show on their own day again",
        );
      },
      onError: (e) => toast.error(e.message),
    }),
  );
  return (
    <label className="flex items-start gap-2 text-sm">
      <input
        type="checkbox"
        className="mt-1"
        checked={update.isPending ? !on : on}
        disabled={update.isPending}
        onChange={(e) => update.mutate({ org, weekendMilestonesOnFriday: e.target.checked })}
      />
      <span>
        Show weekend milestones on the Friday before
        <span className="block text-muted-foreground text-xs">An HR setting, for everyone at {orgName}.</span>
      </span>
    </label>
  );
}
