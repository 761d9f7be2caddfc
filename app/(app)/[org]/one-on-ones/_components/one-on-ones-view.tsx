"use client";
// The 1:1s overview: my reports (manager side), my manager (report side), upcoming and recent
// meetings, and adherence numbers. Data comes from the RSC prefetch, then stays live via the cache.
import { useQuery } from "@tanstack/react-query";
import { Lightbulb, MessagesSquare } from "lucide-react";
import { useTRPC } from "@/app/_components/trpc-provider";
import { zoneCity } from "@/components/format/dates";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { AdHocDialog } from "./ad-hoc-dialog";
import { AdherenceSection } from "./adherence-section";
import { cadenceText } from "./cadence-text";
import { MeetingList } from "./meeting-list";
import { PairFacts } from "./pair-facts";
import { PairName } from "./pair-name";
import { PhoneDetailsToggle, usePhoneDetails } from "./phone-details";
import { ReportRow } from "./report-row";
import type { PageCtx, Pair } from "./types";

/** Product default: above this many direct reports, suggest meeting every other week. */
const SPAN_OF_CONTROL = 10;

export function OneOnOnesView({ org, zone, isAdmin }: PageCtx & { isAdmin: boolean }) {
  const trpc = useTRPC();
  const mine = useQuery(trpc.oneOnOnes.mine.queryOptions({ org }));
  if (!mine.data) {
    return (
      <div role="alert" className="space-y-3 rounded-lg border border-danger/40 bg-danger-subtle p-4 text-sm">
        <p className="text-danger-subtle-foreground">
          Could not load your 1:1s{mine.error ? `: ${mine.error.message}` : "."}
        </p>
        <Button variant="secondary" size="sm" loading={mine.isFetching} onClick={() => void mine.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  const { pairs, upcoming, recent } = mine.data;
  const reports = pairs.filter((p) => p.myRole === "MANAGER");
  const managers = pairs.filter((p) => p.myRole === "REPORT");
  const ctx = { org, zone };

  return (
    <div className="space-y-10">
      {pairs.length === 0 ? (
        <NoPairs org={org} isAdmin={isAdmin} />
      ) : (
        <>
          {reports.length > 0 ? (
            <section aria-labelledby="reports-heading" className="space-y-3">
              <div>
                <h2 id="reports-heading" className="font-semibold text-lg">
                  My reports <span className="font-normal text-muted-foreground">({reports.length})</span>
                </h2>
                <p className="text-muted-foreground text-sm">
                  Overdue pairs come first: no 1:1 held for more than one and a half times their cadence.
                </p>
              </div>
              {reports.length > SPAN_OF_CONTROL ? <SpanHint count={reports.length} /> : null}
              <ul aria-label="My reports" className="divide-y divide-border rounded-xl border bg-surface">
                {reports.map((p) => (
                  <ReportRow key={p.reportId} {...ctx} pair={p} />
                ))}
              </ul>
            </section>
          ) : null}
          {managers.map((p) => (
            <MyManager key={p.managerId} {...ctx} pair={p} />
          ))}
          <div className="grid gap-8 lg:grid-cols-2">
            <MeetingList
              {...ctx}
              title="Upcoming"
              description={`The next 14 days, in your time zone (${zoneCity(zone)}).`}
              items={upcoming}
              empty="Nothing in the next 14 days. Meetings appear here once a cadence is set or a 1:1 is scheduled."
            />
            <MeetingList
              {...ctx}
              title="Recent"
              description="The last 30 days. A 1:1 counts as held when marked held or when it has notes, a checked point or an action item."
              items={recent}
              empty="No 1:1s in the last 30 days."
              recent
            />
          </div>
        </>
      )}
      <AdherenceSection org={org} zone={zone} isAdmin={isAdmin} />
    </div>
  );
}

function MyManager({ org, zone, pair }: PageCtx & { pair: Pair }) {
  const details = usePhoneDetails();
  return (
    <section aria-labelledby="manager-heading" className="space-y-3">
      <h2 id="manager-heading" className="font-semibold text-lg">
        With my manager
      </h2>
      <div className="flex flex-col gap-3 rounded-xl border bg-surface p-4 sm:gap-4 lg:flex-row lg:items-center">
        <div className="flex min-w-0 flex-1 items-start gap-3">
          <Avatar name={pair.withName} size="sm" decorative />
          <div className="min-w-0 flex-1 space-y-1">
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <PairName org={org} id={pair.withId} name={pair.withName} />
              {pair.cadenceStatus === "PAUSED" ? <Badge variant="warning">Paused</Badge> : null}
            </p>
            <div id={details.partId(0)} className={cn(details.part("block"), "space-y-1")}>
              {pair.withTitle ? <p className="text-muted-foreground text-sm">{pair.withTitle}</p> : null}
              <p className="text-sm" data-testid="cadence">
                {cadenceText(pair, zone) ?? "No cadence yet — your manager sets it."}
              </p>
            </div>
          </div>
          <PhoneDetailsToggle details={details} parts={2} label={`Cadence and actions for ${pair.withName}`} />
        </div>
        <div className="pl-11 lg:w-72 lg:pl-0">
          <PairFacts org={org} zone={zone} pair={pair} />
        </div>
        <div id={details.partId(1)} className={cn(details.part("block"), "pl-11 lg:pl-0")}>
          <AdHocDialog org={org} zone={zone} pair={pair} />
        </div>
      </div>
    </section>
  );
}

function SpanHint({ count }: { count: number }) {
  return (
    <p className="flex items-start gap-2 rounded-lg border border-accent-subtle bg-accent-subtle px-3 py-2 text-accent-subtle-foreground text-sm">
      <Lightbulb aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>
        With {count} reports, consider biweekly 1:1s: every other week keeps each conversation meaningful without
        filling your calendar. Use “Edit cadence” and pick “Every 2 weeks”.
      </span>
    </p>
  );
}

function NoPairs({ org, isAdmin }: { org: string; isAdmin: boolean }) {
  return (
    <EmptyState
      icon={MessagesSquare}
      title="No 1:1s yet"
      action={
        <ButtonLink href={`/${org}/people`} variant="secondary">
          {isAdmin ? "Set reporting lines in People" : "See who’s who in People"}
        </ButtonLink>
      }
    >
      <p>
        1:1s are regular, private conversations between a manager and each direct report: shared talking points, private
        notes only you can read, and action items that carry over until they are done.
      </p>
      <p className="mt-3">
        You don’t have a manager or direct reports here yet. As soon as a reporting line exists, a cadence is created
        from your organization’s default (weekly, 30 minutes), and the manager can change it on this page.
      </p>
    </EmptyState>
  );
}
