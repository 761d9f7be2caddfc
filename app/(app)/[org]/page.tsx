import { redirect } from "next/navigation";

// The dashboard lands with its own issue; until then an org's home is its people directory.
export default async function OrgHome({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  redirect(`/${org}/people`);
}
