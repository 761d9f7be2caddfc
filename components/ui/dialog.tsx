"use client";

import * as Primitive from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import { type ComponentProps, type RefObject, useRef } from "react";
import { cn } from "./cn";

export const Dialog = Primitive.Root;
export const DialogTrigger = Primitive.Trigger;
export const DialogClose = Primitive.Close;

const sides = {
  center:
    "top-1/2 left-1/2 max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] max-w-lg overflow-y-auto -translate-x-1/2 -translate-y-1/2 rounded-xl border p-6 data-[state=open]:animate-pop-in data-[state=closed]:animate-fade-out",
  left: "inset-y-0 left-0 h-full w-[min(20rem,85vw)] border-r p-4 data-[state=open]:animate-slide-in-left data-[state=closed]:animate-slide-out-left",
} as const;

export type DialogContentProps = ComponentProps<typeof Primitive.Content> & {
  /** "left" turns the dialog into a sheet sliding from the left edge (the phone nav). */
  side?: keyof typeof sides;
  /** Hide the built-in top-right close button (e.g. when you render your own). */
  hideClose?: boolean;
  /**
   * Where focus goes when the dialog closes, when what opened it is gone (a menu item) or was not
   * focused (a keyboard shortcut). By default focus returns to whatever had it when the dialog opened.
   */
  returnFocus?: RefObject<HTMLElement | null>;
};

/**
 * Radix returns focus to a DialogTrigger; a dialog opened from state (a menu item, a shortcut, a
 * button that is not its trigger) would drop it on <body>. This puts it back where the user was.
 */
function useReturnFocus(returnFocus?: RefObject<HTMLElement | null>) {
  const opener = useRef<HTMLElement | null>(null);
  return {
    // Radix announces the open before it moves focus in: what has focus now opened the dialog.
    remember: () => {
      opener.current = document.activeElement as HTMLElement | null;
    },
    restore: (event: Event) => {
      const target = [opener.current, returnFocus?.current].find(
        (el): el is HTMLElement => !!el && el !== document.body && el.isConnected,
      );
      if (!target) return;
      event.preventDefault();
      target.focus();
    },
  };
}

/** Focus-trapped, Esc-to-close modal. Always give it a DialogTitle (use className="sr-only" to hide it). */
export function DialogContent({
  side = "center",
  hideClose = false,
  returnFocus,
  className,
  children,
  onOpenAutoFocus,
  onCloseAutoFocus,
  ...props
}: DialogContentProps) {
  const focus = useReturnFocus(returnFocus);
  return (
    <Primitive.Portal>
      <Primitive.Overlay className="fixed inset-0 z-50 bg-black/40 backdrop-blur-[2px] data-[state=open]:animate-fade-in data-[state=closed]:animate-fade-out dark:bg-black/60" />
      <Primitive.Content
        className={cn("fixed z-50 bg-surface-raised text-foreground shadow-overlay", sides[side], className)}
        onOpenAutoFocus={(event) => {
          focus.remember();
          onOpenAutoFocus?.(event);
        }}
        onCloseAutoFocus={(event) => {
          onCloseAutoFocus?.(event);
          if (!event.defaultPrevented) focus.restore(event);
        }}
        {...props}
      >
        {children}
        {hideClose ? null : (
          <Primitive.Close
            className="absolute top-3 right-3 inline-flex size-8 items-center justify-center rounded-md text-muted-foreground transition-colors hover:bg-muted hover:text-foreground"
            aria-label="Close"
          >
            <X aria-hidden className="size-4" />
          </Primitive.Close>
        )}
      </Primitive.Content>
    </Primitive.Portal>
  );
}

export function DialogHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("mb-4 flex flex-col gap-1.5 pr-8", className)} {...props} />;
}

export function DialogTitle({ className, ...props }: ComponentProps<typeof Primitive.Title>) {
  return <Primitive.Title className={cn("text-lg font-semibold leading-tight", className)} {...props} />;
}

export function DialogDescription({ className, ...props }: ComponentProps<typeof Primitive.Description>) {
  return <Primitive.Description className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)} {...props} />;
}
