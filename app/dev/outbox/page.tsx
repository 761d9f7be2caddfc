// Dev-only: the email outbox (the transport when RESEND_API_KEY is unset). 404 in production
// unless DEMO_MODE=1.
import type { Metadata } from "next";
import Link from "next/link";
import { shortDate, time } from "@/components/format/dates";
import { api, orNotFound } from "@/server/api/rsc";

export const metadata: Metadata = { title: "Dev outbox" };
export const dynamic = "force-dynamic";

const LINK = /https?:\/\/[^\s<>"')\]]+/g;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  const { to } = await searchParams;
  // The procedure answers NOT_FOUND outside demo mode (and for a malformed address): the 404 page.
  const emails = await orNotFound((await api()).dev.outbox({ to: to || undefined }));
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <header>
        <h1 className="font-semibold text-2xl">Dev outbox</h1>
        <p className="text-muted-foreground text-sm">
          Emails Rapport would have sent. Set RESEND_API_KEY to send real email. Newest first.
        </p>
      </header>
      {emails.length === 0 && (
        <p className="text-muted-foreground">
          No emails yet. Ask for a sign-in link on{" "}
          <Link href="/signin" className="text-brand underline">
            the sign-in page
          </Link>
          .
        </p>
      )}
      <ol className="space-y-4">
        {emails.map((e) => {
          const links = Array.from(new Set(e.text.match(LINK) ?? []));
          return (
            <li key={e.id} className="rounded-lg border border-border bg-surface p-4" data-testid="outbox-email">
              <p className="text-muted-foreground text-xs">
                {shortDate(e.createdAt, "UTC")}, {time(e.createdAt, "UTC")} UTC · {e.kind}
              </p>
              <p className="font-medium">{e.subject}</p>
              <p className="text-sm">
                To: <span data-testid="outbox-to">{e.to}</span>
              </p>
              <ul className="mt-2 space-y-1">
                {links.map((href) => (
                  <li key={href} className="break-all text-sm">
                    <a href={href} className="text-brand underline">
                      {href}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </main>
  );
}
