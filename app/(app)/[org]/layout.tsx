import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { TRPCReactProvider } from "@/app/_components/trpc-provider";
import { AppShell } from "@/components/shell/app-shell";
import { currentUser } from "@/server/api/rsc";
import { getSessionUserId } from "@/server/auth/session";
import { Composer } from "./_components/composer/composer";

type Props = { children: ReactNode; params: Promise<{ org: string }> };

// Every org page re-checks the session and the caller's ACTIVE membership on each request, so a
// deactivated member loses access immediately. Another org's slug is a plain 404.
export default async function OrgLayout({ children, params }: Props) {
  const { org } = await params;
  if (!(await getSessionUserId())) redirect(`/signin?callbackUrl=${encodeURIComponent(`/${org}`)}`);
  const user = await currentUser();
  const orgs = user?.orgs ?? [];
  const current = orgs.find((o) => o.slug === org);
  if (!user || !current) notFound();
  return (
    <TRPCReactProvider>
      <AppShell
        org={{ slug: current.slug, name: current.name }}
        orgs={orgs.map((o) => ({ slug: o.slug, name: o.name, role: o.role }))}
        user={{ name: current.myName, email: user.email, role: current.role }}
      >
        {children}
      </AppShell>
      <Composer org={current.slug} orgName={current.name} meId={current.membershipId} />
    </TRPCReactProvider>
  );
}
