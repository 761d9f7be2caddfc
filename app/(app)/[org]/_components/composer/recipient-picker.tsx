"use client";
// Pick one or more people of the org: a combobox that searches the directory as you type (so it
// scales to any org size), with the picked people as removable chips. Arrow keys move through the
// matches, Enter picks, Backspace in an empty field removes the last chip.
import { useQuery } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useDeferredValue, useId, useState } from "react";
import { useTRPC } from "@/app/_components/trpc-provider";
import { cn } from "@/components/ui/cn";
import { controlStyles } from "@/components/ui/input";

export type Person = { id: string; name: string };

type Props = {
  org: string;
  value: Person[];
  onChange: (people: Person[]) => void;
  /** Never offered (the giver). */
  excludeId: string;
  max: number;
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean | "true" | "false";
};

export function RecipientPicker({ org, value, onChange, excludeId, max, ...aria }: Props) {
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
  const picked = new Set(value.map((p) => p.id));
  const options = (search.data?.items ?? []).filter((p) => p.id !== excludeId && !picked.has(p.id));
  const full = value.length >= max;
  const pick = (p: Person) => {
    onChange([...value, { id: p.id, name: p.name }]);
    setQ("");
    setActive(0);
  };
  const showList = open && !full && options.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <div className="relative">
      <div
        className={cn(
          controlStyles,
          "flex h-auto min-h-10 flex-wrap items-center gap-1.5 py-1.5 focus-within:border-ring focus-within:outline-2 focus-within:outline-ring/40",
        )}
      >
        {value.map((p) => (
          <span
            key={p.id}
            className="inline-flex items-center gap-1 rounded-full bg-brand-subtle py-0.5 pr-1 pl-2.5 text-brand-subtle-foreground text-sm"
          >
            {p.name}
            <button
              type="button"
              className="inline-flex size-5 items-center justify-center rounded-full hover:bg-brand/20"
              aria-label={`Remove ${p.name}`}
              onClick={() => onChange(value.filter((x) => x.id !== p.id))}
            >
              <X aria-hidden className="size-3" />
            </button>
          </span>
        ))}
        <input
          {...aria}
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList ? optionId(active) : undefined}
          autoComplete="off"
          className="min-w-32 flex-1 bg-transparent py-0.5 outline-none placeholder:text-muted-foreground"
          placeholder={full ? `At most ${max} people` : value.length ? "Add someone else" : "Type a name"}
          disabled={full}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
              e.preventDefault();
              setOpen(true);
              const n = options.length || 1;
              setActive((a) => (a + (e.key === "ArrowDown" ? 1 : n - 1)) % n);
            } else if (e.key === "Enter" && showList) {
              e.preventDefault();
              const p = options[active];
              if (p) pick(p);
            } else if (e.key === "Escape" && showList) {
              e.preventDefault();
              e.stopPropagation();
              setOpen(false);
            } else if (e.key === "Backspace" && q === "" && value.length) {
              onChange(value.slice(0, -1));
            }
          }}
        />
      </div>
      <div
        id={listId}
        role="listbox"
        aria-label="Matching people"
        hidden={!showList}
        className="absolute inset-x-0 top-full z-10 mt-1 max-h-64 overflow-y-auto rounded-md border bg-surface-raised p-1 shadow-overlay"
      >
        {options.map((p, i) => (
          <div
            key={p.id}
            id={optionId(i)}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className={cn("cursor-pointer rounded px-2 py-1.5 text-sm", i === active && "bg-muted")}
            // Before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(p);
            }}
            onMouseEnter={() => setActive(i)}
          >
            {p.name}
            {p.title && <span className="text-muted-foreground"> · {p.title}</span>}
          </div>
        ))}
      </div>
    </div>
  );
}
