// The team milestone calendar: birthdays, work anniversaries, custom milestones and 1:1s (the
// viewer's own, and their reports' for managers), as a month grid (agenda on phones), in the viewer's
// time zone, filtered by team and kind. Each person's celebrate preference decides who sees theirs.
import { ChevronLeft, ChevronRight } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { CustomMilestones } from "@/app/(app)/[org]/_components/calendar/custom-milestones";
import { MilestoneDialog } from "@/app/(app)/[org]/_components/calendar/milestone-dialog";
import { addMonths, monthTitle } from "@/components/format/calendar-days";
import { localDateIn } from "@/components/format/dates";
import { ButtonLink, buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { UrlFilters } from "@/components/ui/url-filters";
import { api, myMembership, orNotFound } from "@/server/api/rsc";
import { EVENT_KINDS, type EventKind } from "@/server/modules/calendar/calendar.limits";
import { Agenda } from "./_components/agenda";
import { KindToggles } from "./_components/kind-toggles";
import { MonthGrid } from "./_components/month-grid";
import { SubscribeDialog } from "./_components/subscribe-dialog";
import { WeekendSetting } from "./_components/weekend-setting";

export const metadata: Metadata = { title: "Calendar" };

type Search = { month?: string; view?: string; team?: string; kinds?: string; day?: string };
type Props = { params: Promise<{ org: string }>; searchParams: Promise<Search> };

export default async function CalendarPage({ params, searchParams }: Props) {
  const { org } = await params;
  const sp = await searchParams;
  const caller = await api();
  const me = await myMembership(org);
  const zone = me.myTimeZone;
  const thisMonth = localDateIn(new Date(), zone).slice(0, 7);
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(sp.month ?? "") ? (sp.month as string) : thisMonth;
  const kinds = (sp.kinds?.split(",") ?? []).filter((k): k is EventKind => EVENT_KINDS.includes(k as EventKind));
  const view = sp.view === "month" || sp.view === "agenda" ? sp.view : null;
  const [teams, milestones] = await Promise.all([caller.people.teams({ org }), caller.calendar.milestones({ org })]);
  const teamId = teams.some((t) => t.id === sp.team) ? sp.team : undefined;
  const data = await orNotFound(caller.calendar.month({ org, month, teamId, kinds: kinds.length ? kinds : undefined }));
  const query = Object.fromEntries(
    Object.entries({ view: view ?? undefined, team: teamId, kinds: sp.kinds }).filter(
      (e): e is [string, string] => !!e[1],
    ),
  );
  const href = (patch: Record<string, string | undefined>) => {
    const qs = new URLSearchParams(
      Object.entries({ ...query, month, ...patch }).filter((e): e is [string, string] => !!e[1]),
    );
    return `/${org}/calendar?${qs}`;
  };
  const label = monthTitle(month);
  const grid = (
    <MonthGrid
      key={`${month} ${sp.day ?? ""}`}
      org={org}
      month={month}
      today={data.today}
      zone={zone}
      events={data.events}
      query={query}
      initialDay={sp.day}
    />
  );
  const agenda = <Agenda org={org} today={data.today} zone={zone} events={data.events} monthLabel={label} />;

  return (
    <div>
      <PageHeader
        title="Calendar"
        description={`Birthdays, work anniversaries, milestones and 1:1s, in your time zone. ${
          data.weekendMilestonesOnFriday ? "Weekend milestones show on the Friday before." : ""
        }`}
        actions={
          <>
            {milestones.canCreate && <MilestoneDialog org={org} today={localDateIn(new Date(), zone)} />}
            <SubscribeDialog org={org} zone={zone} />
          </>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <nav aria-label="Months" className="flex items-center gap-1">
          <Link
            href={href({ month: addMonths(month, -1) })}
            className={buttonStyles({ variant: "ghost", size: "icon-sm" })}
            aria-label={`Previous month, ${monthTitle(addMonths(month, -1))}`}
          >
            <ChevronLeft aria-hidden />
          </Link>
          <h2 className="min-w-36 text-center font-semibold" aria-live="polite">
            {label}
          </h2>
          <Link
            href={href({ month: addMonths(month, 1) })}
            className={buttonStyles({ variant: "ghost", size: "icon-sm" })}
            aria-label={`Next month, ${monthTitle(addMonths(month, 1))}`}
          >
            <ChevronRight aria-hidden />
          </Link>
          {month !== thisMonth && (
            <ButtonLink href={href({ month: thisMonth })} variant="ghost" size="sm">
              Today
            </ButtonLink>
          )}
        </nav>
        <nav aria-label="View" className="flex rounded-md border p-0.5 sm:ml-auto">
          {(["month", "agenda"] as const).map((v) => (
            <Link
              key={v}
              href={href({ view: v })}
              aria-current={view === v ? "page" : undefined}
              className={cn(
                "rounded px-3 py-1 font-medium text-sm",
                view === v
                  ? "bg-brand-subtle text-brand-subtle-foreground"
                  : "text-muted-foreground hover:text-foreground",
              )}
            >
              {v === "month" ? "Month" : "Agenda"}
            </Link>
          ))}
        </nav>
      </div>
      <div className="mb-6 flex flex-wrap items-center gap-3">
        <UrlFilters
          label="Filter the calendar"
          className="w-full sm:w-64 sm:grid-cols-1"
          keep={{ month, view: view ?? undefined, kinds: sp.kinds }}
          values={{ team: teamId }}
          filters={[{ key: "team", label: "Filter by team", options: teams, none: "All teams" }]}
        />
        <KindToggles kinds={kinds.length ? kinds : [...EVENT_KINDS]} />
        {me.role === "ADMIN" && (
          <div className="w-full lg:ml-auto lg:w-auto">
            <WeekendSetting org={org} orgName={me.name} on={data.weekendMilestonesOnFriday} />
          </div>
        )}
      </div>
      {view === "month" ? (
        grid
      ) : view === "agenda" ? (
        agenda
      ) : (
        <>
          {/* No choice made: the grid on wide screens, the agenda on phones. */}
          <div className="hidden md:block">{grid}</div>
          <div className="md:hidden">{agenda}</div>
        </>
      )}
      <details className="mt-8 rounded-lg border bg-surface p-4">
        <summary className="cursor-pointer font-medium">Custom milestones ({milestones.items.length})</summary>
        <div className="mt-3">
          <CustomMilestones
            org={org}
            empty="No custom milestones yet. Managers add them for their reports, HR admins for anyone and any team."
          />
        </div>
      </details>
    </div>
  );
}
