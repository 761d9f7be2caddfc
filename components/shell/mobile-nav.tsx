"use client";

import { Menu } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Sidebar } from "./sidebar";
import type { ShellMembership, ShellOrg, ShellUser } from "./types";
import { UserMenu } from "./user-menu";
import { Wordmark } from "./wordmark";

export type MobileNavProps = { org: ShellOrg; orgs: ShellMembership[]; user: ShellUser };

/** The phone top bar: a menu button that opens the sidebar as a sheet, the wordmark, and the account menu. */
export function MobileNav({ org, orgs, user }: MobileNavProps) {
  const [open, setOpen] = useState(false);
  return (
    <header className="sticky top-0 z-40 flex h-14 items-center gap-2 border-b bg-surface/90 px-3 backdrop-blur lg:hidden">
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant="ghost" size="icon" aria-label="Open navigation">
            <Menu aria-hidden />
          </Button>
        </DialogTrigger>
        <DialogContent side="left">
          <DialogTitle className="sr-only">Navigation</DialogTitle>
          <DialogDescription className="sr-only">Sections of {org.name}</DialogDescription>
          <Sidebar org={org} orgs={orgs} user={user} onNavigate={() => setOpen(false)} />
        </DialogContent>
      </Dialog>
      <Link href={`/${org.slug}`} className="flex shrink-0 rounded-md">
        <Wordmark />
      </Link>
      <span className="ml-1 min-w-0 flex-1 truncate border-l pl-3 text-sm text-muted-foreground">{org.name}</span>
      <UserMenu user={user} variant="compact" />
    </header>
  );
}
