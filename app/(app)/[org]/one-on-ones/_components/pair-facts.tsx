// The facts shown for a pair on both sides: last held and next scheduled, in the viewer's zone
// (the next one also on the other person's clock when it differs).
import Link from "next/link";
import { daysAgo, shortDate } from "@/components/format/dates";
import { meetingTimeLabel } from "@/components/format/meeting-time";
import type { PageCtx, Pair } from "./types";

export function PairFacts({ org, zone, pair }: PageCtx & { pair: Pair }) {
  const next = pair.next
    ? meetingTimeLabel({
        instant: pair.next.startsAt,
        viewerZone: zone,
        otherZone: pair.withTimeZone,
        otherName: pair.withName,
      })
    : null;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="text-muted-foreground">Last held</dt>
      <dd>
        {pair.lastHeldAt ? (
          <>
            <time dateTime={pair.lastHeldAt.toISOString()}>{shortDate(pair.lastHeldAt, zone)}</time>
            <span className="text-muted-foreground"> · {daysAgo(pair.daysSinceLastHeld ?? 0)}</span>
          </>
        ) : (
          <span className="text-muted-foreground">Not yet</span>
        )}
      </dd>
      <dt className="text-muted-foreground">Next</dt>
      <dd>
        {pair.next && next ? (
          <>
            <Link
              href={`/${org}/one-on-ones/${pair.next.id}`}
              className="font-medium text-brand underline-offset-4 hover:underline"
            >
              <time dateTime={pair.next.startsAt.toISOString()} suppressHydrationWarning>
                {next.viewer}
              </time>
              <span className="sr-only"> (next 1:1 with {pair.withName})</span>
            </Link>
            {next.other ? <span className="block text-muted-foreground text-xs">{next.other}</span> : null}
          </>
        ) : (
          <span className="text-muted-foreground">
            {pair.cadenceStatus === "PAUSED" ? "Paused" : "Nothing scheduled"}
          </span>
        )}
      </dd>
    </dl>
  );
}
