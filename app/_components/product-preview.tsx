import { CalendarClock, Check, ListChecks } from "lucide-react";
import { Avatar } from "@/components/ui/avatar";

const points = [
  { text: "How are you holding up after the launch?", done: true },
  { text: "What skill do you want to grow next?", done: true },
  { text: "Intro to the data team: ask Sam first", done: false },
];

/** A static sketch of a 1:1 and an action item that carries over, so the landing page shows the product instead of describing it. */
export function ProductPreview() {
  return (
    <div aria-hidden className="relative mx-auto w-full max-w-md select-none lg:mx-0">
      <div className="rounded-xl border bg-surface p-5 pb-9 shadow-overlay">
        <div className="flex items-center gap-3">
          <Avatar name="Priya Raman" size="md" decorative />
          <div className="min-w-0 flex-1">
            <p className="font-semibold">1:1 with Priya Raman</p>
            <p className="flex items-center gap-1.5 text-sm text-muted-foreground">
              <CalendarClock className="size-3.5" />
              Thursday 10:00 · every 2 weeks
            </p>
          </div>
          <span className="rounded-full bg-success-subtle px-2 py-0.5 text-xs font-medium text-success-subtle-foreground">
            On track
          </span>
        </div>
        <p className="mt-5 text-xs font-medium tracking-wide text-muted-foreground uppercase">Talking points</p>
        <ul className="mt-2 grid gap-2">
          {points.map((p) => (
            <li key={p.text} className="flex items-start gap-2.5 text-sm">
              <span
                className={
                  p.done
                    ? "mt-0.5 inline-flex size-4 shrink-0 items-center justify-center rounded bg-brand text-brand-foreground"
                    : "mt-0.5 inline-flex size-4 shrink-0 rounded border border-input"
                }
              >
                {p.done ? <Check className="size-3" strokeWidth={3} /> : null}
              </span>
              <span className={p.done ? "text-muted-foreground line-through" : ""}>{p.text}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="relative -mt-4 ml-8 rounded-xl border bg-surface-raised p-4 shadow-overlay sm:ml-16">
        <div className="flex items-center gap-2 text-sm font-medium">
          <ListChecks className="size-4 text-accent" />
          Action item · Priya
          <span className="ml-auto rounded-full bg-brand-subtle px-2 py-0.5 text-xs text-brand-subtle-foreground">
            Carried over
          </span>
        </div>
        <p className="mt-2 text-sm leading-relaxed text-muted-foreground">
          Send the launch recap with owners and dates. Due Friday; it stays on every 1:1 until it is done.
        </p>
      </div>
    </div>
  );
}
