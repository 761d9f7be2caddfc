"use client";
// The heatmap's filters live in the URL (shareable, back-button friendly); a change starts again at
// the first page.
import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { Options, Select } from "@/components/ui/select";

type Option = { id: string; name: string };
type Values = { framework?: string; team?: string; manager?: string };

export function HeatmapFilters(props: { frameworks: Option[]; teams: Option[]; managers: Option[]; values: Values }) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const apply = (next: Values) => {
    const merged = { ...props.values, ...next };
    const qs = new URLSearchParams(Object.entries(merged).filter((e): e is [string, string] => !!e[1]));
    startTransition(() => router.replace(`${pathname}${qs.size ? `?${qs}` : ""}`));
  };
  return (
    <form
      aria-label="Filter the heatmap"
      aria-busy={pending}
      className="grid gap-3 sm:grid-cols-3"
      onSubmit={(e) => e.preventDefault()}
    >
      {props.frameworks.length > 1 && (
        <Select
          aria-label="Framework"
          value={props.values.framework ?? ""}
          onChange={(e) => apply({ framework: e.target.value })}
        >
          <Options items={props.frameworks} />
        </Select>
      )}
      <Select
        aria-label="Filter by team"
        value={props.values.team ?? ""}
        onChange={(e) => apply({ team: e.target.value })}
      >
        <Options items={props.teams} none="All teams" />
      </Select>
      <Select
        aria-label="Filter by manager"
        value={props.values.manager ?? ""}
        onChange={(e) => apply({ manager: e.target.value })}
      >
        <Options items={props.managers} none="Everyone I can see" />
      </Select>
    </form>
  );
}
