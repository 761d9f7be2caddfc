import { cn } from "@/components/ui/cn";

/** The Rapport mark (two overlapping circles: two people meeting) and name. Decorative mark, text name. */
export function Wordmark({ className, compact = false }: { className?: string; compact?: boolean }) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold tracking-tight text-foreground", className)}>
      <svg aria-hidden viewBox="0 0 32 32" className="size-7 shrink-0" fill="none">
        <rect width="32" height="32" rx="9" className="fill-brand" />
        <circle cx="12.5" cy="16" r="6" className="stroke-brand-foreground" strokeWidth="2.25" />
        <circle cx="19.5" cy="16" r="6" className="stroke-brand-foreground" strokeOpacity="0.75" strokeWidth="2.25" />
      </svg>
      <span className={cn("text-lg", compact && "sr-only")}>Rapport</span>
    </span>
  );
}
