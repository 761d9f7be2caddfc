"use client";
// Who, when (the viewer's date and time in their profile zone, then the other participant's when
// their clock differs), status, and the actions.
import { CalendarDays, ChevronRight, Clock, Globe } from "lucide-react";
import Link from "next/link";
import { durationLabel, longDate, zoneCity } from "@/components/format/dates";
import { meetingTimeLabel } from "@/components/format/meeting-time";
import { Avatar } from "@/components/ui/avatar";
import { MeetingActions } from "./meeting-actions";
import { StatusBadges } from "./status-badges";
import type { Meeting } from "./types";
import { otherParticipant, usePageCtx } from "./use-meeting";

export function MeetingHeader({ data, now }: { data: Meeting; now: number }) {
  const { meeting, me, manager, report } = data;
  const { org, zone } = usePageCtx();
  const other = otherParticipant(data);
  const when = meetingTimeLabel({
    instant: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    viewerZone: zone,
    otherZone: other?.timeZone,
    otherName: other?.name,
    style: "time",
  });
  const title = other ? `1:1 with ${other.name}` : `1:1: ${manager.name} with ${report.name}`;
  return (
    <header className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-muted-foreground text-sm">
        <Link href={`/${org}/one-on-ones`} className="hover:text-foreground">
          1:1s
        </Link>
        <ChevronRight aria-hidden className="mx-1 inline size-3" />
        <span aria-current="page">{other ? other.name : `${manager.name} & ${report.name}`}</span>
      </nav>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex min-w-0 items-start gap-4">
          <Avatar name={(other ?? report).name} size="lg" decorative />
          <div className="min-w-0 space-y-1.5">
            <h1 className="font-semibold text-2xl tracking-tight">{title}</h1>
            <p className="text-muted-foreground text-sm">
              {other
                ? [other.title, me.role === "REPORT" ? "your manager" : "reports to you"].filter(Boolean).join(" · ")
                : null}
            </p>
            <StatusBadges meeting={meeting} />
          </div>
        </div>
        <MeetingActions meeting={meeting} now={now} />
      </div>
      <dl aria-label="When" className="grid gap-x-6 gap-y-1 text-sm sm:flex sm:flex-wrap">
        <div className="flex items-center gap-1.5">
          <dt>
            <CalendarDays aria-hidden className="size-4 text-muted-foreground" />
            <span className="sr-only">Date</span>
          </dt>
          <dd>{longDate(meeting.startsAt, zone)}</dd>
        </div>
        <div className="flex items-center gap-1.5">
          <dt>
            <Clock aria-hidden className="size-4 text-muted-foreground" />
            <span className="sr-only">Your time</span>
          </dt>
          <dd data-testid="viewer-time">
            {when.viewer}{" "}
            <span className="text-muted-foreground">
              your time ({zoneCity(zone)}) · {durationLabel(meeting.durationMinutes)}
            </span>
          </dd>
        </div>
        {other && when.other ? (
          <div className="flex items-center gap-1.5">
            <dt>
              <Globe aria-hidden className="size-4 text-muted-foreground" />
              <span className="sr-only">{other.name}’s time</span>
            </dt>
            <dd data-testid="other-time">{when.other}</dd>
          </div>
        ) : null}
      </dl>
    </header>
  );
}
