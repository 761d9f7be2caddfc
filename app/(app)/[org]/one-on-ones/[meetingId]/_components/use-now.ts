"use client";
import { useEffect, useState } from "react";

/** The current time in ms, refreshed every 30 s (so "Mark held" unlocks an hour before on its own). */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);
  return now;
}
