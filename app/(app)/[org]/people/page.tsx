import { Network, Users } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { decodeCursor, encodeCursor } from "@/server/api/cursor";
import { api, currentUser, orNotFound } from "@/server/api/rsc";
import { InviteDialog } from "./_components/invite-dialog";
import { PendingInvitations } from "./_components/pending-invitations";
import { PeopleFilters } from "./_components/people-filters";

export const metadata: Metadata = { title: "People" };

type Search = { q?: string; team?: string; manager?: string; after?: string; before?: string; all?: string };
type Props = { params: Promise<{ org: string }>; searchParams: Promise<Search> };

export default async function PeoplePage({ params, searchParams }: Props) {
  const { org } = await params;
  const sp = await searchParams;
  const caller = await api();
  const before = decodeCursor(sp.before);
  const after = decodeCursor(sp.after);
  const [page, teams, managers, user] = await orNotFound(
    Promise.all([
      caller.people.list({
        org,
        q: sp.q || undefined,
        teamId: sp.team || undefined,
        managerId: sp.manager || undefined,
        includeDeactivated: sp.all === "1",
        cursor: before ?? after,
        direction: before ? "backward" : "forward",
      }),
      caller.people.teams({ org }),
      caller.people.managers({ org }),
      currentUser(),
    ]),
  );
  const mine = user?.orgs.find((o) => o.slug === org);
  const isAdmin = mine?.role === "ADMIN";
  const myTeam = managers.some((m) => m.id === mine?.membershipId) ? mine?.membershipId : undefined;
  const filters = { q: sp.q, team: sp.team, manager: sp.manager, all: sp.all };
  const href = (extra: Record<string, string>) => {
    const qs = new URLSearchParams(
      Object.entries({ ...filters, ...extra }).filter((e): e is [string, string] => !!e[1]),
    );
    return `/${org}/people${qs.size ? `?${qs}` : ""}`;
  };
  const filtered = Boolean(sp.q || sp.team || sp.manager);
  // Filtered to one manager's reports, every row would say "Reports to <them>": the header says it once.
  const byManager = sp.manager ? managers.find((m) => m.id === sp.manager) : undefined;
  const one = page.total === 1;
  const people = (adjective = "") => `${page.total} ${adjective}${one ? "person" : "people"}`;
  const description = byManager
    ? `${people(sp.q || sp.team ? "matching " : "")} ${one ? "reports" : "report"} to ${byManager.id === mine?.membershipId ? "you" : byManager.name}`
    : filtered
      ? `${people()} ${one ? "matches" : "match"}`
      : `${people()} in your organization`;

  return (
    <div className="space-y-6">
      <PageHeader
        title="People"
        description={description}
        actions={
          <>
            <ButtonLink href={`/${org}/people/chart`} variant="secondary">
              <Network aria-hidden className="size-4" /> Org chart
            </ButtonLink>
            {isAdmin && <InviteDialog org={org} teams={teams} managers={managers} />}
          </>
        }
      />
      {myTeam && (
        <nav aria-label="Quick filters" className="flex gap-2 text-sm">
          <Link
            href={href({ manager: "" })}
            aria-current={sp.manager ? undefined : "page"}
            className="rounded-full border border-border px-3 py-1 hover:bg-muted aria-[current=page]:bg-brand-subtle aria-[current=page]:text-brand-subtle-foreground"
          >
            Everyone
          </Link>
          <Link
            href={href({ manager: myTeam })}
            aria-current={sp.manager === myTeam ? "page" : undefined}
            className="rounded-full border border-border px-3 py-1 hover:bg-muted aria-[current=page]:bg-brand-subtle aria-[current=page]:text-brand-subtle-foreground"
          >
            My team
          </Link>
        </nav>
      )}
      <PeopleFilters teams={teams} managers={managers} values={filters} isAdmin={isAdmin} />
      {page.items.length === 0 ? (
        <EmptyState icon={Users} title={filtered ? "No one matches these filters" : "No people yet"}>
          {filtered
            ? "Try a shorter search, or clear the team and manager filters."
            : "Invite your colleagues: each gets an email link that adds them to your organization."}
        </EmptyState>
      ) : (
        <ul
          className="divide-y divide-border overflow-hidden rounded-xl border border-border bg-surface"
          aria-label="People"
        >
          {page.items.map((p) => (
            <li key={p.id}>
              <Link
                href={`/${org}/people/${p.id}`}
                className="flex items-center gap-3 px-4 py-3 hover:bg-muted focus-visible:bg-muted"
              >
                <Avatar name={p.name} size="sm" decorative />
                <div className="min-w-0 flex-1">
                  {/* Whole names and titles on a phone (wrapped); one line each from `sm` up. */}
                  <p className="break-words font-medium sm:truncate">{p.name}</p>
                  <p className="break-words text-muted-foreground text-sm sm:truncate">
                    {[p.title, p.team?.name].filter(Boolean).join(" · ") || p.email}
                  </p>
                </div>
                <div className="hidden shrink-0 text-right text-muted-foreground text-sm sm:block">
                  {byManager ? null : p.manager ? <span>Reports to {p.manager.name}</span> : <span>No manager</span>}
                  {p.reportCount > 0 && (
                    <span className="block">
                      {p.reportCount} direct {p.reportCount === 1 ? "report" : "reports"}
                    </span>
                  )}
                </div>
                {p.role === "ADMIN" && <Badge variant="accent">HR admin</Badge>}
                {p.status === "DEACTIVATED" && <Badge variant="danger">Deactivated</Badge>}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={1}
        summary={`Showing ${page.items.length} of ${page.total}`}
        prevHref={page.prevCursor ? href({ before: encodeCursor(page.prevCursor) }) : null}
        nextHref={page.nextCursor ? href({ after: encodeCursor(page.nextCursor) }) : null}
      />
      {isAdmin && mine && <PendingInvitations org={org} zone={mine.myTimeZone} />}
    </div>
  );
}
