"use client";
// The org's frameworks, with where each applies. An org without one is taught what a framework is
// and (for HR admins) installs the research-based starter in one click.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Copy, Sparkles, Target } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { appliesTo } from "./applies-to";

export function FrameworkList({ org, isAdmin }: { org: string; isAdmin: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.competencies.frameworks.queryOptions({ org }));
  const install = useMutation(
    trpc.competencies.installStarter.mutationOptions({
      onSuccess: (f) => {
        toast.success("Starter framework installed: it applies to everyone until you assign teams");
        void queryClient.invalidateQueries({ queryKey: trpc.competencies.frameworks.queryKey() });
        router.push(`/${org}/competencies/${f.id}`);
      },
      onError: (e) => toast.error(e.message),
    }),
  );
  const frameworks = list.data ?? [];
  const hasStarter = frameworks.some((f) => f.template === "starter" && f.status === "ACTIVE");
  const installButton = (
    <Button onClick={() => install.mutate({ org })} loading={install.isPending}>
      <Sparkles aria-hidden /> Install the starter framework
    </Button>
  );

  if (list.isSuccess && frameworks.length === 0) {
    return (
      <EmptyState
        icon={Target}
        title="No competency framework yet"
        action={
          isAdmin ? (
            installButton
          ) : (
            <p className="text-muted-foreground text-sm">Your HR admin installs or builds one.</p>
          )
        }
      >
        <p>
          A framework names the relationship skills your leaders coach: Rapport, Trust, Active listening and more, each
          with the behaviours to look for, the result they bring in the short term and a check for the leader.
        </p>
        <p className="mt-3">
          The starter framework comes from the research behind Rapport; install it and adapt the texts to your org.
        </p>
      </EmptyState>
    );
  }

  return (
    <div className="space-y-4">
      {isAdmin && !hasStarter ? <div className="flex justify-end">{installButton}</div> : null}
      <ul className="grid gap-4 md:grid-cols-2" aria-label="Frameworks">
        {frameworks.map((f) => (
          <li key={f.id} className="rounded-xl border bg-surface p-5 shadow-card">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h2 className="font-semibold text-lg">
                <Link href={`/${org}/competencies/${f.id}`} className="underline-offset-4 hover:underline">
                  {f.name}
                </Link>
              </h2>
              {f.status === "ARCHIVED" ? <Badge variant="outline">Archived</Badge> : null}
            </div>
            {f.description ? <p className="mt-1 text-muted-foreground text-sm">{f.description}</p> : null}
            <p className="mt-3 text-sm">
              {f.competencyCount} {f.competencyCount === 1 ? "competency" : "competencies"} · {f.scale.length}-level
              scale
            </p>
            <p className="mt-1 text-muted-foreground text-sm">
              <Copy aria-hidden className="mr-1 inline size-3.5" />
              {appliesTo(f)}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
