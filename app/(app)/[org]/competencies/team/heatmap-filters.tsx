"use client";
// The heatmap's filters, in the URL; the framework choice shows only when there is more than one.
import { UrlFilters } from "@/components/ui/url-filters";

type Option = { id: string; name: string };
type Values = { framework?: string; team?: string; manager?: string };

export function HeatmapFilters(props: { frameworks: Option[]; teams: Option[]; managers: Option[]; values: Values }) {
  return (
    <UrlFilters
      label="Filter the heatmap"
      values={props.values}
      filters={[
        ...(props.frameworks.length > 1 ? [{ key: "framework", label: "Framework", options: props.frameworks }] : []),
        { key: "team", label: "Filter by team", options: props.teams, none: "All teams" },
        { key: "manager", label: "Filter by manager", options: props.managers, none: "Everyone I can see" },
      ]}
    />
  );
}
