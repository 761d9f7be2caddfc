"use client";

import { useTheme } from "next-themes";
import { Toaster as Sonner } from "sonner";

/**
 * The app's one toast outlet; call `toast.success("Saved")` from "sonner" anywhere in client code.
 * Follows the active theme so toasts don't flash white in dark mode.
 */
export function Toaster() {
  const { resolvedTheme } = useTheme();
  return (
    <Sonner
      theme={resolvedTheme === "dark" ? "dark" : "light"}
      position="bottom-right"
      closeButton
      richColors
      toastOptions={{ className: "font-sans" }}
    />
  );
}
