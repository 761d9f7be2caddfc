import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { api, currentUser, orNotFound } from "@/server/api/rsc";
import { type ChartNode, OrgChartTree } from "./tree";

export const metadata: Metadata = { title: "Org chart" };

export default async function OrgChartPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const [people, user] = await orNotFound(Promise.all([(await api()).people.orgChart({ org }), currentUser()]));
  const me = user?.orgs.find((o) => o.slug === org)?.membershipId ?? null;
  // One flat query; the tree is assembled here. People whose manager is inactive start a root too.
  const byId = new Map<string, ChartNode>(
    people.map((p) => [p.id, { id: p.id, name: p.name, title: p.title, team: p.team?.name ?? null, children: [] }]),
  );
  const roots: ChartNode[] = [];
  for (const p of people) {
    const node = byId.get(p.id);
    if (!node) continue;
    const parent = p.managerId ? byId.get(p.managerId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return (
    <div className="space-y-6">
      <PageHeader
        title="Org chart"
        description={`${people.length} people. Each manager’s row says how many people report to them directly.`}
      />
      <OrgChartTree org={org} roots={roots} me={me} />
    </div>
  );
}
