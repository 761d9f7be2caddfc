import { redirect } from "next/navigation";

// An org's home is the dashboard (for people without reports it says so and links onwards).
export default async function OrgHome({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  redirect(`/${org}/dashboard`);
}
