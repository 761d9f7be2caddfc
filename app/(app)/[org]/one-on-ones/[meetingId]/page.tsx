// The 1:1 page: prefetched on the server (another org's or pair's meeting renders the 404 page),
// then a client component owns the same query so edits show at once and reconcile on refetch.
import type { Metadata } from "next";
import { getQueryClient, HydrateClient, orNotFound, trpc } from "@/server/api/rsc";
import { MeetingPage } from "./_components/meeting-page";

type Props = { params: Promise<{ org: string; meetingId: string }> };

/** Shared by the metadata and the page: React's per-request cache makes it one procedure call. */
async function load({ org, meetingId }: { org: string; meetingId: string }) {
  // retry: false — a NOT_FOUND must become the 404 page now, not after two retries.
  return getQueryClient().fetchQuery({ ...trpc.oneOnOnes.get.queryOptions({ org, meetingId }), retry: false });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await load(await params).catch(() => null);
  if (!meeting) return { title: "Page not found" };
  const { me, manager, report } = meeting;
  if (me.role === "OBSERVER") return { title: `1:1: ${manager.name} & ${report.name}` };
  return { title: `1:1 with ${me.role === "MANAGER" ? report.name : manager.name}` };
}

export default async function OneOnOnePage({ params }: Props) {
  const { org, meetingId } = await params;
  await orNotFound(load({ org, meetingId }));
  return (
    <HydrateClient>
      <MeetingPage org={org} meetingId={meetingId} />
    </HydrateClient>
  );
}
