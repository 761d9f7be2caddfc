// The team heatmap: people × competencies, the latest shared level of each as colour plus text,
// stale levels (over 90 days) marked, coverage per competency over everyone matching the filters.
// Managers see their subtree, HR admins the org; levels only, never evidence. Keyset-paged.
import { TRPCError } from "@trpc/server";
import { Clock, Grid3x3, Target } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { LevelPill } from "@/components/competencies/level";
import { shortDate } from "@/components/format/dates";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { decodeCursor, encodeCursor } from "@/server/api/cursor";
import { api, currentUser, orNotFound } from "@/server/api/rsc";
import { HeatmapFilters } from "./heatmap-filters";

export const metadata: Metadata = { title: "Team competencies" };

type Search = { framework?: string; team?: string; manager?: string; after?: string; before?: string };
type Props = { params: Promise<{ org: string }>; searchParams: Promise<Search> };

export default async function TeamCompetenciesPage({ params, searchParams }: Props) {
  const { org } = await params;
  const sp = await searchParams;
  const caller = await api();
  const before = decodeCursor(sp.before);
  const after = decodeCursor(sp.after);
  const input = {
    org,
    frameworkId: sp.framework || undefined,
    teamId: sp.team || undefined,
    managerId: sp.manager || undefined,
    cursor: before ?? after,
    direction: before ? ("backward" as const) : ("forward" as const),
  };
  const header = (
    <PageHeader
      title="Team competencies"
      description="The latest shared level of each competency, for the people below you (HR admins: everyone). Levels only: evidence stays with each pair."
    />
  );
  const heatmap = await orNotFound(caller.competencies.heatmap(input)).catch((e: unknown) => {
    if (e instanceof TRPCError && e.code === "FORBIDDEN") return null;
    throw e;
  });
  if (!heatmap) {
    return (
      <div className="space-y-6">
        {header}
        <EmptyState
          icon={Grid3x3}
          title="For managers and HR admins"
          action={
            <ButtonLink href={`/${org}/competencies`} variant="secondary">
              Read the frameworks
            </ButtonLink>
          }
        >
          The team view shows the people who report to you, and no one does yet. Your own levels are on your profile.
        </EmptyState>
      </div>
    );
  }
  const [teams, user] = await Promise.all([caller.people.teams({ org }), currentUser()]);
  const zone = user?.orgs.find((o) => o.slug === org)?.myTimeZone ?? "UTC";
  const levels = heatmap.framework?.scale.length ?? 4;
  const filters = { framework: sp.framework, team: sp.team, manager: sp.manager };
  const href = (extra: Record<string, string>) => {
    const qs = new URLSearchParams(
      Object.entries({ ...filters, ...extra }).filter((e): e is [string, string] => !!e[1]),
    );
    return `/${org}/competencies/team${qs.size ? `?${qs}` : ""}`;
  };
  const coverage = new Map(heatmap.coverage.map((c) => [c.competencyId, c]));

  return (
    <div className="space-y-6">
      {header}
      {heatmap.framework === null ? (
        <EmptyState
          icon={Target}
          title="No framework yet"
          action={
            <ButtonLink href={`/${org}/competencies`} variant="secondary">
              Competencies
            </ButtonLink>
          }
        >
          Once an HR admin installs a competency framework and managers review it in 1:1s, each person's levels show
          here.
        </EmptyState>
      ) : (
        <>
          <HeatmapFilters
            frameworks={heatmap.frameworks}
            teams={teams}
            managers={heatmap.managers}
            values={{ ...filters, framework: sp.framework || heatmap.framework.id }}
          />
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-muted-foreground">Levels:</span>
            {heatmap.framework.scale.map((l) => (
              <LevelPill key={l.value} rating={l.value} label={l.label} levels={levels} />
            ))}
            <span className="inline-flex items-center gap-1 text-muted-foreground">
              <Clock aria-hidden className="size-3.5" /> not reviewed in {heatmap.staleDays} days
            </span>
          </div>
          {heatmap.total === 0 ? (
            <EmptyState icon={Grid3x3} title="No one matches" headingLevel="h2">
              Nobody in these filters is rated on {heatmap.framework.name}. Try another team, manager or framework.
            </EmptyState>
          ) : (
            <Card>
              <CardContent className="relative overflow-x-auto p-0">
                <table className="w-full border-collapse text-sm">
                  <caption className="sr-only">
                    Latest level per person and competency, {heatmap.framework.name}
                  </caption>
                  <thead>
                    <tr className="border-b">
                      <th
                        scope="col"
                        className="sticky left-0 z-10 min-w-40 bg-surface px-3 py-2 text-left font-medium"
                      >
                        Person
                      </th>
                      {heatmap.competencies.map((c) => (
                        <th key={c.id} scope="col" className="min-w-28 px-2 py-2 text-left align-bottom font-medium">
                          {c.name}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {heatmap.rows.map((r) => (
                      <tr key={r.id} className="border-b">
                        <th
                          scope="row"
                          className="sticky left-0 z-10 min-w-40 bg-surface px-3 py-2 text-left font-normal"
                        >
                          <Link
                            href={`/${org}/people/${r.id}/competencies`}
                            className="font-medium underline decoration-brand/40 underline-offset-4 hover:decoration-brand"
                          >
                            {r.name}
                          </Link>
                          <span className="block text-muted-foreground text-xs">
                            {[r.title, r.team].filter(Boolean).join(" · ")}
                          </span>
                        </th>
                        {r.cells.map((cell) => (
                          <td key={cell.competencyId} className="px-2 py-2 align-top">
                            {cell.rating !== null && cell.label !== null && cell.at ? (
                              <span
                                title={`Shared ${shortDate(cell.at, zone)}`}
                                className="inline-flex flex-col gap-0.5"
                              >
                                <LevelPill
                                  rating={cell.rating}
                                  label={cell.label}
                                  levels={levels}
                                  className={cell.stale ? "outline-1 outline-dashed outline-warning" : undefined}
                                />
                                {cell.stale && (
                                  <span className="inline-flex items-center gap-1 text-muted-foreground text-xs">
                                    <Clock aria-hidden className="size-3" />
                                    {shortDate(cell.at, zone)}
                                    <span className="sr-only">, not reviewed in {heatmap.staleDays} days</span>
                                  </span>
                                )}
                              </span>
                            ) : (
                              <span className="text-muted-foreground text-xs">
                                <span aria-hidden>—</span>
                                <span className="sr-only">Not reviewed</span>
                              </span>
                            )}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row" className="sticky left-0 z-10 bg-surface px-3 py-2 text-left font-medium">
                        Coverage <span className="font-normal text-muted-foreground">({heatmap.total} people)</span>
                      </th>
                      {heatmap.competencies.map((c) => {
                        const cov = coverage.get(c.id);
                        return (
                          <td key={c.id} className="px-2 py-2 align-top text-xs">
                            <span className="block font-medium">
                              {cov?.fresh ?? 0} of {heatmap.total} current
                            </span>
                            <span className="block text-muted-foreground">
                              {cov?.average != null ? `average ${cov.average.toFixed(1)}` : "no ratings"}
                            </span>
                          </td>
                        );
                      })}
                    </tr>
                  </tfoot>
                </table>
              </CardContent>
            </Card>
          )}
          <Pagination
            page={1}
            label="Heatmap pages"
            summary={`${heatmap.total} ${heatmap.total === 1 ? "person" : "people"}`}
            prevHref={heatmap.prevCursor ? href({ before: encodeCursor(heatmap.prevCursor) }) : null}
            nextHref={heatmap.nextCursor ? href({ after: encodeCursor(heatmap.nextCursor) }) : null}
          />
        </>
      )}
    </div>
  );
}
