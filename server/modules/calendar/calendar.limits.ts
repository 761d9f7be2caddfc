// Calendar limits, shared by the server's schemas and the browser's forms (no zod here).
export const MILESTONE_TITLE_MAX = 120;
export const EVENT_KINDS = ["birthday", "anniversary", "milestone", "oneOnOne"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const RECURRENCES = ["ONE_OFF", "YEARLY"] as const;
/** "Celebrations coming up": how many days ahead, by default and at most. */
export const UPCOMING_DAYS = 14;
export const UPCOMING_DAYS_MAX = 60;
/** The iCal feed's window: this many months back and ahead of the subscriber's today. */
export const FEED_MONTHS_BACK = 1;
export const FEED_MONTHS_AHEAD = 12;
/** An anniversary worth a highlight: the first, then every fifth year. */
export const isHighlightYear = (years: number) => years === 1 || (years > 0 && years % 5 === 0);
