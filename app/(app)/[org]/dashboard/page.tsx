// The manager dashboard, where people land after sign-in: whose working relationships need
// attention this week. KPI cards with the change over the previous period, one line per direct
// report (or the subtree / the org rolled up by manager and team), "this week", and the trends.
import { TRPCError } from "@trpc/server";
import { LayoutDashboard } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { relativeDay, savedLabel, whenLabel } from "@/components/format/dates";
import { ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { UrlFilters } from "@/components/ui/url-filters";
import { api, myMembership, orNotFound } from "@/server/api/rsc";
import { DashboardCharts } from "./_components/dashboard-charts";
import { shortDay } from "./_components/days";
import { formatChange, formatKpi } from "./_components/numbers";
import { ReportLines } from "./_components/report-lines";
import type { Overview, Rollup } from "./_components/types";

export const metadata: Metadata = { title: "Dashboard" };

type Search = { scope?: string; days?: string; team?: string };
type Props = { params: Promise<{ org: string }>; searchParams: Promise<Search> };

const SCOPE_LABEL = { direct: "Direct reports", subtree: "Whole team", org: "Organization" } as const;
type Scope = keyof typeof SCOPE_LABEL;

export default async function DashboardPage({ params, searchParams }: Props) {
  const { org } = await params;
  const sp = await searchParams;
  const caller = await api();
  const me = await myMembership(org);
  const days = sp.days === "30" ? 30 : 90;
  const wanted: Scope = sp.scope === "subtree" || sp.scope === "org" ? sp.scope : "direct";
  const teamId = sp.team || undefined;
  // An HR admin with no reports lands on the organization view.
  const first = await orNotFound(
    caller.dashboard.overview({
      org,
      scope: wanted === "org" && me.role !== "ADMIN" ? "direct" : wanted,
      days,
      teamId,
    }),
  );
  const overview =
    first.mode === "member" || first.scopes.includes(first.scope) || !first.scopes.includes("org")
      ? first
      : await caller.dashboard.overview({ org, scope: "org", days, teamId });
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
    caller.people.teams({ org }).catch((e: unknown) => {
      if (e instanceof TRPCError) return [];
      throw e;
    }),
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
    </section>
  );
}

type Week = NonNullable<Awaited<ReturnType<Awaited<ReturnType<typeof api>>["dashboard"]["lines"]>>>["thisWeek"];

function ThisWeek({ org, zone, week }: { org: string; zone: string; week: Week }) {
  const block = (title: string, empty: string, items: { key: string; node: React.ReactNode }[]) => (
    <div className="space-y-1">
      <h3 className="font-medium text-sm">{title}</h3>
      {items.length ? (
        <ul className="space-y-1 text-sm">
          {items.map((i) => (
            <li key={i.key}>{i.node}</li>
          ))}
        </ul>
      ) : (
        <p className="text-muted-foreground text-sm">{empty}</p>
      )}
    </div>
  );
  const link = "text-brand underline-offset-4 hover:underline";
  return (
    <section aria-labelledby="week-title" className="space-y-4 rounded-xl border bg-surface p-4">
      <h2 id="week-title" className="font-semibold text-lg">
        This week
      </h2>
      {block(
        "1:1s to prepare",
        "No 1:1s in the next 7 days.",
        week.prepare.map((m) => ({
          key: m.id,
          node: (
            <Link className={link} href={`/${org}/one-on-ones/${m.id}`}>
              {m.withName}, {whenLabel(m.startsAt, zone)}
            </Link>
          ),
        })),
      )}
      {block(
        "Overdue 1:1s",
        "Every pair is on rhythm.",
        week.overdue.map((p) => ({
          key: p.id,
          node: (
            <Link className={link} href={p.nextId ? `/${org}/one-on-ones/${p.nextId}` : `/${org}/one-on-ones`}>
              {p.name}: {p.lastHeldAt ? `last held ${relativeDay(p.lastHeldAt, zone)}` : "never held"}
            </Link>
          ),
        })),
      )}
      {block(
        "Milestones in 14 days",
        "No birthdays, anniversaries or milestones coming up.",
        week.milestones.map((e) => ({
          key: e.id,
          node: (
            <Link className={link} href={`/${org}/calendar?month=${e.date.slice(0, 7)}&day=${e.date}`}>
              {e.title}, {shortDay(e.date)}
            </Link>
          ),
        })),
      )}
      {block(
        "Not recognised lately",
        "Everyone was recognised in the last 30 days.",
        week.notRecognised.map((p) => ({
          key: p.id,
          node: (
            <Link className={link} href={`/${org}/people/${p.id}`}>
              {p.name}: {p.lastReceivedAt ? `last ${savedLabel(p.lastReceivedAt, zone)}` : "never recognised"}
            </Link>
          ),
        })),
      )}
    </section>
  );
}

function RollupTable({ title, rollup, zone }: { title: string; rollup: Rollup; zone: string }) {
  const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);
  return (
    <section aria-labelledby={`rollup-${rollup.by}`} className="space-y-2">
      <h2 id={`rollup-${rollup.by}`} className="font-semibold text-lg">
        {title}
      </h2>
      <p className="text-muted-foreground text-sm">
        Lowest 1:1 adherence first
        {rollup.total > rollup.lines.length ? `; showing ${rollup.lines.length} of ${rollup.total}` : ""}.{" "}
        {rollup.asOf
          ? `Adherence as of ${savedLabel(rollup.asOf, zone)} (refreshed every 10 minutes).`
          : "Adherence computed live."}
      </p>
      <div className="overflow-x-auto rounded-xl border bg-surface">
        <table className="w-full text-sm">
          <caption className="sr-only">{`${title}: people, 1:1 adherence over 90 days, recognition coverage over 30 days`}</caption>
          <thead>
            <tr className="text-left text-muted-foreground">
              <th scope="col" className="px-4 py-2 font-medium">
                {rollup.by === "manager" ? "Manager" : "Team"}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                People
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                1:1 adherence
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                Recognised in 30 days
              </th>
            </tr>
          </thead>
          <tbody>
            {rollup.lines.map((l) => (
              <tr key={l.id} className="border-t">
                <th scope="row" className="px-4 py-2 text-left font-normal">
                  {l.name}
                  {l.team ? <span className="block text-muted-foreground text-xs">{l.team}</span> : null}
                </th>
                <td className="px-4 py-2 tabular-nums">{l.people}</td>
                <td className="px-4 py-2 tabular-nums">
                  {pct(l.adherence)}{" "}
                  <span className="text-muted-foreground text-xs">
                    ({l.held}/{l.scheduled})
                  </span>
                </td>
                <td className="px-4 py-2 tabular-nums">{pct(l.coverage)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
