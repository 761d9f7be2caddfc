import type { ReactNode } from "react";
import { MobileNav } from "./mobile-nav";
import { Sidebar } from "./sidebar";
import type { ShellMembership, ShellOrg, ShellUser } from "./types";

export type AppShellProps = {
  org: ShellOrg;
  /** Every org the person belongs to; the switcher hides itself when there is one. */
  orgs: ShellMembership[];
  user: ShellUser;
  children: ReactNode;
};

/**
 * The signed-in frame: a sticky sidebar on wide screens, a top bar with a sheet on phones, and the
 * `#main` landmark the root layout's skip link jumps to. A server component; the interactive parts are client islands.
 */
export function AppShell({ org, orgs, user, children }: AppShellProps) {
  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[16rem_minmax(0,1fr)]">
      <aside className="sticky top-0 hidden h-dvh border-r bg-surface px-3 py-4 lg:block">
        <Sidebar org={org} orgs={orgs} user={user} />
      </aside>
      <MobileNav org={org} orgs={orgs} user={user} />
      <main id="main" tabIndex={-1} className="min-w-0 px-4 py-6 sm:px-6 lg:px-10 lg:py-8">
        <div className="mx-auto w-full max-w-6xl">{children}</div>
      </main>
    </div>
  );
}
