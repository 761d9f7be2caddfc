"use client";
// Debounced autosave for a text field: saves ~800 ms after typing stops and at once on blur (flush),
// one request at a time, and warns before leaving the page with unsaved text.
import { useCallback, useEffect, useRef, useState } from "react";

export type SaveState =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string };

/**
 * `save` resolves true when the text is stored, false when the caller took over (e.g. a conflict it
 * resolved with `reset`); it rejects on errors, which show as the error state until the next edit.
 */
export function useAutosave(value: string, save: (text: string) => Promise<boolean>, stored: string, delay = 800) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const storedRef = useRef(stored);
  const valueRef = useRef(value);
  valueRef.current = value;
  const saveRef = useRef(save);
  saveRef.current = save;
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    const text = valueRef.current;
    if (text === storedRef.current) return;
    setState({ kind: "saving" });
    const run = saveRef.current(text).then(
      (ok) => {
        if (!ok) return;
        storedRef.current = text;
        setState(valueRef.current === text ? { kind: "saved", at: new Date() } : { kind: "dirty" });
      },
      (e: unknown) => setState({ kind: "error", message: e instanceof Error ? e.message : "Could not save" }),
    );
    inFlight.current = run.finally(() => {
      inFlight.current = null;
    });
    await inFlight.current;
    // Typed on while that request was out: save the newer text too.
    if (valueRef.current !== storedRef.current && valueRef.current !== text) void flush();
  }, []);

  useEffect(() => {
    if (value === storedRef.current) {
      setState((s) => (s.kind === "dirty" ? { kind: "idle" } : s));
      return;
    }
    setState((s) => (s.kind === "saving" ? s : { kind: "dirty" }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delay);
  }, [value, delay, flush]);

  const isDirty = useCallback(() => inFlight.current !== null || valueRef.current !== storedRef.current, []);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (isDirty()) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("beforeunload", warn);
      // Leaving the page inside the debounce window: send what was typed.
      if (valueRef.current !== storedRef.current && !inFlight.current) void saveRef.current(valueRef.current);
    };
  }, [isDirty]);

  /** The server now holds `text` (adopted from someone else, or after a conflict). */
  const reset = useCallback((text: string) => {
    storedRef.current = text;
    setState({ kind: "idle" });
  }, []);

  return { state, flush, reset, isDirty };
}
