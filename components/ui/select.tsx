import { ChevronDown } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "./cn";
import { controlStyles } from "./input";

export type SelectProps = ComponentProps<"select"> & {
  /** Classes for the wrapper (width, margins); `className` goes on the <select> itself. */
  wrapperClassName?: string;
};

/** A native <select>: keyboard, screen reader and mobile pickers work for free. Pass <option>s as children. */
export function Select({ className, wrapperClassName, children, ...props }: SelectProps) {
  return (
    <div className={cn("relative", wrapperClassName)}>
      <select className={cn(controlStyles, "h-10 cursor-pointer appearance-none pr-9", className)} {...props}>
        {children}
      </select>
      <ChevronDown
        aria-hidden
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}

type Item = { id: string; name: string; title?: string | null };

/** <option>s for a list of named things, with an optional empty first choice (e.g. "None"). */
export function Options({ items, none, withTitle = false }: { items: Item[]; none?: string; withTitle?: boolean }) {
  return (
    <>
      {none !== undefined && <option value="">{none}</option>}
      {items.map((i) => (
        <option key={i.id} value={i.id}>
          {withTitle && i.title ? `${i.name} — ${i.title}` : i.name}
        </option>
      ))}
    </>
  );
}
