// 1:1 limits, a product decision (README "Rules"): the schemas enforce them, the page's fields and
// counters show them. Plain numbers on purpose: the browser imports this file, and importing the
// schema file instead would ship zod (~48 KB compressed) with the 1:1 page.
export const NOTES_MAX = 20_000;
export const ITEM_MAX = 500;
