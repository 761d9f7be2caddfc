"use client";

import { Building2, Check, ChevronsUpDown } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { roleLabel, type ShellMembership, type ShellOrg } from "./types";

const roleName = (role: string) => (roleLabel as Record<string, string>)[role] ?? role;

export type OrgSwitcherProps = { org: ShellOrg; orgs: ShellMembership[]; className?: string };

const boxStyles = "flex w-full items-center gap-2 rounded-md border bg-surface px-3 py-2 text-left text-sm font-medium";

/** Lists the person's organizations; picking one opens its People page. Just a label when there is only one. */
export function OrgSwitcher({ org, orgs, className }: OrgSwitcherProps) {
  if (orgs.length <= 1) {
    return (
      <div className={cn(boxStyles, className)}>
        <Building2 aria-hidden className="size-4 shrink-0 text-muted-foreground" />
        <span className="truncate">{org.name}</span>
      </div>
    );
  }
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className={cn(boxStyles, "transition-colors hover:bg-muted", className)}
        aria-label={`Organization: ${org.name}. Switch organization`}
      >
        <Building2 aria-hidden className="size-4 shrink-0 text-muted-foreground" />
        <span className="min-w-0 flex-1 truncate">{org.name}</span>
        <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-muted-foreground" />
      </DropdownMenuTrigger>
      <DropdownMenuContent className="w-(--radix-dropdown-menu-trigger-width)">
        <DropdownMenuLabel>Switch organization</DropdownMenuLabel>
        {orgs.map((o) => {
          const current = o.slug === org.slug;
          return (
            <DropdownMenuItem key={o.slug} asChild>
              <Link href={`/${o.slug}/people`} aria-current={current ? "true" : undefined}>
                <span className="min-w-0 flex-1">
                  <span className="block truncate">{o.name}</span>
                  <span className="block text-xs text-muted-foreground">{roleName(o.role)}</span>
                </span>
                {current ? <Check aria-hidden className="text-brand!" /> : null}
              </Link>
            </DropdownMenuItem>
          );
        })}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
