import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { api } from "@/server/api/rsc";
import { getSessionUserId } from "@/server/auth/session";
import { AcceptInvitation } from "./accept";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await getSessionUserId())) redirect(`/signin?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`);
  const invite = await (await api()).invitations.describe({ token }).catch(() => null);
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-md px-4 py-16">
      <Card>
        <CardHeader>
          <CardTitle as="h1">{invite ? `Join ${invite.orgName}` : "Invitation not found"}</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          {invite ? (
            <>
              <p className="text-sm">
                {invite.inviterName} invited <strong>{invite.email}</strong> to {invite.orgName} on Rapport.
              </p>
              <AcceptInvitation token={token} />
            </>
          ) : (
            <p className="text-muted-foreground text-sm">
              This invitation is invalid, was revoked, or has expired. Ask your HR admin for a new one.
            </p>
          )}
        </CardContent>
      </Card>
    </main>
  );
}
