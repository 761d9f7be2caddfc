"use client";
// The charts, loaded on demand: Recharts is a separate chunk fetched after the page renders, with
// a skeleton of the chart's height until then (next/dynamic, client only: charts measure the DOM).
import dynamic from "next/dynamic";
import { Skeleton } from "../ui/skeleton";

export const LevelRadar = dynamic(() => import("./level-charts").then((m) => m.LevelRadar), {
  ssr: false,
  loading: () => <Skeleton className="h-[300px] w-full" />,
});

export const LevelLine = dynamic(() => import("./level-charts").then((m) => m.LevelLine), {
  ssr: false,
  loading: () => <Skeleton className="h-[160px] w-full" />,
});

export const WeeklyBars = dynamic(() => import("./weekly-chart").then((m) => m.WeeklyBars), {
  ssr: false,
  loading: () => <Skeleton className="h-[220px] w-full" />,
});

export const SeriesBars = dynamic(() => import("./series-bars").then((m) => m.SeriesBars), {
  ssr: false,
  loading: () => <Skeleton className="h-[200px] w-full" />,
});
