"use client";
// Phone only: a row of the overview shows who and when, and its secondary parts (title, cadence,
// actions) open with a toggle; from `sm` up they always show and the toggle is gone. Keeps the
// overview to about one short row per pair on a phone instead of a screenful each.
import { ChevronDown } from "lucide-react";
import { useId, useState } from "react";
import { cn } from "@/components/ui/cn";

/** Literal class names (Tailwind only generates what it can read in the source). */
const SHOWN = { block: "block", flex: "flex" } as const;
const PHONE_HIDDEN = { block: "hidden sm:block", flex: "hidden sm:flex" } as const;

export function usePhoneDetails() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return {
    open,
    toggle: () => setOpen((o) => !o),
    /** The id of the n-th hidden part, for aria-controls. */
    partId: (n: number) => `${id}-${n}`,
    /** Classes of a part that a phone shows only when open, with its display from `sm` up. */
    part: (display: "block" | "flex") => (open ? SHOWN[display] : PHONE_HIDDEN[display]),
  };
}

export function PhoneDetailsToggle({
  details,
  parts,
  label,
}: {
  details: ReturnType<typeof usePhoneDetails>;
  parts: number;
  label: string;
}) {
  return (
    <button
      type="button"
      aria-expanded={details.open}
      aria-controls={Array.from({ length: parts }, (_, n) => details.partId(n)).join(" ")}
      onClick={details.toggle}
      className="-m-1 inline-flex size-8 shrink-0 items-center justify-center rounded-md text-muted-foreground hover:bg-muted sm:hidden"
    >
      <ChevronDown aria-hidden className={cn("size-4 transition-transform", details.open && "rotate-180")} />
      <span className="sr-only">{label}</span>
    </button>
  );
}
