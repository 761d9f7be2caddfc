// Calendar factories: custom milestones and iCal feed tokens. `milestoneRow` fills the defaults
// without touching the database (the demo seed batches them with createMany); `create*` writes one
// row. Feed tokens store only the sha256 of the token (as the app does); the token is returned.
import type { CalendarFeedToken, CustomMilestone, Prisma } from "../../generated/prisma/client";
import type { MilestoneRecurrence } from "../../generated/prisma/enums";
import type { IsoDate } from "../../lib/dates";
import { hashToken, newToken } from "../../lib/tokens";
import { dbDate } from "./one-on-ones";
import type { FactoryDb } from "./util";

export type MilestoneInput = {
  organizationId: string;
  id?: string;
  title?: string;
  date: IsoDate | Date;
  recurrence?: MilestoneRecurrence;
  /** Exactly one of personId and teamId (a CHECK constraint). */
  personId?: string | null;
  teamId?: string | null;
  createdById: string;
  deletedAt?: Date | null;
};

export function milestoneRow(input: MilestoneInput) {
  return {
    ...(input.id ? { id: input.id } : {}),
    organizationId: input.organizationId,
    title: input.title ?? "Milestone",
    date: dbDate(input.date),
    recurrence: input.recurrence ?? "ONE_OFF",
    personId: input.personId ?? null,
    teamId: input.teamId ?? null,
    createdById: input.createdById,
    deletedAt: input.deletedAt ?? null,
  } satisfies Prisma.CustomMilestoneCreateManyInput;
}

export async function createMilestone(db: FactoryDb, input: MilestoneInput): Promise<CustomMilestone> {
  return db.customMilestone.create({ data: milestoneRow(input) });
}

export async function createFeedToken(
  db: FactoryDb,
  input: { organizationId: string; membershipId: string; token?: string },
): Promise<{ feedToken: CalendarFeedToken; token: string }> {
  const token = input.token ?? newToken();
  const feedToken = await db.calendarFeedToken.create({
    data: { organizationId: input.organizationId, membershipId: input.membershipId, tokenHash: hashToken(token) },
  });
  return { feedToken, token };
}
