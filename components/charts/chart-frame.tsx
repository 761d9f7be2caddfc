"use client";
// A chart with its numbers: a figure whose "Show as table" toggle swaps the chart for a table of the
// same values. The chart itself is an image to assistive technology (its summary is the label); the
// table is the accessible way to read every value.
import { type ReactNode, useId, useState } from "react";
import { Button } from "../ui/button";
import { cn } from "../ui/cn";

export function ChartFrame(props: {
  title: ReactNode;
  /** What the chart shows, in one sentence: the image's accessible name. */
  summary: string;
  /** The same numbers as the chart. */
  table: ReactNode;
  children: ReactNode;
  className?: string;
  /** Names the toggle for screen readers when a page has several charts ("Active listening"). */
  subject?: string;
}) {
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <figure aria-labelledby={id} className={cn("min-w-0 space-y-2", props.className)}>
      <div className="flex items-start justify-between gap-2">
        <figcaption id={id} className="min-w-0 font-medium text-sm">
          {props.title}
        </figcaption>
        <Button
          type="button"
          size="sm"
          variant="ghost"
          aria-pressed={asTable}
          // Starts with the visible text, so speech input ("click Show as table") still finds it.
          aria-label={props.subject ? `Show as table: ${props.subject}` : undefined}
          onClick={() => setAsTable((v) => !v)}
        >
          Show as table
        </Button>
      </div>
      {asTable ? (
        <div className="relative overflow-x-auto">{props.table}</div>
      ) : (
        <div role="img" aria-label={props.summary} className="min-w-0">
          {props.children}
        </div>
      )}
    </figure>
  );
}
