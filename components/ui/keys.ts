// Single-key shortcuts (the 1:1 page's, the composer's "k") never fire while someone types in a field
// or works in an open dialog or menu.
export function isTypingOrInDialog(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.repeat) return true;
  const t = e.target;
  if (t instanceof HTMLElement && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName)))
    return true;
  return !!document.querySelector('[role="dialog"][data-state="open"], [role="menu"][data-state="open"]');
}
