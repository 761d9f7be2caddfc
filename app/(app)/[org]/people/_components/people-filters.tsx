"use client";
// Search and filters live in the URL (shareable, back-button friendly); typing debounces. On a
// phone the filters fold behind a "Filters" button next to the search, so the first people show
// without scrolling; from `sm` up everything sits on one row.
import { Search, SlidersHorizontal } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Options, Select } from "@/components/ui/select";

type Option = { id: string; name: string };
type Values = { q?: string; team?: string; manager?: string; all?: string };

export function PeopleFilters({
  teams,
  managers,
  values,
  isAdmin,
}: {
  teams: Option[];
  managers: Option[];
  values: Values;
  isAdmin: boolean;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [q, setQ] = useState(values.q ?? "");
  const [open, setOpen] = useState(false);
  const filtersId = useId();
  const active = [values.team, values.manager, values.all === "1"].filter(Boolean).length;
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  function apply(next: Values) {
    const merged = { ...values, ...next };
    const qs = new URLSearchParams(Object.entries(merged).filter((e): e is [string, string] => !!e[1]));
    startTransition(() => router.replace(`${pathname}${qs.size ? `?${qs}` : ""}`));
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <form
      aria-label="Search and filter people"
      aria-busy={pending}
      className="grid gap-3 sm:grid-cols-[1fr_12rem_12rem_auto]"
      onSubmit={(e) => {
        e.preventDefault();
        apply({ q });
      }}
    >
      <div className="flex min-w-0 gap-2">
        <div className="relative min-w-0 flex-1">
          <label htmlFor="people-search" className="sr-only">
            Search people by name, title or email
          </label>
          <Search
            aria-hidden
            className="-translate-y-1/2 pointer-events-none absolute top-1/2 left-3 size-4 text-muted-foreground"
          />
          <Input
            id="people-search"
            type="search"
            name="q"
            value={q}
            placeholder="Name, title or email"
            className="pl-9"
            onChange={(e) => {
              setQ(e.target.value);
              clearTimeout(timer.current);
              const value = e.target.value;
              timer.current = setTimeout(() => apply({ q: value }), 300);
            }}
          />
        </div>
        <Button
          variant="secondary"
          className="sm:hidden"
          aria-expanded={open}
          aria-controls={filtersId}
          onClick={() => setOpen(!open)}
        >
          <SlidersHorizontal aria-hidden />
          Filters{active > 0 ? ` (${active})` : ""}
        </Button>
      </div>
      <div id={filtersId} className={cn(open ? "grid" : "hidden", "gap-3 sm:contents")}>
        <Select aria-label="Filter by team" value={values.team ?? ""} onChange={(e) => apply({ team: e.target.value })}>
          <Options items={teams} none="All teams" />
        </Select>
        <Select
          aria-label="Filter by manager"
          value={values.manager ?? ""}
          onChange={(e) => apply({ manager: e.target.value })}
        >
          <Options items={managers} none="Any manager" />
        </Select>
        {isAdmin ? (
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={values.all === "1"}
              onChange={(e) => apply({ all: e.target.checked ? "1" : "" })}
            />
            Show deactivated
          </label>
        ) : (
          <span />
        )}
      </div>
    </form>
  );
}
