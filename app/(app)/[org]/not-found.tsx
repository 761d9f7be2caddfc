"use client";
// The 404 inside an org: a missing page, or a person or 1:1 the caller may not see (another org's
// data is always "not found"). It renders inside the org's shell, so the sidebar stays and the way
// back is one click. Served with HTTP 404 (e2e/not-found.spec.ts checks every kind).
import { Compass } from "lucide-react";
import { useParams } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";

export default function OrgNotFound() {
  const { org } = useParams<{ org: string }>();
  return (
    <div className="flex flex-col items-center px-4 py-16 text-center">
      <span className="inline-flex size-14 items-center justify-center rounded-full bg-brand-subtle text-brand-subtle-foreground">
        <Compass aria-hidden className="size-7" />
      </span>
      <p className="mt-6 text-sm font-medium text-muted-foreground">404</p>
      <h1 className="mt-1 text-3xl font-semibold tracking-tight">We couldn’t find that page</h1>
      <p className="mt-3 max-w-md text-balance text-muted-foreground">
        The link may be old, the page may have moved, or it belongs to someone whose details you can’t see.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <ButtonLink href={`/${org}/one-on-ones`}>Your 1:1s</ButtonLink>
        <ButtonLink href={`/${org}/people`} variant="secondary">
          People
        </ButtonLink>
      </div>
    </div>
  );
}
