"use client";
// A URL filter by one person (a control of <UrlFilters>): a search of the directory, not a <select>
// of everyone, so the page stays small in an org of any size. The field shows the chosen person (or
// the empty choice, "Everyone"); focused, it is a search, with the empty choice heading the list.
import { ChevronDown } from "lucide-react";
import { useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { controlStyles } from "@/components/ui/input";
import { useUrlFilter } from "@/components/ui/url-filters";
import { PeopleListbox, type PersonOption, usePeopleSearch } from "./people-search";

type Person = { id: string; name: string };

type Props = {
  org: string;
  /** The field's accessible name ("Filter by person"). */
  label: string;
  /** The empty choice ("Everyone"). */
  none: string;
  /** The person in the URL; null when none (or when the URL names no one of this org). */
  value: Person | null;
};

export function PersonFilter({ org, label, none, value }: Props) {
  const set = useUrlFilter();
  const ref = useRef<HTMLInputElement>(null);
  // Searching (the field holds what is typed) or showing the choice.
  const [editing, setEditing] = useState(false);
  // The pick, shown until the page comes back with it as `value`; when the URL changes another way
  // (the back button), `value` wins again.
  const [shown, setShown] = useState(value);
  const [seen, setSeen] = useState(value);
  if (seen?.id !== value?.id) {
    setSeen(value);
    setShown(value);
  }
  const choose = (p: PersonOption) => {
    setShown(p.id ? { id: p.id, name: p.name } : null);
    setEditing(false);
    set(p.id);
    // The focus stays here: the choice is selected, so typing starts a new search.
    requestAnimationFrame(() => {
      if (document.activeElement === ref.current) ref.current?.select();
    });
  };
  const search = usePeopleSearch({ org, lead: [{ id: "", name: none }], closeOnPick: true, onPick: choose });
  const current = shown?.name ?? none;

  return (
    <div className="relative">
      <input
        {...search.input}
        ref={ref}
        aria-label={label}
        className={cn(controlStyles, "h-10 pr-9")}
        value={editing ? search.q : current}
        placeholder={current}
        onFocus={() => {
          setEditing(true);
          search.input.onFocus();
        }}
        onChange={(e) => {
          setEditing(true);
          search.input.onChange(e);
        }}
        onClick={() => {
          setEditing(true);
          search.input.onClick();
        }}
        onBlur={() => {
          setEditing(false);
          search.setQ("");
          search.input.onBlur();
        }}
      />
      <ChevronDown
        aria-hidden
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
      <PeopleListbox {...search.list} label="People to filter by" />
    </div>
  );
}
