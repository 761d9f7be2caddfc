"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { shortDate } from "@/components/format/dates";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { SkeletonText } from "@/components/ui/skeleton";

/** `zone`: the viewer's profile zone, so the expiry date is the same in the server render and the browser. */
export function PendingInvitations({ org, zone }: { org: string; zone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.invitations.list.queryOptions({ org }));
  const revoke = useMutation(
    trpc.invitations.revoke.mutationOptions({
      onSuccess: () => {
        toast.success("Invitation revoked");
        void queryClient.invalidateQueries({ queryKey: trpc.invitations.list.queryKey() });
      },
      onError: (e) => toast.error(e.message),
    }),
  );
  if (list.isSuccess && list.data.length === 0) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Pending invitations</CardTitle>
      </CardHeader>
      <CardContent>
        {list.isPending && <SkeletonText lines={2} />}
        {list.error && (
          <p role="alert" className="text-danger text-sm">
            {list.error.message}
          </p>
        )}
        <ul className="divide-y divide-border">
          {list.data?.map((inv) => (
            <li key={inv.id} className="flex items-center justify-between gap-3 py-2 text-sm">
              <div className="min-w-0">
                <p className="truncate font-medium">
                  {inv.name} <span className="text-muted-foreground">· {inv.email}</span>
                </p>
                <p className="text-muted-foreground text-xs">
                  Invited by {inv.invitedBy.name} · expires {shortDate(inv.expiresAt, zone)}
                </p>
              </div>
              <Button
                variant="ghost"
                size="sm"
                onClick={() => revoke.mutate({ org, invitationId: inv.id })}
                loading={revoke.isPending && revoke.variables?.invitationId === inv.id}
              >
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
