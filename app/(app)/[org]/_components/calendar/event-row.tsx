"use client";
// One calendar event: what it is, when (1:1s in the viewer's time first, the other person's when it
// differs), whether it shows only to the viewer's circle, and "Celebrate" for milestones, which opens
// the recognition composer prefilled.
import { Cake, Flag, Lock, MessagesSquare, PartyPopper, Star } from "lucide-react";
import Link from "next/link";
import { dayShort } from "@/components/format/calendar-days";
import { meetingTimeLabel } from "@/components/format/meeting-time";
import { openComposer } from "@/components/recognition/compose";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { CalendarEvent } from "./types";

const ICONS = { birthday: Cake, anniversary: Star, milestone: Flag, oneOnOne: MessagesSquare } as const;

/** The kind's icon, small (the grid's cells). */
export function KindIcon({ kind }: { kind: CalendarEvent["kind"] }) {
  const Icon = ICONS[kind];
  return (
    <Icon
      aria-hidden
      className={`size-3 shrink-0 ${kind === "oneOnOne" ? "text-muted-foreground" : "text-accent-subtle-foreground"}`}
    />
  );
}
const KIND = {
  birthday: "Birthday",
  anniversary: "Work anniversary",
  milestone: "Milestone",
  oneOnOne: "1:1",
} as const;

const firstName = (name: string) => name.split(" ")[0] ?? name;

/** What "Celebrate" writes for you to start from. */
export function celebrateMessage(e: CalendarEvent): string {
  const who = e.person ? firstName(e.person.name) : (e.team?.name ?? "team");
  if (e.kind === "birthday") return `Happy birthday, ${who}! 🎉`;
  if (e.kind === "anniversary")
    return `Happy ${e.years} ${e.years === 1 ? "year" : "years"} at work, ${who}! Thank you for `;
  return `Congratulations, ${who}: ${e.title}! `;
}

export function EventRow({ org, zone, event: e }: { org: string; zone: string; event: CalendarEvent }) {
  const Icon = ICONS[e.kind];
  const time =
    e.kind === "oneOnOne" && e.startsAt
      ? meetingTimeLabel({
          instant: e.startsAt,
          viewerZone: zone,
          // The other participant's clock when it differs; watching a pair from above, none.
          otherZone: e.otherZone,
          otherName: e.person?.name,
          style: "time",
        })
      : null;
  const recipients = e.celebrate?.recipients;
  return (
    <div className="flex flex-wrap items-start gap-3 py-2">
      <span
        className={`mt-0.5 inline-flex size-7 shrink-0 items-center justify-center rounded-full ${
          e.kind === "oneOnOne" ? "bg-muted text-muted-foreground" : "bg-accent-subtle text-accent-subtle-foreground"
        }`}
      >
        <Icon aria-hidden className="size-4" />
      </span>
      <div className="min-w-0 flex-1 text-sm">
        <p className="font-medium">
          <span className="sr-only">{KIND[e.kind]}: </span>
          {e.meetingId ? (
            <Link
              href={`/${org}/one-on-ones/${e.meetingId}`}
              className="underline decoration-border underline-offset-4"
            >
              {e.title}
            </Link>
          ) : (
            e.title
          )}
          {e.highlight && (
            <Badge variant="accent" className="ml-2">
              <PartyPopper aria-hidden /> {e.years} {e.years === 1 ? "year" : "years"}
            </Badge>
          )}
        </p>
        <p className="text-muted-foreground text-xs">
          {time ? (
            <>
              {time.viewer}
              {time.other && ` · ${time.other}`}
            </>
          ) : e.kind === "milestone" ? (
            `Milestone · ${e.person?.name ?? e.team?.name ?? ""}`
          ) : (
            KIND[e.kind]
          )}
          {e.date !== e.actualDate && ` · falls on ${dayShort(e.actualDate)}, a weekend`}
          {e.visibility === "PRIVATE" && e.kind !== "oneOnOne" && (
            <span className="ml-1 inline-flex items-center gap-1">
              · <Lock aria-hidden className="size-3" /> only their managers and them
            </span>
          )}
        </p>
      </div>
      {recipients && recipients.length > 0 && (
        <Button
          size="sm"
          variant="secondary"
          onClick={() => openComposer({ recipients, message: celebrateMessage(e) })}
        >
          <PartyPopper aria-hidden /> Celebrate<span className="sr-only"> {e.title}</span>
        </Button>
      )}
    </div>
  );
}
