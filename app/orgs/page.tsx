import { Building2 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { api } from "@/server/api/rsc";
import { getSessionUserId } from "@/server/auth/session";
import { SignOutButton } from "./sign-out-button";

export const metadata: Metadata = { title: "Your organizations" };

/** Where sign-in lands: straight into the only org, or a choice between several. */
export default async function OrgsPage() {
  if (!(await getSessionUserId())) redirect("/signin?callbackUrl=/orgs");
  const orgs = await (await api()).orgs.mine();
  if (orgs.length === 1 && orgs[0]) redirect(`/${orgs[0].slug}`);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-lg px-4 py-16">
      <Card>
        <CardHeader>
          <CardTitle as="h1">Your organizations</CardTitle>
        </CardHeader>
        <CardContent>
          {orgs.length === 0 ? (
            <EmptyState icon={Building2} title="You are not in an organization yet" action={<SignOutButton />}>
              Ask your HR admin to invite you: the invitation email has a link that adds you to your team. If you signed
              in with a different address than the one you were invited with, sign out and use that one.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-border">
              {orgs.map((o) => (
                <li key={o.slug}>
                  <Link href={`/${o.slug}`} className="flex items-center justify-between py-3 hover:text-brand">
                    <span className="font-medium">{o.name}</span>
                    <span className="text-muted-foreground text-sm">{o.role.toLowerCase()}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </main>
  );
}
