// What marking a 1:1 held (or skipped) hands on to the pair's next meeting, said in the viewer's
// date: "2 points and 1 action item carry over to Dec 10".
import { dayLabel } from "@/components/format/dates";

export type CarriedOver = { points: number; actionItems: number; next: { startsAt: Date } | null };

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** Null when nothing is open (nothing moves, so nothing to say). */
export function carryOverText(c: CarriedOver | null, zone: string, now = new Date()): string | null {
  if (!c || c.points + c.actionItems === 0) return null;
  const what = [c.points ? count(c.points, "point") : null, c.actionItems ? count(c.actionItems, "action item") : null]
    .filter(Boolean)
    .join(" and ");
  const verb = c.points + c.actionItems === 1 ? "carries" : "carry";
  const where = c.next ? `to ${dayLabel(c.next.startsAt, zone, now)}` : "to the next 1:1 once one is scheduled";
  return `${what} ${verb} over ${where}`;
}
