"use client";
// Filters that live in the URL (shareable, back-button friendly): one <select> per filter, or a
// control of the filter's own (a search over a directory too large for a <select>) that sets its
// value with useUrlFilter(). A change replaces the query string and drops any page cursor, so the
// list starts again at its first page.
import { usePathname, useRouter } from "next/navigation";
import { createContext, type ReactNode, useContext, useTransition } from "react";
import { cn } from "./cn";
import { Options, Select } from "./select";

export type UrlFilter =
  | {
      /** The query-string key. */
      key: string;
      /** The select's accessible name ("Filter by team"). */
      label: string;
      options: { id: string; name: string }[];
      /** The empty choice ("All teams"); omit when a value is always required. */
      none?: string;
    }
  | {
      key: string;
      /** Names itself and calls useUrlFilter() to set the value ("" clears it). */
      control: ReactNode;
    };

const SetFilter = createContext<((value: string) => void) | null>(null);

/** Sets the value of the filter whose `control` this component is ("" clears it). */
export function useUrlFilter(): (value: string) => void {
  const set = useContext(SetFilter);
  if (!set) throw new Error("useUrlFilter() outside a UrlFilters control");
  return set;
}

export function UrlFilters(props: {
  label: string;
  filters: UrlFilter[];
  values: Record<string, string | undefined>;
  /** Query-string values kept as they are (a tab). */
  keep?: Record<string, string | undefined>;
  className?: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const apply = (key: string, value: string) => {
    const merged = { ...props.keep, ...props.values, [key]: value };
    const qs = new URLSearchParams(Object.entries(merged).filter((e): e is [string, string] => !!e[1]));
    startTransition(() => router.replace(`${pathname}${qs.size ? `?${qs}` : ""}`));
  };
  return (
    <form
      aria-label={props.label}
      aria-busy={pending}
      className={cn("grid gap-3 sm:grid-cols-3", props.className)}
      onSubmit={(e) => e.preventDefault()}
    >
      {props.filters.map((f) =>
        "control" in f ? (
          <SetFilter.Provider key={f.key} value={(value) => apply(f.key, value)}>
            {f.control}
          </SetFilter.Provider>
        ) : (
          <Select
            key={f.key}
            aria-label={f.label}
            value={props.values[f.key] ?? ""}
            onChange={(e) => apply(f.key, e.target.value)}
          >
            <Options items={f.options} none={f.none} />
          </Select>
        ),
      )}
    </form>
  );
}
