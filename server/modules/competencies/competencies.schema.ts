// Competency frameworks: input and output schemas of the procedures (zod; server only: the browser
// gets limits from competencies.limits.ts).
import { z } from "zod";
import { text, ZId } from "../../lib/validation";
import { ITEM_MAX } from "../one-on-ones/one-on-ones.schema";
import { BEHAVIOURS_MAX, EVIDENCE_MAX, LEVELS_MAX, LEVELS_MIN, NAME_MAX, TEXT_MAX } from "./competencies.limits";

const name = (label: string) => text({ min: 1, max: NAME_MAX, label });
const prose = (label: string) => text({ max: TEXT_MAX, label, multiline: true });

export const ZScaleLevel = z.object({
  value: z.number().int().min(1).max(LEVELS_MAX),
  label: name("A level's name"),
  description: prose("A level's description"),
});
/** Levels 1..n in order, n between 2 and 7, names unique. */
export const ZScale = z
  .array(ZScaleLevel)
  .min(LEVELS_MIN, `A scale has at least ${LEVELS_MIN} levels`)
  .max(LEVELS_MAX, `A scale has at most ${LEVELS_MAX} levels`)
  .superRefine((levels, ctx) => {
    levels.forEach((l, i) => {
      if (l.value !== i + 1)
        ctx.addIssue({ code: "custom", path: [i, "value"], message: "Levels are numbered 1, 2, 3… in order" });
    });
    const seen = new Set<string>();
    levels.forEach((l, i) => {
      const key = l.label.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i, "label"], message: "Two levels have this name" });
      seen.add(key);
    });
  });

export const ZFrameworkId = z.object({ frameworkId: ZId });
export const ZCompetencyId = z.object({ competencyId: ZId });

export const ZCreateFramework = z.object({
  name: name("The framework's name"),
  description: prose("The description").optional(),
  scale: ZScale.optional(),
});
export const ZUpdateFramework = z.object({
  frameworkId: ZId,
  name: name("The framework's name").optional(),
  description: prose("The description").optional(),
  scale: ZScale.optional(),
});
/** Where a framework applies: the whole org, and/or some teams (a team's framework wins over the org's). */
export const ZApplyFramework = z.object({
  frameworkId: ZId,
  orgWide: z.boolean(),
  teamIds: z.array(ZId).max(500),
});
export const ZSetFrameworkStatus = z.object({ frameworkId: ZId, status: z.enum(["ACTIVE", "ARCHIVED"]) });

const ZCompetencyTexts = z.object({
  name: name("The competency's name"),
  category: text({ max: NAME_MAX, label: "The category" }).optional(),
  description: prose("The description").optional(),
  behaviours: z
    .array(text({ min: 1, max: TEXT_MAX, label: "A behaviour" }))
    .max(BEHAVIOURS_MAX, `At most ${BEHAVIOURS_MAX} behaviours`),
  expectedResult: prose("The expected result").optional(),
  leaderCheck: prose("The leader check").optional(),
});
export const ZAddCompetency = ZCompetencyTexts.extend({ frameworkId: ZId });
export const ZUpdateCompetency = ZCompetencyTexts.extend({ competencyId: ZId });
/** Move a competency between two neighbours (null: to the start or the end). */
export const ZMoveCompetency = z.object({ competencyId: ZId, afterId: ZId.nullable(), beforeId: ZId.nullable() });
export const ZArchiveCompetency = z.object({ competencyId: ZId, archived: z.boolean() });

export type TCreateFramework = z.infer<typeof ZCreateFramework>;
export type TUpdateFramework = z.infer<typeof ZUpdateFramework>;
export type TApplyFramework = z.infer<typeof ZApplyFramework>;
export type TAddCompetency = z.infer<typeof ZAddCompetency>;
export type TUpdateCompetency = z.infer<typeof ZUpdateCompetency>;
export type TMoveCompetency = z.infer<typeof ZMoveCompetency>;
export type TScale = z.infer<typeof ZScale>;

const ZCompetency = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  description: z.string(),
  behaviours: z.array(z.string()),
  expectedResult: z.string(),
  leaderCheck: z.string(),
  version: z.number().int(),
  position: z.number(),
  archived: z.boolean(),
});
export const ZFramework = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  status: z.enum(["ACTIVE", "ARCHIVED"]),
  orgWide: z.boolean(),
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  scale: z.array(ZScaleLevel),
  template: z.string().nullable(),
  competencies: z.array(ZCompetency),
  canEdit: z.boolean(),
});
export const ZFrameworkList = z.array(
  ZFramework.omit({ competencies: true }).extend({ competencyCount: z.number().int() }),
);

// Reviews inside a 1:1.
export const ZMeetingRef = z.object({ meetingId: ZId });
export const ZPick = z.object({ meetingId: ZId, competencyId: ZId });
export const ZSaveReview = z.object({
  meetingId: ZId,
  competencyId: ZId,
  kind: z.enum(["MANAGER", "SELF"]),
  baseVersion: z.number().int().min(0),
  rating: z.number().int().min(1).max(LEVELS_MAX).nullable(),
  observed: z
    .array(
      z
        .number()
        .int()
        .min(0)
        .max(BEHAVIOURS_MAX - 1),
    )
    .max(BEHAVIOURS_MAX),
  evidence: text({ max: EVIDENCE_MAX, label: "The evidence", multiline: true, trim: false }),
});

