// "Celebrations coming up": the next two weeks of birthdays, work anniversaries and milestones the
// viewer may see (each person's celebrate preference holds here as on the calendar), with Celebrate.
import { PartyPopper } from "lucide-react";
import Link from "next/link";
import { EventRow } from "@/app/(app)/[org]/_components/calendar/event-row";
import type { CalendarEvent } from "@/app/(app)/[org]/_components/calendar/types";
import { dayShort } from "@/components/format/calendar-days";

type Props = { org: string; zone: string; today: string; events: CalendarEvent[]; days: number };

export function ComingUp({ org, zone, today, events, days }: Props) {
  return (
    <section aria-labelledby="coming-up" className="mb-6 rounded-lg border bg-surface p-4 shadow-card">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="coming-up" className="flex items-center gap-2 font-semibold">
          <PartyPopper aria-hidden className="size-4 text-accent-subtle-foreground" /> Celebrations coming up
        </h2>
        <Link href={`/${org}/calendar`} className="text-brand text-sm underline underline-offset-4">
          Open the calendar
        </Link>
      </div>
      {events.length === 0 ? (
        <p className="mt-2 text-muted-foreground text-sm">
          No birthdays, anniversaries or milestones in the next {days} days.
        </p>
      ) : (
        <ul className="divide-y" aria-label="Celebrations coming up">
          {events.slice(0, 6).map((e) => (
            <li key={e.id} className="flex items-start gap-3">
              <span className="w-14 shrink-0 pt-3 text-muted-foreground text-xs">
                {e.date === today ? "Today" : dayShort(e.date)}
              </span>
              <div className="min-w-0 flex-1">
                <EventRow org={org} zone={zone} event={e} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
