// Competency frameworks: every member reads them (what they are rated on); HR admins build them.
import { Grid3x3, Target } from "lucide-react";
import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { currentUser, getQueryClient, HydrateClient, orNotFound, trpc } from "@/server/api/rsc";
import { FrameworkList } from "./_components/framework-list";

export const metadata: Metadata = { title: "Competencies" };

export default async function CompetenciesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const [, user] = await orNotFound(
    Promise.all([getQueryClient().fetchQuery(trpc.competencies.frameworks.queryOptions({ org })), currentUser()]),
  );
  const mine = user?.orgs.find((o) => o.slug === org);
  const isAdmin = mine?.role === "ADMIN";
  return (
    <HydrateClient>
      <PageHeader
        title="Competencies"
        description="Relationship skills as observable behaviours, each with the short-term result it brings and a check for the leader. Managers review them with evidence during 1:1s."
        actions={
          <>
            {mine && mine.role !== "EMPLOYEE" && (
              <ButtonLink href={`/${org}/competencies/team`} variant="secondary">
                <Grid3x3 aria-hidden /> Team heatmap
              </ButtonLink>
            )}
            {mine && (
              <ButtonLink href={`/${org}/people/${mine.membershipId}/competencies`} variant="secondary">
                <Target aria-hidden /> My levels
              </ButtonLink>
            )}
          </>
        }
      />
      <FrameworkList org={org} isAdmin={isAdmin} />
    </HydrateClient>
  );
}
