"use client";
// The directory search behind every people combobox (the composer's recipients, the feed's person
// filter): it asks the server as you type, 8 matches at a time, so it scales to any org size and a
// page never loads the whole directory. ARIA combobox pattern: arrow keys move through the options,
// Enter picks, Escape closes the list; the focus stays in the field (aria-activedescendant).
import { useQuery } from "@tanstack/react-query";
import { type ChangeEvent, type KeyboardEvent, useDeferredValue, useId, useState } from "react";
import { useTRPC } from "@/app/_components/trpc-provider";
import { cn } from "@/components/ui/cn";

export type PersonOption = { id: string; name: string; title?: string | null };

type Options = {
  org: string;
  onPick: (p: PersonOption) => void;
  /** Never offered (the giver, the people already picked). */
  skip?: (id: string) => boolean;
  /** Offered above the matches while nothing is typed (a filter's "Everyone"). */
  lead?: PersonOption[];
  /** One choice: a pick closes the list (rather than offer the next person). */
  closeOnPick?: boolean;
  disabled?: boolean;
};

export function usePeopleSearch({ org, onPick, skip, lead = [], closeOnPick = false, disabled = false }: Options) {
  const trpc = useTRPC();
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDeferredValue(q.trim());
  const listId = useId();
  const search = useQuery({
    ...trpc.people.list.queryOptions({ org, q: query || undefined, limit: 8 }),
    enabled: open,
    placeholderData: (prev) => prev,
  });
  const matches = (search.data?.items ?? []).filter((p) => !skip?.(p.id));
  const options = [...(q.trim() ? [] : lead), ...matches];
  const showList = open && !disabled && options.length > 0;
  // The matches can shrink under the highlight while a search answers.
  const current = Math.min(active, Math.max(options.length - 1, 0));
  const optionId = (i: number) => `${listId}-${i}`;
  const pick = (p: PersonOption) => {
    onPick(p);
    setQ("");
    setActive(0);
    if (closeOnPick) setOpen(false);
  };

  const input = {
    role: "combobox",
    "aria-expanded": showList,
    "aria-controls": listId,
    "aria-autocomplete": "list",
    "aria-activedescendant": showList ? optionId(current) : undefined,
    autoComplete: "off",
    value: q,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      setQ(e.target.value);
      setActive(0);
      setOpen(true);
    },
    onFocus: () => setOpen(true),
    // A click in the field that already has the focus (after a pick) opens the list again.
    onClick: () => setOpen(true),
    onBlur: () => setOpen(false),
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        setOpen(true);
        const n = options.length || 1;
        setActive((current + (e.key === "ArrowDown" ? 1 : n - 1)) % n);
      } else if (e.key === "Enter" && showList) {
        e.preventDefault();
        const p = options[current];
        if (p) pick(p);
      } else if (e.key === "Escape" && showList) {
        // Closes the list only, not the dialog or page around it.
        e.preventDefault();
        e.stopPropagation();
        setOpen(false);
      }
    },
  } as const;
  const list = { id: listId, hidden: !showList, options, active: current, optionId, pick, hover: setActive };
  return { q, setQ, input, list };
}

type ListProps = ReturnType<typeof usePeopleSearch>["list"] & { label?: string };

/** The matches under a people combobox's field (its parent is `relative`). */
export function PeopleListbox({ label = "Matching people", ...l }: ListProps) {
  return (
    <div
      id={l.id}
      role="listbox"
      aria-label={label}
      hidden={l.hidden}
      className="absolute inset-x-0 top-full z-10 mt-1 max-h-64 overflow-y-auto rounded-md border bg-surface-raised p-1 shadow-overlay"
    >
      {l.options.map((p, i) => (
        <div
          key={p.id || "lead"}
          id={l.optionId(i)}
          role="option"
          tabIndex={-1}
          aria-selected={i === l.active}
          className={cn("cursor-pointer rounded px-2 py-1.5 text-sm", i === l.active && "bg-muted")}
          // Before the input's blur closes the list.
          onMouseDown={(e) => {
            e.preventDefault();
            l.pick(p);
          }}
          onMouseEnter={() => l.hover(i)}
        >
          {p.name}
          {p.title && <span className="text-muted-foreground"> · {p.title}</span>}
        </div>
      ))}
    </div>
  );
}
