"use client";
// Earlier 1:1s of this pair (newest first), each with a preview of its shared notes.
import { ChevronRight, History as HistoryIcon } from "lucide-react";
import Link from "next/link";
import { meetingTimeLabel } from "@/components/format/meeting-time";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { StatusBadge } from "./status-badges";
import type { Meeting } from "./types";
import { otherParticipant, usePageCtx } from "./use-meeting";

type Props = { history: Meeting["history"]; next: Meeting["next"] };

/** Earlier and next 1:1s at the same times as everywhere else: the viewer's, then the other's. */
export function History({ history, next }: Props) {
  const ctx = usePageCtx();
  const { org } = ctx;
  const other = otherParticipant(ctx);
  const when = (instant: Date) =>
    meetingTimeLabel({
      instant,
      viewerZone: ctx.zone,
      otherZone: other?.timeZone,
      otherName: other?.name,
      style: "date",
    });
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <HistoryIcon aria-hidden className="size-4 text-muted-foreground" />
          Earlier 1:1s
        </CardTitle>
        <CardDescription>What you talked about before, so nothing gets lost.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        {next && (
          <Link
            href={`/${org}/one-on-ones/${next.id}`}
            className="flex items-center justify-between rounded-md border border-border px-3 py-2 text-sm hover:bg-muted"
          >
            <span>
              Next 1:1: <span className="font-medium">{when(next.startsAt).viewer}</span>
              <OtherTime text={when(next.startsAt).other} />
            </span>
            <ChevronRight aria-hidden className="size-4 text-muted-foreground" />
          </Link>
        )}
        {history.length === 0 ? (
          <p className="text-muted-foreground text-sm">
            This is your first 1:1 together. After it, its notes will show up here for the next one.
          </p>
        ) : (
          <ol aria-label="Earlier 1:1s" className="-mx-2 space-y-1">
            {history.map((h) => (
              <li key={h.id}>
                <Link
                  href={`/${org}/one-on-ones/${h.id}`}
                  className="group flex items-start gap-3 rounded-md px-2 py-2 transition-colors hover:bg-muted"
                >
                  <div className="min-w-0 flex-1 space-y-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="font-medium text-sm">{when(h.startsAt).viewer}</span>
                      <OtherTime text={when(h.startsAt).other} />
                      <StatusBadge status={h.status} />
                    </div>
                    <p className="line-clamp-2 text-muted-foreground text-sm">
                      {h.notesPreview || <span className="italic">No shared notes</span>}
                    </p>
                  </div>
                  <ChevronRight
                    aria-hidden
                    className="mt-1 size-4 shrink-0 text-muted-foreground transition-transform group-hover:translate-x-0.5"
                  />
                </Link>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}

const OtherTime = ({ text }: { text: string | null }) =>
  text ? <span className="text-muted-foreground text-xs"> · {text}</span> : null;
