// The manager dashboard, where people land after sign-in: whose working relationships need
// attention this week. KPI cards with the change over the previous period, one line per direct
// report (or the subtree / the org rolled up by manager and team), "this week", and the trends.

import { LayoutDashboard } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { savedLabel } from "@/components/format/dates";
import { ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { UrlFilters } from "@/components/ui/url-filters";
import { api, myMembership, orNotFound } from "@/server/api/rsc";
import { DashboardCharts } from "./_components/dashboard-charts";
import { formatChange, formatKpi } from "./_components/numbers";
import { ReportLines } from "./_components/report-lines";
import { RollupTable } from "./_components/rollup-table";
import { ThisWeek } from "./_components/this-week";
import type { Overview } from "./_components/types";

export const metadata: Metadata = { title: "Dashboard" };

type Search = { scope?: string; days?: string; team?: string };
type Props = { params: Promise<{ org: string }>; searchParams: Promise<Search> };

const SCOPE_LABEL = { direct: "Direct reports", subtree: "Whole team", org: "Organization" } as const;

export default async function DashboardPage({ params, searchParams }: Props) {
  const { org } = await params;
  const sp = await searchParams;
  const caller = await api();
  const me = await myMembership(org);
  const days = sp.days === "30" ? 30 : 90;
  const asked = sp.scope === "direct" || sp.scope === "subtree" || sp.scope === "org" ? sp.scope : undefined;
  const teamId = sp.team || undefined;
  // Unasked, the service picks (an HR admin with no reports gets the organization).
  const overview = await orNotFound(
    caller.dashboard.overview({ org, scope: asked === "org" && me.role !== "ADMIN" ? undefined : asked, days, teamId }),
  );
  const scope = overview.scope;
  const href = (q: Partial<Record<"scope" | "days" | "team", string | undefined>>) => {
    const merged = {
      scope: scope === "direct" ? undefined : scope,
      days: days === 90 ? undefined : "30",
      team: teamId,
      ...q,
    };
    const qs = new URLSearchParams(Object.entries(merged).filter((e): e is [string, string] => !!e[1]));
    return `/${org}/dashboard${qs.size ? `?${qs}` : ""}`;
  };
  const header = (
    <PageHeader
      title="Dashboard"
      description="Whose working relationships need attention this week: 1:1s kept, recognition given, promises followed through."
    />
  );
  if (overview.mode === "member")
    return (
      <>
        {header}
        <EmptyState
          icon={LayoutDashboard}
          title="Your dashboard fills in when people report to you"
          action={
            <div className="flex flex-wrap justify-center gap-2">
              <ButtonLink href={`/${org}/one-on-ones`}>Open your 1:1s</ButtonLink>
              <ButtonLink variant="secondary" href={`/${org}/recognition`}>
                Recognition
              </ButtonLink>
            </div>
          }
        >
          Managers see one line per report here: their last and next 1:1, recognition, open action items and milestones.
          Meanwhile, your own 1:1s and recognition are a click away.
        </EmptyState>
      </>
    );
  const [lines, byManager, byTeam, teams] = await Promise.all([
    scope === "direct" ? caller.dashboard.lines({ org, teamId }) : null,
    scope !== "direct" ? caller.dashboard.rollup({ org, scope, by: "manager", teamId }) : null,
    scope === "org" ? caller.dashboard.rollup({ org, scope: "org", by: "team", teamId }) : null,
    caller.dashboard.teams({ org, scope }),
  ]);
  return (
    <div className="space-y-8">
      {header}
      <div className="flex flex-wrap items-end gap-4">
        <nav aria-label="Whose numbers" className="flex flex-wrap gap-1">
          {overview.scopes.map((s) => (
            <Link
              key={s}
              href={href({ scope: s === "direct" ? undefined : s })}
              aria-current={s === scope ? "page" : undefined}
              className={cn(
                "rounded-md border px-3 py-1.5 text-sm",
                s === scope ? "border-brand bg-brand/10 font-medium" : "text-muted-foreground hover:text-foreground",
              )}
            >
              {SCOPE_LABEL[s]}
            </Link>
          ))}
        </nav>
        <nav aria-label="Period" className="flex gap-1">
          {([90, 30] as const).map((d) => (
            <Link
              key={d}
              href={href({ days: d === 90 ? undefined : "30" })}
              aria-current={d === days ? "page" : undefined}
              className={cn(
                "rounded-md border px-3 py-1.5 text-sm",
                d === days ? "border-brand bg-brand/10 font-medium" : "text-muted-foreground hover:text-foreground",
              )}
            >
              {d} days
            </Link>
          ))}
        </nav>
        <UrlFilters
          label="Filter the dashboard"
          className="w-full sm:w-64 sm:grid-cols-1"
          keep={{ scope: scope === "direct" ? undefined : scope, days: days === 90 ? undefined : "30" }}
          values={{ team: teamId }}
          filters={[{ key: "team", label: "Filter by team", options: teams, none: "All teams" }]}
        />
      </div>
      <Kpis overview={overview} />
      {lines ? (
        <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_20rem]">
          <section aria-labelledby="reports-title" className="min-w-0 space-y-3">
            <h2 id="reports-title" className="font-semibold text-lg">
              Your reports
            </h2>
            {lines.lines.length ? (
              <ReportLines org={org} zone={lines.zone} lines={lines.lines} />
            ) : (
              <p className="rounded-xl border bg-surface p-4 text-muted-foreground text-sm">
                Nobody who reports to you is in this team.
              </p>
            )}
          </section>
          <ThisWeek org={org} zone={lines.zone} week={lines.thisWeek} />
        </div>
      ) : null}
      {byManager ? <RollupTable title="By manager" rollup={byManager} zone={overview.zone} /> : null}
      {byTeam ? <RollupTable title="By team" rollup={byTeam} zone={overview.zone} /> : null}
      <DashboardCharts weekly={overview.weekly} quarters={overview.quarters} spans={overview.spans} />
    </div>
  );
}

function Kpis({ overview }: { overview: Overview }) {
  return (
    <section aria-labelledby="kpi-title">
      <h2 id="kpi-title" className="sr-only">
        Key numbers, last {overview.days} days, for {overview.people} people
      </h2>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-6">
        {overview.kpis.map((k) => {
          const change = formatChange(k.value, k.previous, k.format);
          const better =
            k.value !== null && k.previous !== null && k.value !== k.previous
              ? k.value > k.previous === k.higherIsBetter
              : null;
          return (
            <li key={k.key} className="rounded-xl border bg-surface p-4">
              <p className="text-muted-foreground text-sm">{k.label}</p>
              <p className="font-semibold text-2xl tabular-nums">{formatKpi(k.value, k.format)}</p>
              <p
                className={cn(
                  "text-xs",
                  better === true && "text-success-subtle-foreground",
                  better === false && "text-danger-subtle-foreground",
                  better === null && "text-muted-foreground",
                )}
              >
                {change ? `${change} vs the previous ${overview.days} days` : "no earlier numbers"}
              </p>
              <p className="mt-1 text-muted-foreground text-xs">{k.detail}</p>
            </li>
          );
        })}
      </ul>
      {overview.asOf ? (
        <p className="mt-2 text-muted-foreground text-xs">
          Whole-organization numbers as of {savedLabel(overview.asOf, overview.zone)} (refreshed every 10 minutes).
        </p>
      ) : null}
    </section>
  );
}
