import { type LucideIcon, Sprout } from "lucide-react";
import type { ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export type ComingSoonProps = {
  /** The section's name, rendered as the page's <h1>. */
  title: string;
  /** What will be here, concretely, so people know what to expect (and what not to look for yet). */
  description: ReactNode;
  icon?: LucideIcon;
  /** Something useful to do meanwhile, e.g. a ButtonLink to People. */
  action?: ReactNode;
};

/** An honest placeholder body for a section that isn't built yet: says so plainly and says what is coming. */
export function ComingSoon({ title, description, icon = Sprout, action }: ComingSoonProps) {
  return (
    <>
      <PageHeader title={title} />
      <EmptyState icon={icon} title="Not built yet" action={action}>
        <p>{description}</p>
        <p className="mt-3">
          This section is on the way. Nothing here is hidden from you; there is simply nothing to show yet.
        </p>
      </EmptyState>
    </>
  );
}
