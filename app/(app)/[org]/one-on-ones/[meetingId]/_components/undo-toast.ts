"use client";
// The toast after deleting a talking point or an action item: what went, and an Undo button that
// restores it (the server keeps deleted rows; nothing purges them yet, so an undo always finds it).
import { toast } from "sonner";

/** Long enough to notice and reach the button; hovering the toast pauses it. */
const UNDO_MS = 10_000;
const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** Shows the toast at once (the delete is optimistic too); returns its id, to dismiss it if the delete fails. */
export function undoToast(title: string, text: string, onUndo: () => void): string | number {
  return toast(title, { description: clip(text), duration: UNDO_MS, action: { label: "Undo", onClick: onUndo } });
}
