// Recognition: input and output schemas of the procedures (zod; server only: the browser gets
// limits from recognition.limits.ts).
import { z } from "zod";
import { text, ZId } from "../../lib/validation";
import { EMOJIS, FEED_PAGE, MESSAGE_MAX, RECIPIENTS_MAX } from "./recognition.limits";

const ZMessage = text({ min: 1, max: MESSAGE_MAX, label: "The message", multiline: true });
export const ZVisibility = z.enum(["PUBLIC", "PRIVATE"]);

export const ZGiveRecognition = z.object({
  recipientIds: z
    .array(ZId)
    .min(1, "Pick at least one person to recognise")
    .max(RECIPIENTS_MAX, `At most ${RECIPIENTS_MAX} people at once`)
    .refine((ids) => new Set(ids).size === ids.length, "Each person once"),
  message: ZMessage,
  visibility: ZVisibility.default("PUBLIC"),
  competencyId: ZId.optional(),
  /** Index of a behaviour of the tagged competency (its current version). */
  behaviour: z.number().int().min(0).max(50).optional(),
});
export type TGiveRecognition = z.infer<typeof ZGiveRecognition>;

export const ZRecognitionRef = z.object({ recognitionId: ZId });
export const ZEditRecognition = z.object({ recognitionId: ZId, message: ZMessage });
export const ZReact = z.object({ recognitionId: ZId, emoji: z.enum(EMOJIS), on: z.boolean() });

export const ZFeedInput = z.object({
  /** A person's "given" or "received" tab, or "all" of theirs; without a person, the org's public feed. */
  personId: ZId.optional(),
  tab: z.enum(["all", "given", "received"]).default("received"),
  competencyId: ZId.optional(),
  teamId: ZId.optional(),
  /** Keyset: the last item's (createdAt, id). */
  cursor: z.object({ at: z.date(), id: ZId }).optional(),
  limit: z.number().int().min(1).max(100).default(FEED_PAGE),
});
export type TFeedInput = z.infer<typeof ZFeedInput>;

const ZPersonRef = z.object({ id: z.string(), name: z.string() });
export const ZRecognitionItem = z.object({
  id: z.string(),
  message: z.string(),
  visibility: ZVisibility,
  createdAt: z.date(),
  editedAt: z.date().nullable(),
  giver: ZPersonRef,
  recipients: z.array(ZPersonRef),
  competency: ZPersonRef.nullable(),
  behaviour: z.string().nullable(),
  reactions: z.array(z.object({ emoji: z.string(), count: z.number().int(), mine: z.boolean() })),
  canEdit: z.boolean(),
  canDelete: z.boolean(),
});
export const ZFeed = z.object({
  items: z.array(ZRecognitionItem),
  nextCursor: z.object({ at: z.date(), id: z.string() }).nullable(),
});

export const ZTags = z.object({
  competencies: z.array(
    z.object({ id: z.string(), name: z.string(), framework: z.string(), behaviours: z.array(z.string()) }),
  ),
});

// Insights: counts only (no messages), for a manager's subtree or (HR) the org.
export const ZInsightsInput = z.object({
  days: z.number().int().min(7).max(365).default(90),
  /** "Not recognised lately": no recognition received in this many days (the research target is 7). */
  staleDays: z.number().int().min(1).max(365).default(30),
});
export type TInsightsInput = z.infer<typeof ZInsightsInput>;
export const ZInsights = z.object({
  people: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      given: z.number().int(),
      received: z.number().int(),
      lastReceivedAt: z.date().nullable(),
    }),
  ),
  /** Share of the people in scope who gave or received anything in the period (0..1). */
  participation: z.number(),
  /** Pairs where one thanked the other in the period and never the other way round. */
  oneWayPairs: z.array(z.object({ giver: ZPersonRef, recipient: ZPersonRef, count: z.number().int() })),
  /** One-way pairs over all pairs with any recognition between them (0..1; 0 when there are none). */
  oneWayShare: z.number(),
  notRecognised: z.array(z.object({ id: z.string(), name: z.string(), lastReceivedAt: z.date().nullable() })),
  /** Each week of the period (Monday, YYYY-MM-DD, the viewer's zone): recognition given and received in scope. */
  weekly: z.array(z.object({ week: z.string(), given: z.number().int(), received: z.number().int() })),
});
export type TInsights = z.infer<typeof ZInsights>;
