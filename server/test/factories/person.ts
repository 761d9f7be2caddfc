// People factories: a person is a User (global, by email) plus a Membership in one organization,
// and, when they have a manager, the open ManagerHistory row that mirrors Membership.managerId.
import type { Prisma } from "../../generated/prisma/client";
import type { CelebratePreference, MembershipStatus, Role } from "../../generated/prisma/enums";
import { type FactoryDb, newId, slugify, uniqueSuffix } from "./util";

export type PersonInput = {
  organizationId: string;
  /** Optional pre-assigned Membership id (see newId()); defaults to a fresh cuid. */
  id?: string;
  name?: string;
  /** Lowercased; an existing User with this email is reused (one person, many orgs). */
  email?: string;
  role?: Role;
  /** A Membership id in the same organization. */
  managerId?: string | null;
  teamId?: string | null;
  title?: string | null;
  birthdayMonth?: number | null;
  birthdayDay?: number | null;
  startDate?: Date | null;
  timeZone?: string;
  celebrate?: CelebratePreference;
  status?: MembershipStatus;
  /** Defaults to now when status is DEACTIVATED. */
  deactivatedAt?: Date | null;
  /** When the open ManagerHistory row starts; defaults to startDate, else now. */
  managerSince?: Date;
};

export type MembershipWithUser = Prisma.MembershipGetPayload<{ include: { user: true } }>;

const FIRST = ["Ada", "Grace", "Alan", "Katherine", "Linus", "Margaret", "Tim", "Radia", "Ken", "Barbara"];
const LAST = ["Lovelace", "Hopper", "Turing", "Johnson", "Torvalds", "Hamilton", "Berners", "Perlman"];

function defaults(input: { name?: string; email?: string }) {
  const suffix = uniqueSuffix();
  const n = Number.parseInt(suffix.slice(-2), 36) || 0;
  const name = input.name ?? `${FIRST[n % FIRST.length]} ${LAST[n % LAST.length]}`;
  const email = (input.email ?? `${slugify(name, ".") || "person"}.${suffix}@example.test`).toLowerCase();
  return { name, email };
}

function membershipData(p: PersonInput, name: string) {
  const status = p.status ?? "ACTIVE";
  return {
    organizationId: p.organizationId,
    name,
    role: p.role ?? "EMPLOYEE",
    title: p.title ?? null,
    managerId: p.managerId ?? null,
    teamId: p.teamId ?? null,
    birthdayMonth: p.birthdayMonth ?? null,
    birthdayDay: p.birthdayDay ?? null,
    startDate: p.startDate ?? null,
    timeZone: p.timeZone ?? "UTC",
    celebrate: p.celebrate ?? "PUBLIC",
    status,
    deactivatedAt: p.deactivatedAt ?? (status === "DEACTIVATED" ? new Date() : null),
  } satisfies Omit<Prisma.MembershipUncheckedCreateInput, "userId">;
}

export async function createPerson(db: FactoryDb, input: PersonInput): Promise<MembershipWithUser> {
  const { name, email } = defaults(input);
  const user = await db.user.upsert({
    where: { email },
    create: { email, name, emailVerified: new Date() },
    update: {},
  });
  const membership = await db.membership.create({
    data: { ...(input.id ? { id: input.id } : {}), ...membershipData(input, name), userId: user.id },
    include: { user: true },
  });
  if (input.managerId) {
    await db.managerHistory.create({
      data: {
        organizationId: input.organizationId,
        reportId: membership.id,
        managerId: input.managerId,
        startedAt: input.managerSince ?? input.startDate ?? new Date(),
      },
    });
  }
  return membership;
}

export type BulkPersonInput = Omit<PersonInput, "organizationId"> & {
  /** Writes a closed ManagerHistory row (e.g. for a former employee), ended at deactivatedAt. */
  formerManagerId?: string;
};

/**
 * Creates many people in one organization with a fixed number of queries (users, memberships,
 * history), for the demo seed and large fixtures. Returns ids in input order.
 */
export async function createPeople(
  db: FactoryDb,
  organizationId: string,
  people: BulkPersonInput[],
): Promise<{ id: string; userId: string; email: string; name: string }[]> {
  const now = new Date();
  // Pre-assign ids (newId()) to reference a person as another's managerId in the same batch.
  const rows = people.map((p) => ({ p: { ...p, organizationId }, id: p.id ?? newId(), ...defaults(p) }));
  await db.user.createMany({
    data: rows.map((r) => ({ email: r.email, name: r.name, emailVerified: now })),
    skipDuplicates: true,
  });
  const users = await db.user.findMany({
    where: { email: { in: rows.map((r) => r.email) } },
    select: { id: true, email: true },
  });
  const userIds = new Map(users.map((u) => [u.email, u.id]));
  const userIdOf = (email: string) => {
    const id = userIds.get(email);
    if (!id) throw new Error(`createPeople: user ${email} was not created`);
    return id;
  };
  // One INSERT: Postgres checks the self-referencing manager key at the end of the statement.
  await db.membership.createMany({
    data: rows.map((r) => ({ id: r.id, userId: userIdOf(r.email), ...membershipData(r.p, r.name) })),
  });
  const history: Prisma.ManagerHistoryCreateManyInput[] = [];
  for (const { p, id } of rows) {
    const startedAt = p.managerSince ?? p.startDate ?? now;
    if (p.managerId) history.push({ organizationId, reportId: id, managerId: p.managerId, startedAt });
    if (p.formerManagerId) {
      const endedAt = p.deactivatedAt ?? now;
      history.push({ organizationId, reportId: id, managerId: p.formerManagerId, startedAt, endedAt });
    }
  }
  if (history.length > 0) await db.managerHistory.createMany({ data: history });
  return rows.map((r) => ({ id: r.id, userId: userIdOf(r.email), email: r.email, name: r.name }));
}
