"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { isActive, navItems } from "./nav-items";

export type NavLinksProps = {
  orgSlug: string;
  /** Called after a link is followed, so the phone sheet can close itself. */
  onNavigate?: () => void;
};

export function NavLinks({ orgSlug, onNavigate }: NavLinksProps) {
  const pathname = usePathname() ?? "";
  return (
    <ul className="grid gap-0.5">
      {navItems.map(({ segment, label, icon: Icon, built }) => {
        const href = `/${orgSlug}/${segment}`;
        const active = isActive(pathname, href);
        return (
          <li key={segment}>
            <Link
              href={href}
              onClick={onNavigate}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors",
                active
                  ? "bg-brand-subtle text-brand-subtle-foreground"
                  : "text-muted-foreground hover:bg-muted hover:text-foreground",
              )}
            >
              <Icon aria-hidden className="size-4 shrink-0" />
              <span className="flex-1">{label}</span>
              {built ? null : (
                <span className="rounded-full border border-border px-1.5 text-[0.6875rem] leading-4 font-medium text-muted-foreground">
                  Soon
                </span>
              )}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
