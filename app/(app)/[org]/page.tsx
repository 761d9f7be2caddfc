import { redirect } from "next/navigation";
import { api, currentUser, orNotFound } from "@/server/api/rsc";

// The dashboard lands with its own issue; until then an org's home is the people directory,
// opened on "My team" for anyone who has direct reports.
export default async function OrgHome({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const caller = await api();
  const [user, managers] = await orNotFound(Promise.all([currentUser(), caller.people.managers({ org })]));
  const me = user?.orgs.find((o) => o.slug === org)?.membershipId;
  redirect(me && managers.some((m) => m.id === me) ? `/${org}/people?manager=${me}` : `/${org}/people`);
}
