"use client";
// The person view's charts: now vs three months ago (radar) and each competency over time (lines),
// each with a table of the same numbers. The charts themselves load lazily (components/charts/lazy).
import { ChartFrame } from "@/components/charts/chart-frame";
import { LevelLine, LevelRadar } from "@/components/charts/lazy";
import { shortDate } from "@/components/format/dates";

type Point = { at: Date; rating: number; label: string };
export type Trend = {
  id: string;
  name: string;
  latest: (Point & { stale: boolean }) | null;
  before: Point | null;
  points: Point[];
};

const th = "px-2 py-1.5 text-left font-medium text-muted-foreground";
const td = "px-2 py-1.5";

export function LevelTrends(props: { trends: Trend[]; levels: number; zone: string; beforeLabel: string }) {
  const { trends, levels, zone } = props;
  const rated = trends.filter((t) => t.points.length > 0);
  // Not rated sits at the centre (0), so every axis has a value and the shape stays closed.
  const radar = trends.map((t) => ({ name: t.name, now: t.latest?.rating ?? 0, before: t.before?.rating ?? 0 }));
  const level = (p: Point | null) => (p ? `${p.label} (${p.rating})` : "Not rated");
  return (
    <div className="space-y-8">
      <ChartFrame
        title={`Now and ${props.beforeLabel}`}
        summary={`Radar chart of the latest level of ${trends.length} competencies, now and ${props.beforeLabel}, on a scale of 1 to ${levels} (0: not rated). The table lists every value.`}
        table={
          <table className="w-full text-sm">
            <caption className="sr-only">Levels now and {props.beforeLabel}</caption>
            <thead>
              <tr className="border-b">
                <th scope="col" className={th}>
                  Competency
                </th>
                <th scope="col" className={th}>
                  {props.beforeLabel}
                </th>
                <th scope="col" className={th}>
                  Now
                </th>
              </tr>
            </thead>
            <tbody>
              {trends.map((t) => (
                <tr key={t.id} className="border-b last:border-0">
                  <th scope="row" className={`${td} text-left font-normal`}>
                    {t.name}
                  </th>
                  <td className={td}>{level(t.before)}</td>
                  <td className={td}>{level(t.latest)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      >
        <LevelRadar data={radar} levels={levels} beforeLabel={props.beforeLabel} />
      </ChartFrame>

      <div className="grid gap-6 md:grid-cols-2">
        {rated.map((t) => (
          <ChartFrame
            key={t.id}
            subject={t.name}
            title={t.name}
            className="rounded-md border p-3"
            summary={`Line chart of ${t.name}: ${t.points.length} ${t.points.length === 1 ? "rating" : "ratings"}, latest ${t.latest ? `${t.latest.label} on ${shortDate(t.latest.at, zone)}` : "none"}.`}
            table={
              <table className="w-full text-sm" data-testid={`trend-table-${t.id}`}>
                <caption className="sr-only">{t.name} over time</caption>
                <thead>
                  <tr className="border-b">
                    <th scope="col" className={th}>
                      Shared
                    </th>
                    <th scope="col" className={th}>
                      Level
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {t.points.map((p) => (
                    <tr key={p.at.toISOString()} className="border-b last:border-0">
                      <td className={td}>{shortDate(p.at, zone)}</td>
                      <td className={td}>
                        {p.label} ({p.rating} of {levels})
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          >
            <LevelLine
              points={t.points.map((p) => ({ at: p.at.getTime(), rating: p.rating, label: p.label }))}
              levels={levels}
              zone={zone}
            />
          </ChartFrame>
        ))}
      </div>
    </div>
  );
}