/** A next step, as long as an action item may be (one-on-ones.limits ITEM_MAX). */
export const ZNextStep = z.object({
  meetingId: ZId,
  competencyId: ZId,
  text: text({ min: 1, max: ITEM_MAX, label: "The next step" }),
});

const ZReview = z.object({
  id: z.string(),
  kind: z.enum(["MANAGER", "SELF"]),
  authorId: z.string(),
  status: z.enum(["DRAFT", "SHARED"]),
  competencyId: z.string(),
  competencyVersionId: z.string(),
  rating: z.number().int().nullable(),
  ratingLabel: z.string().nullable(),
  observed: z.array(z.number().int()),
  evidence: z.string(),
  nextStepItemId: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.date(),
  sharedAt: z.date().nullable(),
});
export const ZPanel = z.object({
  role: z.enum(["MANAGER", "REPORT", "OBSERVER"]),
  framework: z.object({ id: z.string(), name: z.string(), scale: z.array(ZScaleLevel) }).nullable(),
  picked: z.array(
    z.object({
      competencyId: z.string(),
      texts: z
        .object({
          name: z.string(),
          behaviours: z.array(z.string()),
          expectedResult: z.string(),
          leaderCheck: z.string(),
          version: z.number().int(),
        })
        .nullable(),
      changed: z.boolean(),
      manager: ZReview.nullable(),
      managerShared: z.boolean(),
      self: ZReview.nullable(),
      previous: z
        .object({
          rating: z.number().int().nullable(),
          ratingLabel: z.string().nullable(),
          evidence: z.string(),
          at: z.date(),
        })
        .nullable(),
      recognition: z.array(z.object({ id: z.string(), at: z.date(), fromName: z.string(), message: z.string() })),
    }),
  ),
  suggestions: z.array(z.object({ id: z.string(), name: z.string(), lastAt: z.date().nullable() })),
});

// Levels: the person view and the team heatmap.
export const ZPersonRef = z.object({ personId: ZId });
const ZLevelPoint = z.object({ at: z.date(), rating: z.number().int(), label: z.string() });
export const ZPersonLevels = z.object({
  person: z.object({ id: z.string(), name: z.string(), timeZone: z.string() }),
  framework: z.object({ id: z.string(), name: z.string(), scale: z.array(ZScaleLevel) }).nullable(),
  radarFrom: z.date(),
  competencies: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      category: z.string(),
      inFramework: z.boolean(),
      latest: ZLevelPoint.extend({ stale: z.boolean() }).nullable(),
      before: ZLevelPoint.nullable(),
      points: z.array(ZLevelPoint),
    }),
  ),
  /** Null when the viewer may see levels but not the evidence behind them. */
  timeline: z
    .array(
      z.object({
        id: z.string(),
        at: z.date(),
        kind: z.enum(["MANAGER", "SELF"]),
        competencyId: z.string(),
        name: z.string(),
        version: z.number().int(),
        changed: z.boolean(),
        rating: z.number().int().nullable(),
        ratingLabel: z.string().nullable(),
        observed: z.array(z.string()),
        evidence: z.string(),
        meetingId: z.string(),
      }),
    )
    .nullable(),
});

export const HEATMAP_PAGE = 50;
const ZCursor = z.object({ name: text({ max: 200, label: "A cursor", trim: false }), id: ZId });
export const ZHeatmapInput = z.object({
  frameworkId: ZId.optional(),
  teamId: ZId.optional(),
  managerId: ZId.optional(),
  /** Keyset cursor: the last row's (name, id) for the next page, the first row's for the previous. */
  cursor: ZCursor.optional(),
  direction: z.enum(["forward", "backward"]).default("forward"),
  limit: z.number().int().min(1).max(200).default(HEATMAP_PAGE),
});
export type THeatmapInput = z.infer<typeof ZHeatmapInput>;
const ZRef = z.object({ id: z.string(), name: z.string() });
export const ZHeatmap = z.object({
  framework: z.object({ id: z.string(), name: z.string(), scale: z.array(ZScaleLevel) }).nullable(),
  frameworks: z.array(ZRef),
  managers: z.array(ZRef),
  competencies: z.array(z.object({ id: z.string(), name: z.string(), category: z.string() })),
  rows: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      title: z.string().nullable(),
      team: z.string().nullable(),
      cells: z.array(
        z.object({
          competencyId: z.string(),
          rating: z.number().int().nullable(),
          label: z.string().nullable(),
          at: z.date().nullable(),
          stale: z.boolean(),
        }),
      ),
    }),
  ),
  /** Over everyone matching the filters: reviewed at all, reviewed within staleDays, average latest level. */
  coverage: z.array(
    z.object({
      competencyId: z.string(),
      reviewed: z.number().int(),
      fresh: z.number().int(),
      average: z.number().nullable(),
    }),
  ),
  total: z.number().int(),
  nextCursor: z.object({ name: z.string(), id: z.string() }).nullable(),
  prevCursor: z.object({ name: z.string(), id: z.string() }).nullable(),
  staleDays: z.number().int(),
});
