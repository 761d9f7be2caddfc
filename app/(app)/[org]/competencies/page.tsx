// Competency frameworks: every member reads them (what they are rated on); HR admins build them.
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { currentUser, getQueryClient, HydrateClient, orNotFound, trpc } from "@/server/api/rsc";
import { FrameworkList } from "./_components/framework-list";

export const metadata: Metadata = { title: "Competencies" };

export default async function CompetenciesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const [, user] = await orNotFound(
    Promise.all([getQueryClient().fetchQuery(trpc.competencies.frameworks.queryOptions({ org })), currentUser()]),
  );
  const isAdmin = user?.orgs.find((o) => o.slug === org)?.role === "ADMIN";
  return (
    <HydrateClient>
      <PageHeader
        title="Competencies"
        description="Relationship skills as observable behaviours, each with the short-term result it brings and a check for the leader. Managers review them with evidence during 1:1s."
      />
      <FrameworkList org={org} isAdmin={isAdmin} />
    </HydrateClient>
  );
}
