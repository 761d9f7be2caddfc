// One framework: its rating scale and ordered competencies (behaviours, expected result, leader
// check). HR admins edit it here; another org's framework is the in-org 404.
import type { Metadata } from "next";
import { cache } from "react";
import { getQueryClient, HydrateClient, orNotFound, trpc } from "@/server/api/rsc";
import { FrameworkView } from "../_components/framework-view";

type Props = { params: Promise<{ org: string; frameworkId: string }> };

const load = cache((org: string, frameworkId: string) =>
  getQueryClient().fetchQuery({ ...trpc.competencies.framework.queryOptions({ org, frameworkId }), retry: false }),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { org, frameworkId } = await params;
  const framework = await load(org, frameworkId).catch(() => null);
  return { title: framework?.name ?? "Page not found" };
}

export default async function FrameworkPage({ params }: Props) {
  const { org, frameworkId } = await params;
  await orNotFound(load(org, frameworkId));
  return (
    <HydrateClient>
      <FrameworkView org={org} frameworkId={frameworkId} />
    </HydrateClient>
  );
}
