// Recognition: the org's public feed (filters: team, person, competency), a person's received and
// given tabs, and for managers and HR admins the insights (counts only, never messages).
import { TRPCError } from "@trpc/server";
import { BarChart3 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PersonFilter } from "@/app/(app)/[org]/_components/people/person-filter";
import { FeedList } from "@/app/(app)/[org]/_components/recognition/feed-list";
import { feedPaging } from "@/app/(app)/[org]/_components/recognition/types";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { UrlFilters } from "@/components/ui/url-filters";
import { api, getQueryClient, HydrateClient, myMembership, trpc } from "@/server/api/rsc";
import { UPCOMING_DAYS } from "@/server/modules/calendar/calendar.limits";
import { ZPeopleNames } from "@/server/modules/people/people.schema";
import { ComingUp } from "./_components/coming-up";
import { InsightsView } from "./_components/insights-view";
import { RecogniseButton } from "./_components/recognise-button";

export const metadata: Metadata = { title: "Recognition" };

const TABS = [
  { id: "all", label: "Everyone" },
  { id: "received", label: "Received" },
  { id: "given", label: "Given" },
  { id: "insights", label: "Insights" },
] as const;
type Tab = (typeof TABS)[number]["id"];

type Search = { tab?: string; team?: string; person?: string; competency?: string; days?: string; stale?: string };
type Props = { params: Promise<{ org: string }>; searchParams: Promise<Search> };

const pick = <T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

export default async function RecognitionPage({ params, searchParams }: Props) {
  const { org } = await params;
  const sp = await searchParams;
  const caller = await api();
  const me = await myMembership(org);
  const tab = pick(
    sp.tab,
    TABS.map((t) => t.id),
    "all",
  );
  const mayInsights = me.role !== "EMPLOYEE";
  const tabs = TABS.filter((t) => t.id !== "insights" || mayInsights);
  const tabHref = (id: Tab) => `/${org}/recognition${id === "all" ? "" : `?tab=${id}`}`;

  const header = (
    <PageHeader
      title="Recognition"
      description="Specific, timely thanks, public or private, optionally tagged with a competency. Press k anywhere to give some."
      actions={<RecogniseButton aria-keyshortcuts="k">Give recognition</RecogniseButton>}
    />
  );
  const nav = (
    <nav aria-label="Recognition views" className="-mx-1 mb-4 flex gap-1 overflow-x-auto border-b px-1">
      {tabs.map((t) => (
        <Link
          key={t.id}
          href={tabHref(t.id)}
          aria-current={t.id === tab ? "page" : undefined}
          className={cn(
            "-mb-px whitespace-nowrap border-b-2 px-3 py-2 font-medium text-sm",
            t.id === tab
              ? "border-brand text-foreground"
              : "border-transparent text-muted-foreground hover:text-foreground",
          )}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );

  if (tab === "insights") {
    const days = Number(pick(sp.days, ["30", "90", "180"], "90"));
    const staleDays = Number(pick(sp.stale, ["7", "14", "30"], "30"));
    const insights = await caller.recognition.insights({ org, days, staleDays }).catch((e: unknown) => {
      if (e instanceof TRPCError && e.code === "FORBIDDEN") return null;
      throw e;
    });
    return (
      <div>
        {header}
        {nav}
        <UrlFilters
          label="Insights period"
          className="mb-6 sm:max-w-xl sm:grid-cols-2"
          keep={{ tab }}
          values={{ days: String(days), stale: String(staleDays) }}
          filters={[
            {
              key: "days",
              label: "Period",
              options: ["30", "90", "180"].map((d) => ({ id: d, name: `Last ${d} days` })),
            },
            {
              key: "stale",
              label: "Not recognised after",
              options: ["7", "14", "30"].map((d) => ({ id: d, name: `Not recognised in ${d} days` })),
            },
          ]}
        />
        {insights ? (
          <InsightsView insights={insights} days={days} staleDays={staleDays} zone={me.myTimeZone} />
        ) : (
          <EmptyState icon={BarChart3} title="Insights cover the people who report to you">
            No one reports to you yet. When they do, you will see who gives and receives recognition, one-way pairs and
            who has not been thanked lately.
          </EmptyState>
        )}
      </div>
    );
  }

  // Only the person in the URL is looked up, never the directory (an org of 50,000 made the page
  // 9 MB); an id the lookup would refuse, or of no one in this org, is ignored like any bad filter.
  const asked = sp.person && ZPeopleNames.safeParse({ ids: [sp.person] }).success ? sp.person : undefined;
  const [teams, named, tags, upcoming] = await Promise.all([
    caller.people.teams({ org }),
    asked ? caller.people.names({ org, ids: [asked] }) : [],
    caller.recognition.tags({ org }),
    tab === "all" ? caller.calendar.upcoming({ org, days: UPCOMING_DAYS }) : null,
  ]);
  const subject = named.find((p) => p.id === asked);
  const personId = subject?.id;
  const subjectId = tab === "all" ? personId : (personId ?? me.membershipId);
  const input = {
    org,
    ...(subjectId ? { personId: subjectId, tab: tab === "all" ? ("all" as const) : tab } : {}),
    teamId: teams.some((t) => t.id === sp.team) ? sp.team : undefined,
    competencyId: tags.competencies.some((c) => c.id === sp.competency) ? sp.competency : undefined,
  };
  await getQueryClient().prefetchInfiniteQuery(trpc.recognition.feed.infiniteQueryOptions(input, feedPaging));
  const isMe = subjectId === me.membershipId;
  const whose = isMe ? "you" : (subject?.name ?? "them");
  const label =
    tab === "all"
      ? subject
        ? `Recognition given or received by ${subject.name}`
        : "Public recognition"
      : `Recognition ${tab} by ${isMe ? "you" : subject?.name}`;
  const filtered = !!(input.teamId || input.competencyId || (tab === "all" && personId));

  return (
    <HydrateClient>
      {header}
      {upcoming && (
        <ComingUp org={org} zone={me.myTimeZone} today={upcoming.today} events={upcoming.events} days={UPCOMING_DAYS} />
      )}
      {nav}
      <UrlFilters
        label="Filter recognition"
        className="mb-6"
        keep={{ tab: tab === "all" ? undefined : tab }}
        values={{ team: input.teamId, person: personId, competency: input.competencyId }}
        filters={[
          { key: "team", label: "Filter by team", options: teams, none: "All teams" },
          {
            key: "person",
            control: (
              <PersonFilter
                org={org}
                label="Filter by person"
                none={tab === "all" ? "Everyone" : "You"}
                value={subject ?? null}
              />
            ),
          },
          {
            key: "competency",
            label: "Filter by competency",
            options: tags.competencies,
            none: "Any competency",
          },
        ]}
      />
      <FeedList
        input={input}
        zone={me.myTimeZone}
        meId={me.membershipId}
        label={label}
        empty={
          filtered
            ? { title: "Nothing matches these filters", body: "Try another team, person or competency." }
            : tab === "given"
              ? {
                  title: isMe ? "You have not given recognition yet" : `${whose} has not given recognition yet`,
                  body: "Thank someone for something specific they did this week, and say what difference it made.",
                  action: isMe ? <RecogniseButton>Give recognition</RecogniseButton> : undefined,
                }
              : {
                  title: tab === "received" ? `Nothing received by ${whose} yet` : "No recognition yet",
                  body: "Recognition shows here once someone gives it. Public thanks is seen by everyone; private thanks only by the people thanked and their managers.",
                  action: <RecogniseButton>Give recognition</RecogniseButton>,
                }
        }
      />
    </HydrateClient>
  );
}
