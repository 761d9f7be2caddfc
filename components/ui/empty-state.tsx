import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./cn";

export type EmptyStateProps = {
  /** A lucide icon component, e.g. `icon={Users}`. */
  icon?: LucideIcon;
  title: ReactNode;
  /** Teach: say why it's empty and what to do next, not just "Nothing here". */
  children?: ReactNode;
  /** Usually a Button or ButtonLink that does the next step. */
  action?: ReactNode;
  /** Heading level for the title; defaults to h2 (a page's h1 is its PageHeader). */
  headingLevel?: "h2" | "h3";
  className?: string;
};

export function EmptyState({ icon: Icon, title, children, action, headingLevel = "h2", className }: EmptyStateProps) {
  const Heading = headingLevel;
  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-lg border border-dashed px-6 py-12 text-center text-balance",
        className,
      )}
    >
      {Icon ? (
        <span className="mb-4 inline-flex size-12 items-center justify-center rounded-full bg-brand-subtle text-brand-subtle-foreground">
          <Icon aria-hidden className="size-6" />
        </span>
      ) : null}
      <Heading className="text-base font-semibold text-foreground">{title}</Heading>
      {children ? <div className="mt-2 max-w-md text-sm leading-relaxed text-muted-foreground">{children}</div> : null}
      {action ? <div className="mt-6 flex flex-wrap items-center justify-center gap-2">{action}</div> : null}
    </div>
  );
}
