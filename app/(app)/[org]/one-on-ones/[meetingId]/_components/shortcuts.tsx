"use client";
// Single-key shortcuts for the 1:1 page (ignored while typing or while a dialog is open), and the
// "?" dialog that documents them.
import { Keyboard } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { isTypingOrInDialog } from "@/components/ui/keys";
import { FOCUS_IDS } from "./types";

type Props = {
  /** Participants get every shortcut; a read-only viewer only "n" (jump to the notes) and "?". */
  editable: boolean;
  onMarkHeld?: () => void;
  onReschedule?: () => void;
};

const focus = (id: string) => () => {
  const el = document.getElementById(id);
  if (!el) return;
  el.scrollIntoView({ block: "center", behavior: "smooth" });
  el.focus({ preventScroll: true });
};

export const SHORTCUTS = [
  { key: "t", label: "Add a talking point", editOnly: true },
  { key: "a", label: "Add an action item", editOnly: true },
  { key: "n", label: "Go to the shared notes", editOnly: false },
  { key: "p", label: "Write in your private note", editOnly: true },
  { key: "h", label: "Mark the 1:1 as held", editOnly: true },
  { key: "r", label: "Reschedule", editOnly: true },
  { key: "?", label: "Show these shortcuts", editOnly: false },
] as const;

export function ShortcutsHelp({ editable, onMarkHeld, onReschedule }: Props) {
  const [open, setOpen] = useState(false);
  // The latest handlers without re-binding the listener on every render.
  const handlers = useRef<Record<string, (() => void) | undefined>>({});
  handlers.current = {
    t: focus(FOCUS_IDS.point),
    a: focus(FOCUS_IDS.item),
    n: focus(FOCUS_IDS.notes),
    p: focus(FOCUS_IDS.private),
    h: onMarkHeld,
    r: onReschedule,
    "?": () => setOpen(true),
  };
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (isTypingOrInDialog(e)) return;
      const run = handlers.current[e.key];
      if (!run) return;
      e.preventDefault();
      run();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <Button
        variant="ghost"
        size="icon"
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
        onClick={() => setOpen(true)}
      >
        <Keyboard aria-hidden />
      </Button>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Keyboard shortcuts</DialogTitle>
          <DialogDescription>They work anywhere on this page except while you are typing in a field.</DialogDescription>
        </DialogHeader>
        <dl className="divide-y rounded-lg border">
          {SHORTCUTS.filter((s) => editable || !s.editOnly).map((s) => (
            <div key={s.key} className="flex items-center justify-between gap-4 px-4 py-2.5 text-sm">
              <dt>{s.label}</dt>
              <dd>
                <kbd className="inline-flex min-w-7 items-center justify-center rounded-md border border-b-2 bg-muted px-1.5 py-0.5 font-mono font-semibold text-xs">
                  {s.key}
                </kbd>
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-muted-foreground text-sm">
          Press <kbd className="font-mono">Esc</kbd> to leave a field, then use a shortcut. Enter adds a talking point
          or an action item. Anywhere in Rapport, <kbd className="font-mono">k</kbd> gives recognition.
        </p>
      </DialogContent>
    </Dialog>
  );
}
