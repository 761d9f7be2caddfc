// "This week" on the dashboard: 1:1s to prepare, overdue pairs, milestones in 14 days and people
// not recognised lately, each row a link to where it is acted on. Cut from the report lines.
import Link from "next/link";
import type { ReactNode } from "react";
import { relativeDay, savedLabel, whenLabel } from "@/components/format/dates";
import { shortDay } from "./days";
import type { Lines } from "./types";

type Week = Lines["thisWeek"];

export function ThisWeek({ org, zone, week }: { org: string; zone: string; week: Week }) {
  const block = (title: string, empty: string, items: { key: string; node: ReactNode }[]) => (
    <div className="space-y-1">
      <h3 className="font-medium text-sm">{title}</h3>
      {items.length ? (
        <ul className="space-y-1 text-sm">
          {items.map((i) => (
            <li key={i.key}>{i.node}</li>
          ))}
        </ul>
      ) : (
        <p className="text-muted-foreground text-sm">{empty}</p>
      )}
    </div>
  );
  const link = "text-brand underline-offset-4 hover:underline";
  return (
    <section aria-labelledby="week-title" className="space-y-4 rounded-xl border bg-surface p-4">
      <h2 id="week-title" className="font-semibold text-lg">
        This week
      </h2>
      {block(
        "1:1s to prepare",
        "No 1:1s in the next 7 days.",
        week.prepare.map((m) => ({
          key: m.id,
          node: (
            <Link className={link} href={`/${org}/one-on-ones/${m.id}`}>
              {m.withName}, {whenLabel(m.startsAt, zone)}
            </Link>
          ),
        })),
      )}
      {block(
        "Overdue 1:1s",
        "Every pair is on rhythm.",
        week.overdue.map((p) => ({
          key: p.id,
          node: (
            <Link className={link} href={p.nextId ? `/${org}/one-on-ones/${p.nextId}` : `/${org}/one-on-ones`}>
              {p.name}: {p.lastHeldAt ? `last held ${relativeDay(p.lastHeldAt, zone)}` : "never held"}
            </Link>
          ),
        })),
      )}
      {block(
        "Milestones in 14 days",
        "No birthdays, anniversaries or milestones coming up.",
        week.milestones.map((e) => ({
          key: e.id,
          node: (
            <Link className={link} href={`/${org}/calendar?month=${e.date.slice(0, 7)}&day=${e.date}`}>
              {e.title}, {shortDay(e.date)}
            </Link>
          ),
        })),
      )}
      {block(
        "Not recognised lately",
        "Everyone was recognised in the last 30 days.",
        week.notRecognised.map((p) => ({
          key: p.id,
          node: (
            <Link className={link} href={`/${org}/people/${p.id}`}>
              {p.name}: {p.lastReceivedAt ? `last ${savedLabel(p.lastReceivedAt, zone)}` : "never recognised"}
            </Link>
          ),
        })),
      )}
    </section>
  );
}
