import { Compass } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Wordmark } from "@/components/shell/wordmark";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main
      id="main"
      tabIndex={-1}
      className="flex min-h-dvh flex-col items-center justify-center px-4 py-16 text-center"
    >
      <Link href="/" className="mb-10 rounded-md" aria-label="Rapport home">
        <Wordmark />
      </Link>
      <span className="inline-flex size-14 items-center justify-center rounded-full bg-brand-subtle text-brand-subtle-foreground">
        <Compass aria-hidden className="size-7" />
      </span>
      <p className="mt-6 text-sm font-medium text-muted-foreground">404</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight">We couldn’t find that page</h1>
      <p className="mt-3 max-w-md text-balance text-muted-foreground">
        The link may be old, or the page may belong to an organization you’re not part of. Check the address, or head
        back and find your way from there.
      </p>
      <ButtonLink href="/" className="mt-8">
        Back to the home page
      </ButtonLink>
    </main>
  );
}
