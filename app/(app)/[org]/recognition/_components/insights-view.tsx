// Recognition insights for a manager's subtree or (HR) the org: counts only, never messages. People
// are listed by name, never ranked: a leaderboard would turn thanks into a popularity contest.
import { ChartFrame } from "@/components/charts/chart-frame";
import { WeeklyBars } from "@/components/charts/lazy";
import { dayLabel } from "@/components/format/dates";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { TInsights } from "@/server/modules/recognition/recognition.schema";
import { RecogniseButton } from "./recognise-button";

type Props = { insights: TInsights; days: number; staleDays: number; zone: string };

const pct = (x: number) => `${Math.round(x * 100)}%`;
const weekLabel = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

function Stat({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="rounded-lg border bg-surface p-4 shadow-card">
      <p className="text-muted-foreground text-sm">{label}</p>
      <p className="mt-1 font-semibold text-2xl tabular-nums">{value}</p>
      <p className="mt-1 text-muted-foreground text-xs">{detail}</p>
    </div>
  );
}

export function InsightsView({ insights, days, staleDays, zone }: Props) {
  const n = insights.people.length;
  const active = Math.round(insights.participation * n);
  const week = insights.weekly.map((w) => ({ label: weekLabel(w.week), ...w }));
  const received = insights.weekly.reduce((s, w) => s + w.received, 0);
  return (
    <div className="space-y-6">
      <div className="grid gap-3 sm:grid-cols-3">
        <Stat
          label="Participation"
          value={pct(insights.participation)}
          detail={`${active} of ${n} people gave or received recognition in ${days} days`}
        />
        <Stat
          label="One-way pairs"
          value={pct(insights.oneWayShare)}
          detail={`${insights.oneWayPairs.length} pairs where thanks went one way only`}
        />
        <Stat
          label={`Not recognised in ${staleDays} days`}
          value={String(insights.notRecognised.length)}
          detail="The research target is every 7 days"
        />
      </div>

      <Card>
        <CardContent className="pt-6">
          <ChartFrame
            title="Recognition per week"
            subject="recognition per week"
            summary={`Recognition per week over ${days} days: ${received} received by the people in scope.`}
            table={
              <table className="w-full text-sm">
                <caption className="sr-only">Recognition per week</caption>
                <thead>
                  <tr className="text-left text-muted-foreground">
                    <th scope="col" className="py-1 pr-4 font-medium">
                      Week of
                    </th>
                    <th scope="col" className="py-1 pr-4 font-medium">
                      Received
                    </th>
                    <th scope="col" className="py-1 font-medium">
                      Given
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {week.map((w) => (
                    <tr key={w.week} className="border-t">
                      <th scope="row" className="py-1 pr-4 text-left font-normal">
                        {w.label}
                      </th>
                      <td className="py-1 pr-4 tabular-nums">{w.received}</td>
                      <td className="py-1 tabular-nums">{w.given}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          >
            <WeeklyBars data={week} />
          </ChartFrame>
        </CardContent>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Not recognised in {staleDays} days</CardTitle>
            <CardDescription>Small, specific thanks, often: who has gone longest without any.</CardDescription>
          </CardHeader>
          <CardContent>
            {insights.notRecognised.length === 0 ? (
              <p className="text-muted-foreground text-sm">
                Everyone in scope was recognised in the last {staleDays} days.
              </p>
            ) : (
              <ul className="divide-y text-sm" aria-label={`Not recognised in ${staleDays} days`}>
                {insights.notRecognised.map((p) => (
                  <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      {p.name}
                      <span className="text-muted-foreground">
                        {" "}
                        · {p.lastReceivedAt ? `last on ${dayLabel(p.lastReceivedAt, zone)}` : "never recognised"}
                      </span>
                    </span>
                    <RecogniseButton
                      size="sm"
                      variant="secondary"
                      prefill={{ recipients: [{ id: p.id, name: p.name }] }}
                    >
                      Recognise<span className="sr-only"> {p.name}</span>
                    </RecogniseButton>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>One-way pairs</CardTitle>
            <CardDescription>
              One thanked the other in {days} days, never the other way round. Reciprocity builds trust.
            </CardDescription>
          </CardHeader>
          <CardContent>
            {insights.oneWayPairs.length === 0 ? (
              <p className="text-muted-foreground text-sm">No one-way pairs: thanks flows both ways.</p>
            ) : (
              <ul className="divide-y text-sm" aria-label="One-way pairs">
                {insights.oneWayPairs.map((p) => (
                  <li key={`${p.giver.id} ${p.recipient.id}`} className="py-2">
                    {p.giver.name} → {p.recipient.name}{" "}
                    <span className="text-muted-foreground">
                      ×{p.count} · {p.recipient.name} has not thanked {p.giver.name}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Given and received</CardTitle>
          <CardDescription>By name, over {days} days. Balance matters more than totals.</CardDescription>
        </CardHeader>
        <CardContent className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Recognition given and received per person</caption>
            <thead>
              <tr className="text-left text-muted-foreground">
                <th scope="col" className="py-1 pr-4 font-medium">
                  Person
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  Given
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  Received
                </th>
                <th scope="col" className="py-1 font-medium">
                  Given : received
                </th>
              </tr>
            </thead>
            <tbody>
              {insights.people.map((p) => (
                <tr key={p.id} className="border-t">
                  <th scope="row" className="py-1.5 pr-4 text-left font-normal">
                    {p.name}
                  </th>
                  <td className="py-1.5 pr-4 tabular-nums">{p.given}</td>
                  <td className="py-1.5 pr-4 tabular-nums">{p.received}</td>
                  <td className="py-1.5 tabular-nums">
                    {p.given}:{p.received}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </CardContent>
      </Card>
    </div>
  );
}
