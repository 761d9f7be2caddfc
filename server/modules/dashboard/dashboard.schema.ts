// Dashboard: input and output schemas of the procedures (zod).
import { z } from "zod";
import { ZId } from "../../lib/validation";

export const ZPeriod = z.union([z.literal(30), z.literal(90)]).default(90);
export const ZOverviewInput = z.object({
  /** Direct reports, the whole subtree, or (HR admins) the org; by default direct reports, or the
   * org for an HR admin with no reports. */
  scope: z.enum(["direct", "subtree", "org"]).optional(),
  days: ZPeriod,
  teamId: ZId.optional(),
});
export type TOverviewInput = z.infer<typeof ZOverviewInput>;
export const ZLinesInput = z.object({ teamId: ZId.optional() });
export const ZRollupInput = z.object({
  scope: z.enum(["subtree", "org"]),
  by: z.enum(["manager", "team"]).default("manager"),
  teamId: ZId.optional(),
});
export type TRollupInput = z.infer<typeof ZRollupInput>;
export const ZApplyAdvice = z.object({ reportId: ZId });
export const ZTeamsInput = z.object({ scope: z.enum(["direct", "subtree", "org"]).optional() });
export type TTeamsInput = z.infer<typeof ZTeamsInput>;

const ZKpi = z.object({
  key: z.enum(["adherence", "coverage", "oneWay", "followThrough", "level", "usefulness"]),
  label: z.string(),
  value: z.number().nullable(),
  previous: z.number().nullable(),
  format: z.enum(["percent", "level"]),
  higherIsBetter: z.boolean(),
  detail: z.string(),
});
export const ZOverview = z.object({
  mode: z.enum(["manager", "hr", "member"]),
  scope: z.enum(["direct", "subtree", "org"]),
  /** What the viewer may switch to. */
  scopes: z.array(z.enum(["direct", "subtree", "org"])),
  people: z.number().int(),
  days: z.number().int(),
  zone: z.string(),
  /** The org-wide numbers' rollup refresh, or null when they were computed live. */
  asOf: z.date().nullable(),
  kpis: z.array(ZKpi),
  weekly: z.array(
    z.object({ week: z.string(), scheduled: z.number(), held: z.number(), given: z.number(), received: z.number() }),
  ),
  quarters: z.array(z.object({ quarter: z.string(), average: z.number(), reviews: z.number() })),
  spans: z.array(z.object({ bucket: z.string(), managers: z.number() })),
});

const ZRef = z.object({ id: z.string(), name: z.string() });
const ZSpec = z.union([
  z.object({ frequency: z.literal("WEEKLY"), intervalWeeks: z.number(), weekday: z.string() }),
  z.object({ frequency: z.literal("MONTHLY"), nth: z.number(), weekday: z.string() }),
]);
export const ZLines = z.object({
  zone: z.string(),
  lines: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      title: z.string().nullable(),
      timeZone: z.string(),
      cadence: z.object({ summary: z.string(), paused: z.boolean() }).nullable(),
      lastHeldAt: z.date().nullable(),
      next: z.object({ id: z.string(), startsAt: z.date() }).nullable(),
      lastTouch: z
        .object({ at: z.date(), kind: z.enum(["ONE_ON_ONE", "RECOGNITION", "NOTE"]), days: z.number() })
        .nullable(),
      lastReceivedAt: z.date().nullable(),
      lastGivenAt: z.date().nullable(),
      openItems: z.number(),
      overdueItems: z.number(),
      nextMilestone: z.object({ title: z.string(), date: z.string(), kind: z.string() }).nullable(),
      levels: z.array(
        z.object({
          competencyId: z.string(),
          name: z.string(),
          rating: z.number(),
          label: z.string(),
          stale: z.boolean(),
        }),
      ),
      health: z.enum(["green", "amber", "red"]),
      reasons: z.array(z.string()),
      advice: z
        .object({ spec: ZSpec, kind: z.enum(["REGULAR", "NO_AGENDA"]), summary: z.string(), reason: z.string() })
        .nullable(),
    }),
  ),
  thisWeek: z.object({
    prepare: z.array(z.object({ id: z.string(), startsAt: z.date(), withId: z.string(), withName: z.string() })),
    overdue: z.array(
      z.object({ id: z.string(), name: z.string(), lastHeldAt: z.date().nullable(), nextId: z.string().nullable() }),
    ),
    milestones: z.array(
      z.object({ id: z.string(), kind: z.string(), title: z.string(), date: z.string(), person: ZRef.nullable() }),
    ),
    notRecognised: z.array(z.object({ id: z.string(), name: z.string(), lastReceivedAt: z.date().nullable() })),
  }),
});
export const ZRollup = z.object({
  by: z.enum(["manager", "team"]),
  asOf: z.date().nullable(),
  total: z.number(),
  lines: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      team: z.string().nullable(),
      people: z.number(),
      scheduled: z.number(),
      held: z.number(),
      covered: z.number(),
      adherence: z.number().nullable(),
      coverage: z.number().nullable(),
    }),
  ),
});

/** The team filter's choices: the teams of the people in the scope. */
export const ZScopeTeams = z.array(ZRef);
