// A competency level as colour plus text (never colour alone): "Consistent", with "3 of 4" for
// screen readers and the tooltip. Used by the person view and the team heatmap.
import { cn } from "../ui/cn";

/** The subtle theme colour of a level, from lowest to highest, whatever the scale's length. */
export function levelTone(rating: number, levels: number): string {
  const tones = [
    "bg-danger-subtle text-danger-subtle-foreground",
    "bg-warning-subtle text-warning-subtle-foreground",
    "bg-brand-subtle text-brand-subtle-foreground",
    "bg-success-subtle text-success-subtle-foreground",
  ];
  const i = levels <= 1 ? tones.length - 1 : Math.round(((rating - 1) / (levels - 1)) * (tones.length - 1));
  return tones[Math.max(0, Math.min(tones.length - 1, i))] ?? "";
}

export function LevelPill(props: { rating: number; label: string; levels: number; className?: string }) {
  return (
    <span
      title={`Level ${props.rating} of ${props.levels}`}
      className={cn(
        "inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 font-medium text-xs",
        levelTone(props.rating, props.levels),
        props.className,
      )}
    >
      {props.label}
      <span className="sr-only">
        {" "}
        (level {props.rating} of {props.levels})
      </span>
    </span>
  );
}
