import type { ComponentProps } from "react";
import { cn } from "./cn";

/** Shared by Input, Textarea and Select so every control looks and fails the same way. */
export const controlStyles =
  "w-full rounded-md border border-input bg-surface px-3 text-sm text-foreground shadow-card transition-colors placeholder:text-muted-foreground/80 hover:border-muted-foreground/50 focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring/40 disabled:cursor-not-allowed disabled:opacity-60 aria-invalid:border-danger aria-invalid:focus-visible:outline-danger/40";

export type InputProps = ComponentProps<"input">;

export function Input({ className, type = "text", ...props }: InputProps) {
  return <input type={type} className={cn(controlStyles, "h-10", className)} {...props} />;
}
