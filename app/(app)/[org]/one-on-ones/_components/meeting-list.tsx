"use client";
// "Upcoming" and "Recent": my 1:1s on both sides, each linking to its meeting page. A manager of
// many has dozens a fortnight, so the first few show and the rest open on request.
import Link from "next/link";
import { Fragment, useState } from "react";
import { meetingTimeLabel } from "@/components/format/meeting-time";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { PageCtx, RecentMeeting, UpcomingMeeting } from "./types";

const FIRST = 8;
/** A phone shows fewer before "Show all": a screenful for both lists, not two. */
const FIRST_ON_PHONE = 4;
const KIND: Record<string, string | undefined> = { NO_AGENDA: "No-agenda check-in", AD_HOC: "Ad-hoc" };

type Item = (UpcomingMeeting | RecentMeeting) & { durationMinutes?: number; kind?: string; held?: boolean };

type Props = PageCtx & { title: string; description: string; items: Item[]; empty: string; recent?: boolean };

export function MeetingList({ org, zone, title, description, items, empty, recent = false }: Props) {
  const id = `${title.toLowerCase()}-meetings`;
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div>
        <h2 id={id} className="font-semibold text-lg">
          {title}
        </h2>
        <p className="text-muted-foreground text-sm">{description}</p>
      </div>
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed px-4 py-6 text-center text-muted-foreground text-sm">{empty}</p>
      ) : (
        <ul aria-label={title} className="divide-y divide-border overflow-hidden rounded-xl border bg-surface">
          {shown.map((m, i) => (
            <li key={m.id} className={!all && i >= FIRST_ON_PHONE ? "hidden sm:block" : undefined}>
              <Link
                href={`/${org}/one-on-ones/${m.id}`}
                className="flex items-center gap-3 px-4 py-3 hover:bg-muted focus-visible:bg-muted"
              >
                <Avatar name={m.withName || "?"} size="sm" decorative />
                <div className="min-w-0 flex-1">
                  {/* The whole name, wrapped if need be; on a phone "1:1 with" goes unsaid (the list says it). */}
                  <p className="break-words font-medium sm:truncate">
                    {m.withName ? (
                      <>
                        <span className="max-sm:sr-only">1:1 with </span>
                        {m.withName}
                      </>
                    ) : (
                      "1:1 (earlier pairing)"
                    )}
                  </p>
                  <p className="text-muted-foreground text-sm sm:truncate">
                    {[
                      m.myRole === "MANAGER" ? "Your report" : "Your manager",
                      m.durationMinutes ? `${m.durationMinutes} min` : null,
                      m.kind ? KIND[m.kind] : null,
                    ]
                      .filter(Boolean)
                      .map((part, i) => (
                        // Wraps between the parts, never inside one ("30 / min").
                        <Fragment key={String(part)}>
                          {i > 0 ? " · " : ""}
                          <span className="whitespace-nowrap">{part}</span>
                        </Fragment>
                      ))}
                  </p>
                </div>
                <div className="flex shrink-0 flex-col items-end gap-1 text-sm">
                  <When instant={m.startsAt} zone={zone} otherZone={m.withTimeZone} otherName={m.withName} />
                  {recent ? <HeldBadge status={m.status} held={Boolean(m.held)} /> : null}
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {items.length > FIRST_ON_PHONE ? (
        <Button
          variant="ghost"
          size="sm"
          aria-expanded={all}
          onClick={() => setAll(!all)}
          className={items.length > FIRST ? undefined : "sm:hidden"}
        >
          {all ? "Show fewer" : `Show all ${items.length}`}
          <span className="sr-only"> {title.toLowerCase()} 1:1s</span>
        </Button>
      ) : null}
    </section>
  );
}

function HeldBadge({ status, held }: { status: string; held: boolean }) {
  if (held) return <Badge variant="success">Held</Badge>;
  if (status === "SKIPPED") return <Badge variant="neutral">Skipped</Badge>;
  return <Badge variant="warning">Not held</Badge>;
}

/** The viewer's time, then the other participant's when their clock differs. */
function When(props: { instant: Date; zone: string; otherZone: string; otherName: string }) {
  const { viewer, other } = meetingTimeLabel({
    instant: props.instant,
    viewerZone: props.zone,
    otherZone: props.otherZone || null,
    otherName: props.otherName || null,
  });
  return (
    <>
      <time dateTime={props.instant.toISOString()} suppressHydrationWarning className="font-medium">
        {viewer}
      </time>
      {other ? <span className="text-muted-foreground text-xs">{other}</span> : null}
    </>
  );
}
