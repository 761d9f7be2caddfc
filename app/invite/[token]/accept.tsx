"use client";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { TRPCReactProvider, useTRPC } from "@/app/_components/trpc-provider";
import { Button } from "@/components/ui/button";

function AcceptButton({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({ onSuccess: ({ orgSlug }) => router.push(`/${orgSlug}`) }),
  );
  return (
    <div className="space-y-2">
      <Button onClick={() => accept.mutate({ token })} loading={accept.isPending}>
        Accept invitation
      </Button>
      {accept.error && (
        <p role="alert" className="text-danger text-sm">
          {accept.error.message}
        </p>
      )}
    </div>
  );
}

export function AcceptInvitation({ token }: { token: string }) {
  return (
    <TRPCReactProvider>
      <AcceptButton token={token} />
    </TRPCReactProvider>
  );
}
