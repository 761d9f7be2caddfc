"use client";
// Recharts charts of competency levels. Only ever imported through ./lazy.tsx, so the chart library
// loads after the page, in its own chunk, and the page's first-load JavaScript does not grow by it.
// Colours come from the theme's CSS variables, so the charts follow light and dark mode.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { shortDate } from "../format/dates";
import { AXIS, tooltipStyle } from "./theme";

export type RadarDatum = { name: string; now: number; before: number };

export function LevelRadar(props: { data: RadarDatum[]; levels: number; beforeLabel: string }) {
  return (
    <ResponsiveContainer width="100%" height={300}>
      <RadarChart data={props.data} outerRadius="62%" accessibilityLayer={false}>
        <PolarGrid stroke="var(--border)" />
        <PolarAngleAxis dataKey="name" tick={AXIS} />
        <PolarRadiusAxis domain={[0, props.levels]} tickCount={props.levels + 1} tick={AXIS} angle={90} />
        <Radar
          name={props.beforeLabel}
          dataKey="before"
          stroke="var(--muted-foreground)"
          strokeDasharray="4 3"
          fill="var(--muted-foreground)"
          fillOpacity={0.1}
          isAnimationActive={false}
        />
        <Radar
          name="Now"
          dataKey="now"
          stroke="var(--brand)"
          fill="var(--brand)"
          fillOpacity={0.25}
          isAnimationActive={false}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
      </RadarChart>
    </ResponsiveContainer>
  );
}

export type LinePoint = { at: number; rating: number; label: string };

export function LevelLine(props: { points: LinePoint[]; levels: number; zone: string }) {
  const ticks = Array.from({ length: props.levels }, (_, i) => i + 1);
  return (
    <ResponsiveContainer width="100%" height={160}>
      <LineChart data={props.points} margin={{ top: 8, right: 12, bottom: 0, left: -24 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="at"
          type="number"
          scale="time"
          domain={["dataMin", "dataMax"]}
          tick={AXIS}
          tickFormatter={(at: number) => shortDate(new Date(at), props.zone)}
          minTickGap={24}
          padding={{ left: 12, right: 12 }}
        />
        <YAxis domain={[1, props.levels]} ticks={ticks} allowDecimals={false} tick={AXIS} />
        <Tooltip
          contentStyle={tooltipStyle}
          labelFormatter={(at) => shortDate(new Date(Number(at)), props.zone)}
          formatter={(_value, _name, item) => [(item.payload as LinePoint).label, "Level"]}
        />
        <Line
          type="linear"
          dataKey="rating"
          stroke="var(--brand)"
          strokeWidth={2}
          dot={{ r: 3, fill: "var(--brand)" }}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
