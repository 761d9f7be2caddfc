"use client";
// Held vs scheduled 1:1s per manager, 30 or 90 days. Numbers only: the procedure reads no content,
// and nothing here links to a meeting. HR admins get the whole org from a rollup refreshed every 10
// minutes (so the copy says how fresh it is); managers their own subtree, live.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ChevronRight } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "@/app/_components/trpc-provider";
import { time } from "@/components/format/dates";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { Adherence } from "./types";

type Days = 30 | 90;

export function AdherenceSection({ org, zone, isAdmin }: { org: string; zone: string; isAdmin: boolean }) {
  const trpc = useTRPC();
  const [days, setDays] = useState<Days>(30);
  const query = useQuery({
    ...trpc.oneOnOnes.adherence.queryOptions({ org, days }),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  // Nobody to report on (an employee without reports): no section at all.
  if (days === 30 && data && data.managers.length === 0) return null;

  return (
    <section aria-labelledby="adherence-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="adherence-heading" className="font-semibold text-lg">
            1:1 adherence
          </h2>
          <p className="max-w-2xl text-muted-foreground text-sm">
            {isAdmin
              ? `Held vs scheduled 1:1s for every manager in the organization, refreshed every 10 minutes${
                  data?.asOf ? ` (as of ${time(data.asOf, zone)})` : ""
                }. Numbers only — HR never sees 1:1 content.`
              : "Held vs scheduled 1:1s for you and the managers in your team."}
          </p>
        </div>
        <fieldset className="inline-flex rounded-md border bg-surface p-0.5">
          <legend className="sr-only">Period</legend>
          {([30, 90] as const).map((d) => (
            <Button
              key={d}
              size="sm"
              variant={d === days ? "primary" : "ghost"}
              aria-pressed={d === days}
              onClick={() => setDays(d)}
            >
              {d} days
            </Button>
          ))}
        </fieldset>
      </div>
      {query.isError && !data ? (
        <p role="alert" className="text-danger-subtle-foreground text-sm">
          Could not load adherence: {query.error.message}
        </p>
      ) : !data ? (
        <p className="text-muted-foreground text-sm">Loading…</p>
      ) : data.managers.length === 0 ? (
        <p className="rounded-lg border border-dashed px-4 py-6 text-center text-muted-foreground text-sm">
          No 1:1s were scheduled in the last {days} days.
        </p>
      ) : (
        <ul
          aria-label={`Adherence per manager, last ${data.days} days`}
          aria-busy={query.isFetching || undefined}
          className={cn("divide-y divide-border rounded-xl border bg-surface", query.isPlaceholderData && "opacity-60")}
        >
          {data.managers.map((m) => (
            <ManagerAdherence
              key={m.managerId}
              manager={m}
              pairs={data.pairs.filter((p) => p.managerId === m.managerId)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

type Counts = { held: number; scheduled: number; rate: number };

function ManagerAdherence({ manager, pairs }: { manager: Adherence["managers"][number]; pairs: Adherence["pairs"] }) {
  return (
    <li>
      <details className="group">
        <summary className="flex cursor-pointer list-none items-center gap-3 px-4 py-3 hover:bg-muted focus-visible:bg-muted [&::-webkit-details-marker]:hidden">
          <ChevronRight
            aria-hidden
            className="size-4 shrink-0 text-muted-foreground transition-transform group-open:rotate-90"
          />
          <span className="min-w-0 flex-1 truncate font-medium">{manager.name}</span>
          <span className="hidden text-muted-foreground text-sm sm:inline">
            {manager.pairs} {manager.pairs === 1 ? "report" : "reports"}
          </span>
          <Rate counts={manager} />
        </summary>
        <ul aria-label={`${manager.name}'s reports`} className="space-y-2 border-t bg-muted/40 px-4 py-3 pl-11">
          {pairs.map((p) => (
            <li key={p.reportId} className="flex items-center gap-3 text-sm">
              <span className="min-w-0 flex-1 truncate">{p.reportName}</span>
              <Rate counts={p} />
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/** "3 of 4 held · 75%" with a bar; the text carries the meaning, the bar only repeats it. */
function Rate({ counts }: { counts: Counts }) {
  const pct = Math.round(counts.rate * 100);
  const tone = pct >= 80 ? "bg-success" : pct >= 50 ? "bg-warning" : "bg-danger";
  return (
    <span className="flex shrink-0 items-center gap-3 text-sm">
      <span className="tabular-nums">
        {counts.held} of {counts.scheduled} held · <span className="font-semibold">{pct}%</span>
      </span>
      <span aria-hidden className="hidden h-2 w-24 overflow-hidden rounded-full bg-muted sm:block">
        <span className={cn("block h-full rounded-full", tone)} style={{ width: `${pct}%` }} />
      </span>
    </span>
  );
}
