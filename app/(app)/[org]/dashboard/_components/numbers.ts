// How the dashboard writes its numbers: one place for percentages, levels and changes.
export type KpiFormat = "percent" | "level";

export function formatKpi(value: number | null, format: KpiFormat): string {
  if (value === null) return "—";
  return format === "percent" ? `${Math.round(value * 100)}%` : value.toFixed(1);
}

/** "+12 pts", "−0.3", or null when either side is missing or nothing changed. */
export function formatChange(value: number | null, previous: number | null, format: KpiFormat): string | null {
  if (value === null || previous === null) return null;
  const d = format === "percent" ? Math.round((value - previous) * 100) : Math.round((value - previous) * 10) / 10;
  if (d === 0) return "no change";
  const sign = d > 0 ? "+" : "−";
  return format === "percent" ? `${sign}${Math.abs(d)} pts` : `${sign}${Math.abs(d).toFixed(1)}`;
}
