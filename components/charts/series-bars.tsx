"use client";
// Bars for a few named series over categories (weeks, quarters, span buckets): the dashboard's
// charts. Only imported through ./lazy.tsx.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS, tooltipStyle } from "./theme";

export type Series = { key: string; name: string; color: string };

export function SeriesBars(props: {
  data: Record<string, string | number>[];
  x: string;
  series: Series[];
  height?: number;
  decimals?: boolean;
}) {
  return (
    <ResponsiveContainer width="100%" height={props.height ?? 200}>
      <BarChart data={props.data} accessibilityLayer={false} margin={{ left: -16, right: 8 }}>
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis dataKey={props.x} tick={AXIS} interval="preserveStartEnd" minTickGap={12} />
        <YAxis allowDecimals={props.decimals ?? false} tick={AXIS} />
        <Tooltip contentStyle={tooltipStyle} cursor={{ fill: "var(--muted)" }} />
        {props.series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
        {props.series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
