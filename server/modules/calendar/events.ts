// The calendar's events, built from plain facts (pure: no database, no policy). The service decides
// who may see what and passes it in; here a person's month/day becomes dated events with the
// February 29 rule, the weekend-on-Friday setting, anniversary years and stable ids.
import { addDays, annualDatesBetween, type IsoDate, isoDateOf, weekdayOrFridayBefore } from "../../lib/dates";
import { isHighlightYear } from "./calendar.limits";
import type { TCalendarEvent } from "./calendar.schema";

/** Events are kept when the day they are SHOWN on falls from `from` to `to` (inclusive). */
export type Range = { from: IsoDate; to: IsoDate; fridays: boolean };
export type Shown = { date: IsoDate; actualDate: IsoDate };

/** The actual dates worth looking at: a Saturday or Sunday just after the range shows on its last Friday. */
export function candidateRange(r: Range): { from: IsoDate; to: IsoDate } {
  return { from: r.from, to: r.fridays ? addDays(r.to, 2) : r.to };
}

function shown(r: Range, actualDate: IsoDate): Shown | null {
  const date = r.fridays ? weekdayOrFridayBefore(actualDate) : actualDate;
  return date >= r.from && date <= r.to ? { date, actualDate } : null;
}

/** Every yearly occurrence of month/day shown in the range (from `since` on, when given). */
export function yearly(r: Range, month: number, day: number, since?: IsoDate): Shown[] {
  const c = candidateRange(r);
  const from = since && since > c.from ? since : c.from;
  return annualDatesBetween(month, day, from, c.to).flatMap((d) => shown(r, d) ?? []);
}

export function once(r: Range, date: IsoDate): Shown[] {
  const s = shown(r, date);
  return s ? [s] : [];
}

export type PersonFacts = { id: string; name: string; visibility: "PUBLIC" | "PRIVATE"; isMe: boolean };

const blank = {
  team: null,
  years: null,
  highlight: false,
  startsAt: null,
  endsAt: null,
  meetingZone: null,
  otherZone: null,
  meetingId: null,
} satisfies Partial<TCalendarEvent>;

const about = (p: PersonFacts) => ({
  person: { id: p.id, name: p.name },
  visibility: p.visibility,
  // Nobody celebrates themselves.
  celebrate: p.isMe ? null : { recipients: [{ id: p.id, name: p.name }] },
});

export function birthdays(r: Range, p: PersonFacts, month: number, day: number): TCalendarEvent[] {
  return yearly(r, month, day).map((s) => ({
    ...blank,
    ...s,
    ...about(p),
    id: `birthday:${p.id}:${s.actualDate.slice(0, 4)}`,
    kind: "birthday",
    title: `${p.name}'s birthday`,
  }));
}

/** Work anniversaries from a start date: one year or more (none in the start year). */
export function anniversaries(r: Range, p: PersonFacts, startDate: Date, orgName: string): TCalendarEvent[] {
  const start = isoDateOf(startDate);
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  return yearly(r, m, d).flatMap((s) => {
    const years = Number(s.actualDate.slice(0, 4)) - y;
    if (years < 1) return [];
    return [
      {
        ...blank,
        ...s,
        ...about(p),
        id: `anniversary:${p.id}:${s.actualDate.slice(0, 4)}`,
        kind: "anniversary" as const,
        title: `${p.name}: ${years} ${years === 1 ? "year" : "years"} at ${orgName}`,
        years,
        highlight: isHighlightYear(years),
      },
    ];
  });
}

export type MilestoneFacts = {
  id: string;
  title: string;
  date: Date;
  recurrence: "ONE_OFF" | "YEARLY";
  /** A person's milestone (as they may be seen), or a team's with whom to celebrate. */
  subject: { person: PersonFacts } | { team: { id: string; name: string }; recipients: { id: string; name: string }[] };
};

export function customMilestones(r: Range, m: MilestoneFacts): TCalendarEvent[] {
  const date = isoDateOf(m.date);
  const [, month, day] = date.split("-").map(Number) as [number, number, number];
  const dates = m.recurrence === "YEARLY" ? yearly(r, month, day, date) : once(r, date);
  const who =
    "person" in m.subject
      ? about(m.subject.person)
      : {
          person: null,
          team: m.subject.team,
          visibility: "PUBLIC" as const,
          celebrate: m.subject.recipients.length > 0 ? { recipients: m.subject.recipients } : null,
        };
  return dates.map((s) => ({
    ...blank,
    ...who,
    ...s,
    id: `milestone:${m.id}:${s.actualDate.slice(0, 4)}`,
    kind: "milestone",
    title: m.title,
  }));
}

/** By shown date; on a day, all-day events first, then 1:1s by start; then title, then id. */
export function calendarOrder(a: TCalendarEvent, b: TCalendarEvent): number {
  return (
    a.date.localeCompare(b.date) ||
    Number(a.startsAt !== null) - Number(b.startsAt !== null) ||
    (a.startsAt?.getTime() ?? 0) - (b.startsAt?.getTime() ?? 0) ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}
