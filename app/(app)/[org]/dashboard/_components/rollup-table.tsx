// Dashboard lines rolled up by manager or by team: people, 1:1 adherence over 90 days (from the
// rollup view when fresh, with its time) and recognition coverage over 30 days. Numbers only.
import { savedLabel } from "@/components/format/dates";
import type { Rollup } from "./types";

export function RollupTable({ title, rollup, zone }: { title: string; rollup: Rollup; zone: string }) {
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
