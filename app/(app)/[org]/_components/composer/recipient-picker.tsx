"use client";
// Pick one or more people of the org: a combobox that searches the directory as you type (so it
// scales to any org size), with the picked people as removable chips. Arrow keys move through the
// matches, Enter picks, Backspace in an empty field removes the last chip.
import { X } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { controlStyles } from "@/components/ui/input";
import { PeopleListbox, usePeopleSearch } from "../people/people-search";

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
  const picked = new Set(value.map((p) => p.id));
  const full = value.length >= max;
  const search = usePeopleSearch({
    org,
    skip: (id) => id === excludeId || picked.has(id),
    onPick: (p) => onChange([...value, { id: p.id, name: p.name }]),
    disabled: full,
  });

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
          {...search.input}
          className="min-w-32 flex-1 bg-transparent py-0.5 outline-none placeholder:text-muted-foreground"
          placeholder={
            full ? (max === 1 ? "" : `At most ${max} people`) : value.length ? "Add someone else" : "Type a name"
          }
          disabled={full}
          onKeyDown={(e) => {
            if (e.key === "Backspace" && search.q === "" && value.length) onChange(value.slice(0, -1));
            else search.input.onKeyDown(e);
          }}
        />
      </div>
      <PeopleListbox {...search.list} />
    </div>
  );
}
