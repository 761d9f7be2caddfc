"use client";
// Search and filters live in the URL (shareable, back-button friendly); typing debounces.
import { Search } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
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
      <div className="relative">
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
          placeholder="Search name, title or email"
          className="pl-9"
          onChange={(e) => {
            setQ(e.target.value);
            clearTimeout(timer.current);
            const value = e.target.value;
            timer.current = setTimeout(() => apply({ q: value }), 300);
          }}
        />
      </div>
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
    </form>
  );
}
