"use client";
// One line per direct report: health in words (never colour alone), the last and next 1:1, the
// last touch, recognition both ways, open action items, the next milestone, the latest competency
// levels as a strip, and the actions that fix what the line says (a new 1:1, recognise them, apply
// the cadence advisor's suggestion). Lines stack into cards at phone width.
import { useMutation } from "@tanstack/react-query";
import { AlertTriangle, CheckCircle2, Lightbulb, OctagonAlert } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useTRPC } from "@/app/_components/trpc-provider";
import { AdHocDialog } from "@/app/(app)/[org]/one-on-ones/_components/ad-hoc-dialog";
import { whenLabel } from "@/components/format/dates";
import { openComposer } from "@/components/recognition/compose";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { shortDay } from "./days";
import type { Line } from "./types";

const HEALTH = {
  green: { label: "On track", variant: "success", icon: CheckCircle2 },
  amber: { label: "Needs attention", variant: "warning", icon: AlertTriangle },
  red: { label: "At risk", variant: "danger", icon: OctagonAlert },
} as const;

const TOUCH = { ONE_ON_ONE: "1:1", RECOGNITION: "recognition", NOTE: "shared note" } as const;

const ago = (at: Date | null, now: number) => {
  if (!at) return "never";
  const d = Math.floor((now - at.getTime()) / 86_400_000);
  return d === 0 ? "today" : d === 1 ? "yesterday" : `${d} days ago`;
};

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-muted-foreground text-xs">{label}</dt>
      <dd className="break-words text-sm">{children}</dd>
    </div>
  );
}

export function ReportLines(props: { org: string; zone: string; lines: Line[] }) {
  const now = Date.now();
  return (
    <ul aria-label="Your direct reports" className="divide-y divide-border rounded-xl border bg-surface">
      {props.lines.map((l) => (
        <ReportLine key={l.id} {...props} line={l} now={now} />
      ))}
    </ul>
  );
}

function ReportLine({ org, zone, line: l, now }: { org: string; zone: string; line: Line; now: number }) {
  const h = HEALTH[l.health];
  const trpc = useTRPC();
  const router = useRouter();
  const apply = useMutation(
    trpc.dashboard.applyAdvice.mutationOptions({
      onSuccess: (r) => {
        toast.success(`1:1s with ${l.name}: ${r.summary.toLowerCase()} from now on`);
        router.refresh();
      },
      onError: (e) => toast.error(e.message),
    }),
  );
  return (
    <li className="space-y-3 p-4" aria-labelledby={`line-${l.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <Link
            id={`line-${l.id}`}
            href={`/${org}/people/${l.id}`}
            className="font-medium underline-offset-4 hover:underline"
          >
            {l.name}
          </Link>
          {l.title ? <p className="text-muted-foreground text-sm">{l.title}</p> : null}
        </div>
        <Badge variant={h.variant} className="gap-1">
          <h.icon aria-hidden className="size-3.5" />
          {h.label}
        </Badge>
      </div>
      <p className={cn("text-sm", l.health === "green" ? "text-muted-foreground" : "text-foreground")}>
        {l.reasons.length ? l.reasons.join("; ") : "On track: regular 1:1s, recent recognition, promises kept."}
      </p>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-3 lg:grid-cols-4">
        <Fact label="Last 1:1">{ago(l.lastHeldAt, now)}</Fact>
        <Fact label="Next 1:1">
          {l.next ? (
            <Link href={`/${org}/one-on-ones/${l.next.id}`} className="text-brand underline-offset-4 hover:underline">
              {whenLabel(l.next.startsAt, zone)}
            </Link>
          ) : l.cadence?.paused ? (
            "paused"
          ) : (
            "none scheduled"
          )}
        </Fact>
        <Fact label="Last touch">
          {l.lastTouch ? `${ago(l.lastTouch.at, now)} (${TOUCH[l.lastTouch.kind]})` : "never"}
        </Fact>
        <Fact label="Recognised">{ago(l.lastReceivedAt, now)}</Fact>
        <Fact label="Gave recognition">{ago(l.lastGivenAt, now)}</Fact>
        <Fact label="Open action items">
          {l.openItems}
          {l.overdueItems ? ` (${l.overdueItems} overdue)` : ""}
        </Fact>
        <Fact label="Next milestone">
          {l.nextMilestone ? `${l.nextMilestone.title}, ${shortDay(l.nextMilestone.date)}` : "none in 14 days"}
        </Fact>
        <Fact label="1:1 rhythm">{l.cadence ? l.cadence.summary : "no cadence"}</Fact>
        <div className="col-span-2 min-w-0 sm:col-span-3 lg:col-span-4">
          <dt className="text-muted-foreground text-xs">Latest competency levels</dt>
          <dd>
            {l.levels.length ? (
              <ul className="flex flex-wrap gap-1" aria-label={`Competency levels of ${l.name}`}>
                {l.levels.map((v) => (
                  <li
                    key={v.competencyId}
                    title={`${v.name}: ${v.label}${v.stale ? " (over 90 days old)" : ""}`}
                    className={cn(
                      "rounded border px-1.5 text-xs tabular-nums",
                      v.stale ? "border-dashed text-muted-foreground" : "bg-muted",
                    )}
                  >
                    <span className="sr-only">{`${v.name}: ${v.label}${v.stale ? ", over 90 days old" : ""}, `}</span>
                    <span aria-hidden>
                      {v.name.slice(0, 12)} {v.rating}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <span className="text-muted-foreground text-sm">not reviewed yet</span>
            )}
          </dd>
        </div>
      </dl>
      {l.advice ? (
        <div className="flex flex-wrap items-center gap-2 rounded-lg bg-muted px-3 py-2 text-sm">
          <Lightbulb aria-hidden className="size-4 shrink-0 text-brand" />
          <p className="min-w-0 flex-1">
            <span className="font-medium">Suggested rhythm: {l.advice.summary}.</span> {l.advice.reason}.
          </p>
          <Button
            size="sm"
            variant="secondary"
            loading={apply.isPending}
            onClick={() => apply.mutate({ org, reportId: l.id })}
          >
            Apply<span className="sr-only"> the suggestion for {l.name}</span>
          </Button>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <AdHocDialog
          org={org}
          zone={zone}
          pair={{ withId: l.id, withName: l.name, withTimeZone: l.timeZone }}
          onCreated={() => router.refresh()}
        />
        <Button size="sm" variant="ghost" onClick={() => openComposer({ recipients: [{ id: l.id, name: l.name }] })}>
          Recognise<span className="sr-only"> {l.name}</span>
        </Button>
      </div>
    </li>
  );
}
