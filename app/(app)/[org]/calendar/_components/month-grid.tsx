"use client";
// The month as a grid (ARIA grid pattern): one tab stop, arrow keys move between days (a week up or
// down), Home/End to the week's ends, Page Up/Page Down to the previous/next month; each day is
// announced with its date and how many events it has. Enter or a click shows the day's events below.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { EventRow, KindIcon } from "@/app/(app)/[org]/_components/calendar/event-row";
import type { CalendarEvent } from "@/app/(app)/[org]/_components/calendar/types";
import {
  addDays,
  addMonths,
  dayTitle,
  monthTitle,
  monthWeeks,
  WEEKDAYS,
  WEEKDAYS_LONG,
  weekdayIndex,
} from "@/components/format/calendar-days";
import { cn } from "@/components/ui/cn";

type Props = {
  org: string;
  month: string;
  today: string;
  zone: string;
  events: CalendarEvent[];
  /** The page's other query parameters (view, filters), kept when moving to another month. */
  query: Record<string, string>;
  /** The day to focus first (?day=, kept when paging months with the keyboard). */
  initialDay?: string;
};

const DOT = {
  birthday: "bg-accent",
  anniversary: "bg-brand",
  milestone: "bg-success",
  oneOnOne: "bg-muted-foreground",
};

// The ARIA grid pattern puts role="gridcell" on each <td>; the linter's rule against interactive roles
// on table cells cannot be suppressed inside this map, so the role travels in a spread.
const gridcell = (selected: boolean) => ({ role: "gridcell", "aria-selected": selected }) as const;

