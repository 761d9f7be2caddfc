// An organization's product settings (Organization.settings, JSON): defaults for anything unset,
// and what an HR admin may change. Pure zod.
import { z } from "zod";

export const ZOrgSettings = z.object({
  /** How many recognitions one person may give per day (their local day). */
  recognitionDailyCap: z.number().int().min(1).max(100).default(10),
  /** Birthdays, anniversaries and milestones on a Saturday or Sunday are shown on the Friday before. */
  weekendMilestonesOnFriday: z.boolean().default(false),
});
export type TOrgSettings = z.infer<typeof ZOrgSettings>;

/** An HR admin's change: only the settings named change. */
export const ZUpdateOrgSettings = z.object({
  recognitionDailyCap: z.number().int().min(1).max(100).optional(),
  weekendMilestonesOnFriday: z.boolean().optional(),
});
export type TUpdateOrgSettings = z.infer<typeof ZUpdateOrgSettings>;

/** The settings as stored, with defaults for what is missing; an unreadable value falls back to defaults. */
export function readOrgSettings(stored: unknown): TOrgSettings {
  const parsed = ZOrgSettings.safeParse(stored ?? {});
  return parsed.success ? parsed.data : ZOrgSettings.parse({});
}
