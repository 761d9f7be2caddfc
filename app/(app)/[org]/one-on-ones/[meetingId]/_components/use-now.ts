"use client";
import { useEffect, useState, useSyncExternalStore } from "react";

/** The current time in ms, refreshed every 30 s (so "Mark held" unlocks an hour before on its own). */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The browser's IANA zone; null in the server render, so the hydrated markup matches. */
export function useBrowserZone(): string | null {
  return useSyncExternalStore(noSubscription, browserZone, () => null);
}
