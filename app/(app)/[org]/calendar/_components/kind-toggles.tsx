"use client";
// Which kinds of events the calendar shows: toggle buttons kept in the URL (?kinds=birthday,oneOnOne).
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";
import { cn } from "@/components/ui/cn";
import { EVENT_KINDS, type EventKind } from "@/server/modules/calendar/calendar.limits";

const LABELS: Record<EventKind, string> = {
  birthday: "Birthdays",
  anniversary: "Anniversaries",
  milestone: "Milestones",
  oneOnOne: "1:1s",
};

export function KindToggles({ kinds }: { kinds: EventKind[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [pending, startTransition] = useTransition();
  const toggle = (kind: EventKind) => {
    const next = kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind];
    if (next.length === 0) return; // at least one kind stays on
    const qs = new URLSearchParams(search);
    qs.delete("day");
    if (next.length === EVENT_KINDS.length) qs.delete("kinds");
    else qs.set("kinds", EVENT_KINDS.filter((k) => next.includes(k)).join(","));
    startTransition(() => router.replace(`${pathname}?${qs}`, { scroll: false }));
  };
  return (
    <fieldset aria-busy={pending} className="flex flex-wrap gap-1.5">
      <legend className="sr-only">Show</legend>
      {EVENT_KINDS.map((k) => (
        <button
          key={k}
          type="button"
          aria-pressed={kinds.includes(k)}
          onClick={() => toggle(k)}
          className={cn(
            "h-8 rounded-full border px-3 font-medium text-sm transition-colors",
            kinds.includes(k)
              ? "border-brand bg-brand-subtle text-brand-subtle-foreground"
              : "text-muted-foreground hover:bg-muted",
          )}
        >
          {LABELS[k]}
        </button>
      ))}
    </fieldset>
  );
}
