import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonStyles } from "./button";
import { cn } from "./cn";

export type PaginationProps = {
  /** 1-based current page. */
  page: number;
  /** Omit for cursor-based lists where the total isn't known. */
  pageCount?: number;
  /** null/undefined renders a disabled "Previous". */
  prevHref?: string | null;
  /** null/undefined renders a disabled "Next". */
  nextHref?: string | null;
  /** Replaces the "Page 2 of 5" text, e.g. "Showing 26–50 of 112 people". */
  summary?: ReactNode;
  /** Accessible name of the nav landmark; set it when a page has more than one list. */
  label?: string;
  className?: string;
};

/** Previous/next links with page info. Plain links, so it works from server components and without JS. */
export function Pagination({
  page,
  pageCount,
  prevHref,
  nextHref,
  summary,
  label = "Pagination",
  className,
}: PaginationProps) {
  if (!prevHref && !nextHref && (pageCount ?? 1) <= 1 && !summary) return null;
  const info = summary ?? (pageCount ? `Page ${page} of ${pageCount}` : `Page ${page}`);
  return (
    <nav aria-label={label} className={cn("flex items-center justify-between gap-4 pt-4", className)}>
      <PageLink href={prevHref} rel="prev">
        <ChevronLeft aria-hidden />
        Previous
      </PageLink>
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {info}
      </p>
      <PageLink href={nextHref} rel="next">
        Next
        <ChevronRight aria-hidden />
      </PageLink>
    </nav>
  );
}

function PageLink({ href, rel, children }: { href?: string | null; rel: "prev" | "next"; children: ReactNode }) {
  const className = buttonStyles({ variant: "secondary", size: "sm" });
  if (!href) {
    return (
      <span aria-disabled="true" className={className}>
        {children}
      </span>
    );
  }
  return (
    <Link href={href} rel={rel} className={className}>
      {children}
    </Link>
  );
}
