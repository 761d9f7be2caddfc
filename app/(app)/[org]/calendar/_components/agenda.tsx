// The agenda: the month's days that have something, in order, each with its events. The default on
// phones (the grid's cells are too small there for titles).
import { CalendarDays } from "lucide-react";
import { EventRow } from "@/app/(app)/[org]/_components/calendar/event-row";
import type { CalendarEvent } from "@/app/(app)/[org]/_components/calendar/types";
import { dayTitle } from "@/components/format/calendar-days";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { org: string; today: string; zone: string; events: CalendarEvent[]; monthLabel: string };

export function Agenda({ org, today, zone, events, monthLabel }: Props) {
  if (events.length === 0)
    return (
      <EmptyState icon={CalendarDays} title={`Nothing in ${monthLabel}`} headingLevel="h2">
        Birthdays and work anniversaries come from people's profiles, and 1:1s from your cadences. Add a custom
        milestone, such as a promotion or a launch, to remember it here.
      </EmptyState>
    );
  const days = [...new Set(events.map((e) => e.date))];
  return (
    <ol aria-label={`Agenda for ${monthLabel}`} className="space-y-4">
      {days.map((day) => (
        <li key={day} className="rounded-lg border bg-surface px-4 py-3">
          <h2 className="font-semibold text-sm">
            {dayTitle(day)}
            {day === today && (
              <span className="ml-2 rounded-full bg-brand px-2 py-0.5 text-brand-foreground text-xs">Today</span>
            )}
          </h2>
          <ul className="divide-y">
            {events
              .filter((e) => e.date === day)
              .map((e) => (
                <li key={e.id}>
                  <EventRow org={org} zone={zone} event={e} />
                </li>
              ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
