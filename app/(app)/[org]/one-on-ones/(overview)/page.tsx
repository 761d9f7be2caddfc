import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { currentUser, getQueryClient, HydrateClient, orNotFound, trpc } from "@/server/api/rsc";
import { OneOnOnesView } from "../_components/one-on-ones-view";

export const metadata: Metadata = { title: "1:1s" };

type Props = { params: Promise<{ org: string }> };

// First paint comes from the server (prefetched into the query cache and hydrated); the client
// components then keep it fresh after each change. Times are shown in the viewer's profile zone,
// the same on the server and in the browser.
export default async function OneOnOnesPage({ params }: Props) {
  const { org } = await params;
  const membership = (await orNotFound(currentUser()))?.orgs.find((o) => o.slug === org);
  if (!membership) notFound();
  const queryClient = getQueryClient();
  const [mine] = await orNotFound(
    Promise.all([
      queryClient.fetchQuery(trpc.oneOnOnes.mine.queryOptions({ org })),
      queryClient.prefetchQuery(trpc.oneOnOnes.adherence.queryOptions({ org, days: 30 })),
    ]),
  );

  return (
    <HydrateClient>
      <PageHeader
        title="1:1s"
        description="Your 1:1s as a manager and as a report: cadences, what’s coming up and what was held."
      />
      <OneOnOnesView org={org} zone={mine.myTimeZone} isAdmin={membership.role === "ADMIN"} />
    </HydrateClient>
  );
}