export function MonthGrid({ org, month, today, zone, events, query, initialDay }: Props) {
  const monthLabel = monthTitle(month);
  const router = useRouter();
  const inMonth = (d: string) => d.startsWith(month);
  const [active, setActive] = useState(() =>
    initialDay && inMonth(initialDay) ? initialDay : inMonth(today) ? today : `${month}-01`,
  );
  const [selected, setSelected] = useState<string | null>(initialDay && inMonth(initialDay) ? initialDay : null);
  const focusOnRender = useRef(!!initialDay);
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  const byDay = new Map<string, CalendarEvent[]>();
  // Celebrations first in a day's cell, then 1:1s (the server's order within each).
  for (const e of [...events].sort((a, b) => Number(a.kind === "oneOnOne") - Number(b.kind === "oneOnOne")))
    byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);

  useEffect(() => {
    if (!focusOnRender.current) return;
    cells.current.get(active)?.focus();
  }, [active]);

  const move = (to: string) => {
    if (!inMonth(to)) {
      // Another month: load it with the same day focused there.
      const qs = new URLSearchParams({ ...query, month: to.slice(0, 7), day: to });
      router.push(`/${org}/calendar?${qs}`, { scroll: false });
      return;
    }
    focusOnRender.current = true;
    setActive(to);
  };
  const onKeyDown = (e: React.KeyboardEvent, day: string) => {
    const next = keyTarget(e.key, day, month);
    if (next) {
      e.preventDefault();
      move(next);
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      setSelected(day);
    }
  };
  const dayEvents = selected ? (byDay.get(selected) ?? []) : [];

  return (
    <div className="space-y-4">
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the ARIA grid pattern on a table (APG date picker) */}
      <table role="grid" aria-label={monthLabel} className="w-full table-fixed border-collapse text-sm">
        <thead>
          <tr>
            {WEEKDAYS.map((d, i) => (
              <th
                key={d}
                scope="col"
                abbr={WEEKDAYS_LONG[i]}
                className="pb-2 font-medium text-muted-foreground text-xs"
              >
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const list = byDay.get(day) ?? [];
                const outside = !inMonth(day);
                const isToday = day === today;
                return (
                  <td
                    key={day}
                    ref={(el) => {
                      if (el) cells.current.set(day, el);
                      else cells.current.delete(day);
                    }}
                    {...gridcell(day === selected)}
                    tabIndex={day === active ? 0 : -1}
                    aria-current={isToday ? "date" : undefined}
                    data-day={day}
                    onClick={() => {
                      if (outside) return move(day);
                      focusOnRender.current = true;
                      setActive(day);
                      setSelected(day);
                    }}
                    onKeyDown={(e) => onKeyDown(e, day)}
                    className={cn(
                      "h-16 cursor-pointer border align-top outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset sm:h-24",
                      outside && "bg-muted/40 text-muted-foreground",
                      day === selected && "bg-brand-subtle/60",
                    )}
                  >
                    <div className="flex h-full flex-col gap-1 p-1">
                      <span className="sr-only">{cellHead(day, isToday, list.length)}</span>
                      <span
                        aria-hidden
                        className={cn(
                          "inline-flex size-6 items-center justify-center rounded-full text-xs",
                          isToday && "bg-brand font-semibold text-brand-foreground",
                        )}
                      >
                        {Number(day.slice(8))}
                      </span>
                      {/* Phones: a dot per event; wider: the first titles. */}
                      <span aria-hidden className="flex flex-wrap gap-0.5 sm:hidden">
                        {list.slice(0, 4).map((e) => (
                          <span key={e.id} className={cn("size-1.5 rounded-full", DOT[e.kind])} />
                        ))}
                      </span>
                      <ul className="hidden min-w-0 space-y-0.5 sm:block">
                        {list.slice(0, 2).map((e) => (
                          <li key={e.id} className="flex min-w-0 items-center gap-1 text-xs">
                            <KindIcon kind={e.kind} />
                            <span className="truncate">{cellText(e)}</span>
                          </li>
                        ))}
                        {list.length > 2 && <li className="text-muted-foreground text-xs">+{list.length - 2} more</li>}
                      </ul>
                    </div>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-live="polite" aria-label="Selected day" className="rounded-lg border bg-surface p-4">
        {selected ? (
          <>
            <h2 className="font-semibold">{dayTitle(selected)}</h2>
            {dayEvents.length === 0 ? (
              <p className="mt-1 text-muted-foreground text-sm">Nothing on this day.</p>
            ) : (
              <ul className="divide-y" aria-label={`Events on ${dayTitle(selected)}`}>
                {dayEvents.map((e) => (
                  <li key={e.id}>
                    <EventRow org={org} zone={zone} event={e} />
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p className="text-muted-foreground text-sm">
            Pick a day to see its events. Arrow keys move between days, Page Up and Page Down between months.
          </p>
        )}
      </section>
    </div>
  );
}

/** What a screen reader hears first in a cell: "Tuesday, December 1, today: 3 events". */
const cellHead = (day: string, isToday: boolean, count: number) =>
  `${dayTitle(day)}${isToday ? ", today" : ""}: ${count === 0 ? "nothing" : `${count} ${count === 1 ? "event" : "events"}`}`;

const cellText = (e: CalendarEvent) => e.person?.name ?? e.team?.name ?? e.title;

/** Where a key moves the focus from `day`, or null for keys the grid does not use. */
function keyTarget(key: string, day: string, month: string): string | null {
  switch (key) {
    case "ArrowLeft":
      return addDays(day, -1);
    case "ArrowRight":
      return addDays(day, 1);
    case "ArrowUp":
      return addDays(day, -7);
    case "ArrowDown":
      return addDays(day, 7);
    case "Home":
      return addDays(day, -weekdayIndex(day));
    case "End":
      return addDays(day, 6 - weekdayIndex(day));
    case "PageUp":
      return sameDayIn(addMonths(month, -1), day);
    case "PageDown":
      return sameDayIn(addMonths(month, 1), day);
    default:
      return null;
  }
}

/** The same day number in another month, clamped to its length (Jan 31 → Feb 28). */
function sameDayIn(month: string, day: string): string {
  const last = addDays(`${addMonths(month, 1)}-01`, -1);
  const candidate = `${month}-${day.slice(8)}`;
  return candidate > last ? last : candidate;
}
