"use client";
// The dashboard's charts, each with "Show as table" (the same numbers): 1:1s held vs scheduled
// per week, recognition given / received per week, the average competency level per quarter, and
// span of control. Recharts loads lazily (components/charts/lazy.tsx).
import { ChartFrame } from "@/components/charts/chart-frame";
import { SeriesBars } from "@/components/charts/lazy";
import { shortDay } from "./days";

type Props = {
  weekly: { week: string; scheduled: number; held: number; given: number; received: number }[];
  quarters: { quarter: string; average: number; reviews: number }[];
  spans: { bucket: string; managers: number }[];
};

function NumbersTable(props: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{props.caption}</caption>
      <thead>
        <tr className="text-left text-muted-foreground">
          {props.head.map((h) => (
            <th key={h} scope="col" className="py-1 pr-4 font-medium">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={String(r[0])} className="border-t">
            {r.map((c, i) =>
              i === 0 ? (
                <th key={`${r[0]}-h`} scope="row" className="py-1 pr-4 text-left font-normal">
                  {c}
                </th>
              ) : (
                <td key={`${r[0]}-${props.head[i]}`} className="py-1 pr-4 tabular-nums">
                  {c}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DashboardCharts({ weekly, quarters, spans }: Props) {
  const weeks = weekly.map((w) => ({ ...w, label: shortDay(w.week) }));
  const held = weekly.reduce((n, w) => n + w.held, 0);
  const scheduled = weekly.reduce((n, w) => n + w.scheduled, 0);
  return (
    <section aria-labelledby="charts-title" className="space-y-3">
      <h2 id="charts-title" className="font-semibold text-lg">
        Trends
      </h2>
      <div className="grid gap-6 lg:grid-cols-2">
        <ChartFrame
          className="rounded-xl border bg-surface p-4"
          title="1:1s held vs scheduled, per week"
          subject="1:1s per week"
          summary={`Over ${weekly.length} weeks, ${held} of ${scheduled} scheduled 1:1s were held.`}
          table={
            <NumbersTable
              caption="1:1s held and scheduled per week"
              head={["Week of", "Scheduled", "Held"]}
              rows={weeks.map((w) => [w.label, w.scheduled, w.held])}
            />
          }
        >
          <SeriesBars
            data={weeks}
            x="label"
            series={[
              { key: "scheduled", name: "Scheduled", color: "var(--muted-foreground)" },
              { key: "held", name: "Held", color: "var(--brand)" },
            ]}
          />
        </ChartFrame>
        <ChartFrame
          className="rounded-xl border bg-surface p-4"
          title="Recognition given and received, per week"
          subject="recognition per week"
          summary={`Over ${weekly.length} weeks, ${weekly.reduce((n, w) => n + w.received, 0)} received and ${weekly.reduce((n, w) => n + w.given, 0)} given.`}
          table={
            <NumbersTable
              caption="Recognition given and received per week"
              head={["Week of", "Received", "Given"]}
              rows={weeks.map((w) => [w.label, w.received, w.given])}
            />
          }
        >
          <SeriesBars
            data={weeks}
            x="label"
            series={[
              { key: "received", name: "Received", color: "var(--brand)" },
              { key: "given", name: "Given", color: "var(--accent)" },
            ]}
          />
        </ChartFrame>
        <ChartFrame
          className="rounded-xl border bg-surface p-4"
          title="Average competency level, per quarter"
          subject="competency level per quarter"
          summary={
            quarters.length
              ? `Average shared rating by quarter: ${quarters.map((q) => `${q.quarter} ${q.average}`).join(", ")}.`
              : "No shared competency reviews in the last four quarters."
          }
          table={
            <NumbersTable
              caption="Average competency level per quarter"
              head={["Quarter", "Average", "Reviews"]}
              rows={quarters.map((q) => [q.quarter, q.average, q.reviews])}
            />
          }
        >
          {quarters.length ? (
            <SeriesBars
              data={quarters}
              x="quarter"
              decimals
              series={[{ key: "average", name: "Average level", color: "var(--brand)" }]}
            />
          ) : (
            <p className="py-8 text-center text-muted-foreground text-sm">
              Share competency reviews in 1:1s and their levels show here.
            </p>
          )}
        </ChartFrame>
        <ChartFrame
          className="rounded-xl border bg-surface p-4"
          title="Span of control"
          subject="span of control"
          summary={`Managers by number of direct reports: ${spans.map((s) => `${s.bucket}: ${s.managers}`).join(", ")}.`}
          table={
            <NumbersTable
              caption="Managers by number of direct reports"
              head={["Direct reports", "Managers"]}
              rows={spans.map((s) => [s.bucket, s.managers])}
            />
          }
        >
          <SeriesBars data={spans} x="bucket" series={[{ key: "managers", name: "Managers", color: "var(--brand)" }]} />
        </ChartFrame>
      </div>
    </section>
  );
}
