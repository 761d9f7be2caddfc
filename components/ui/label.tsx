import type { ComponentProps } from "react";
import { cn } from "./cn";

export type LabelProps = ComponentProps<"label"> & { htmlFor?: string };

export function Label({ className, htmlFor, children, ...props }: LabelProps) {
  return (
    <label htmlFor={htmlFor} className={cn("text-sm font-medium leading-none text-foreground", className)} {...props}>
      {children}
    </label>
  );
}
