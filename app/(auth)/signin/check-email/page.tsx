import { MailCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardContent } from "@/components/ui/card";
import { env } from "@/server/env";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  return (
    <Card>
      <CardContent className="space-y-4 py-8 text-center">
        <MailCheck aria-hidden className="mx-auto size-10 text-brand" />
        <h1 className="font-semibold text-xl">Check your email</h1>
        <p className="text-muted-foreground text-sm">
          We sent a sign-in link{email ? ` to ${email}` : ""}. It works once and expires in 24 hours.
        </p>
        {env.demoEnabled && !env.RESEND_API_KEY && (
          <p className="text-sm">
            No email provider is configured, so messages land in the{" "}
            <Link href="/dev/outbox" className="font-medium text-brand underline">
              dev outbox
            </Link>
            .
          </p>
        )}
        <Link href="/signin" className="text-muted-foreground text-sm underline">
          Use a different address
        </Link>
      </CardContent>
    </Card>
  );
}
