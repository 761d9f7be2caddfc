// The recognition composer opens from anywhere: the shortcut, the sidebar, a person page, the
// calendar's "Celebrate", the "not recognised lately" list. Callers dispatch one DOM event; the org
// layout's composer (app/(app)/[org]/_components/composer) listens, so nothing here needs its data.

export type ComposePrefill = {
  recipients?: { id: string; name: string }[];
  message?: string;
  competencyId?: string;
};

export const COMPOSE_EVENT = "rapport:compose";
/** The single-key shortcut (ignored while typing or while a dialog is open). */
export const COMPOSE_KEY = "k";

export function openComposer(prefill: ComposePrefill = {}) {
  window.dispatchEvent(new CustomEvent<ComposePrefill>(COMPOSE_EVENT, { detail: prefill }));
}
