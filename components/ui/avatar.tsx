"use client";

import { useState } from "react";
import { cn } from "./cn";

export type AvatarSize = "xs" | "sm" | "md" | "lg" | "xl";

const sizes: Record<AvatarSize, string> = {
  xs: "size-6 text-[0.625rem]",
  sm: "size-8 text-xs",
  md: "size-10 text-sm",
  lg: "size-12 text-base",
  xl: "size-16 text-lg",
};

// Soft tints that read in light and dark; a name always maps to the same one.
const palette = [
  "bg-teal-100 text-teal-900 dark:bg-teal-900/60 dark:text-teal-100",
  "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100",
  "bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100",
  "bg-rose-100 text-rose-900 dark:bg-rose-900/60 dark:text-rose-100",
  "bg-violet-100 text-violet-900 dark:bg-violet-900/60 dark:text-violet-100",
  "bg-lime-100 text-lime-900 dark:bg-lime-900/60 dark:text-lime-100",
  "bg-orange-100 text-orange-900 dark:bg-orange-900/60 dark:text-orange-100",
  "bg-indigo-100 text-indigo-900 dark:bg-indigo-900/60 dark:text-indigo-100",
] as const;

/** "Ada Lovelace" -> "AL", "cher" -> "C", "" -> "?". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? "";
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase() || "?";
}

/** A stable palette index from a string (FNV-1a), so the same person keeps the same colour everywhere. */
export function colorIndex(name: string, buckets = palette.length): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % buckets;
}

export type AvatarProps = {
  name: string;
  src?: string | null;
  size?: AvatarSize;
  /** Set when the name is shown right next to the avatar, so screen readers don't read it twice. */
  decorative?: boolean;
  className?: string;
};

export function Avatar({ name, src, size = "md", decorative = false, className }: AvatarProps) {
  const [failed, setFailed] = useState(false);
  const a11y = decorative ? { "aria-hidden": true } : { role: "img", "aria-label": name };
  return (
    <span
      {...a11y}
      className={cn(
        "relative inline-flex shrink-0 select-none items-center justify-center overflow-hidden rounded-full font-semibold",
        sizes[size],
        palette[colorIndex(name)],
        className,
      )}
    >
      {src && !failed ? (
        // biome-ignore lint/performance/noImgElement: avatars are arbitrary remote URLs; next/image would need each host configured
        <img src={src} alt="" className="size-full object-cover" onError={() => setFailed(true)} />
      ) : (
        initials(name)
      )}
    </span>
  );
}
