"use client";

import { Award } from "lucide-react";
import Link from "next/link";
import { COMPOSE_KEY, openComposer } from "../recognition/compose";
import { Button } from "../ui/button";
import { NavLinks } from "./nav-links";
import { OrgSwitcher } from "./org-switcher";
import type { ShellMembership, ShellOrg, ShellUser } from "./types";
import { UserMenu } from "./user-menu";
import { Wordmark } from "./wordmark";

export type SidebarProps = {
  org: ShellOrg;
  orgs: ShellMembership[];
  user: ShellUser;
  /** Lets the phone sheet close when a link is followed. */
  onNavigate?: () => void;
};

/** Wordmark, org switcher, section links and the account menu: the same in the desktop rail and the phone sheet. */
export function Sidebar({ org, orgs, user, onNavigate }: SidebarProps) {
  return (
    <div className="flex h-full flex-col gap-5">
      <Link href={`/${org.slug}`} onClick={onNavigate} className="self-start rounded-md px-1">
        <Wordmark />
      </Link>
      <OrgSwitcher org={org} orgs={orgs} />
      <Button
        variant="secondary"
        size="sm"
        className="justify-start"
        aria-keyshortcuts={COMPOSE_KEY}
        onClick={() => {
          onNavigate?.();
          openComposer();
        }}
      >
        <Award aria-hidden />
        Give recognition
        <kbd className="ml-auto rounded border bg-muted px-1.5 font-mono text-muted-foreground text-xs" aria-hidden>
          {COMPOSE_KEY}
        </kbd>
      </Button>
      <nav aria-label="Main" className="flex-1 overflow-y-auto">
        <NavLinks orgSlug={org.slug} onNavigate={onNavigate} />
      </nav>
      <div className="border-t pt-3">
        <UserMenu user={user} />
      </div>
    </div>
  );
}
