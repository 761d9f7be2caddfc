// The facts shown for a pair on both sides: last held and next scheduled, in the viewer's zone.
import Link from "next/link";
import { dateLabel, daysAgo, whenLabel } from "@/components/format/dates";
import type { PageCtx, Pair } from "./types";

export function PairFacts({ org, zone, pair }: PageCtx & { pair: Pair }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="text-muted-foreground">Last held</dt>
      <dd>
        {pair.lastHeldAt ? (
          <>
            <time dateTime={pair.lastHeldAt.toISOString()}>{dateLabel(pair.lastHeldAt, zone)}</time>
            <span className="text-muted-foreground"> · {daysAgo(pair.daysSinceLastHeld ?? 0)}</span>
          </>
        ) : (
          <span className="text-muted-foreground">Not yet</span>
        )}
      </dd>
      <dt className="text-muted-foreground">Next</dt>
      <dd>
        {pair.next ? (
          <Link
            href={`/${org}/one-on-ones/${pair.next.id}`}
            className="font-medium text-brand underline-offset-4 hover:underline"
          >
            <time dateTime={pair.next.startsAt.toISOString()} suppressHydrationWarning>
              {whenLabel(pair.next.startsAt, zone)}
            </time>
            <span className="sr-only"> (next 1:1 with {pair.withName})</span>
          </Link>
        ) : (
          <span className="text-muted-foreground">
            {pair.cadenceStatus === "PAUSED" ? "Paused" : "Nothing scheduled"}
          </span>
        )}
      </dd>
    </dl>
  );
}
