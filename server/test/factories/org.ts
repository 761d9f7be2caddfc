// Organization and team factories.
import type { Organization, Team } from "../../generated/prisma/client";
import { type FactoryDb, slugify, uniqueSuffix } from "./util";

export type CreateOrgInput = {
  name?: string;
  /** Defaults to a slug of the name plus a unique suffix, so repeated calls never collide. */
  slug?: string;
  timeZone?: string;
  settings?: Record<string, unknown>;
};

export async function createOrg(db: FactoryDb, input: CreateOrgInput = {}): Promise<Organization> {
  const suffix = uniqueSuffix();
  const name = input.name ?? `Org ${suffix}`;
  const slug = input.slug ?? `${slugify(name) || "org"}-${suffix}`;
  return db.organization.create({
    data: {
      name,
      slug,
      timeZone: input.timeZone ?? "UTC",
      ...(input.settings ? { settings: input.settings as object } : {}),
    },
  });
}

export type CreateTeamInput = { organizationId: string; name?: string };

export async function createTeam(db: FactoryDb, input: CreateTeamInput): Promise<Team> {
  return db.team.create({
    data: { organizationId: input.organizationId, name: input.name ?? `Team ${uniqueSuffix()}` },
  });
}
