// People directory and profiles. Every query is scoped by organizationId; a person of another org
// (or a deactivated one, for non-admins) is simply "not found".
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
import type { OrgCtx } from "../../lib/context";
import { nextBirthday, nextWorkAnniversary } from "../../lib/dates";
import { badRequest, notFound } from "../../lib/errors";
import { keysetPage, keysetWhere } from "../../lib/keyset";
import { can } from "../../policy";
import { authorize, managerChain, viewerFromChain, viewerOf } from "../access/access.service";
import type { TListPeople, TUpdatePerson } from "./people.schema";

const rowSelect = {
  id: true,
  name: true,
  title: true,
  role: true,
  status: true,
  timeZone: true,
  user: { select: { email: true } },
  team: { select: { id: true, name: true } },
  manager: { select: { id: true, name: true } },
  _count: { select: { reports: { where: { status: "ACTIVE" } } } },
} satisfies Prisma.MembershipSelect;

type Row = Prisma.MembershipGetPayload<{ select: typeof rowSelect }>;
const toRow = ({ user, _count, ...m }: Row) => ({ ...m, email: user.email, reportCount: _count.reports });

export async function listPeople(ctx: OrgCtx, input: TListPeople) {
  const includeDeactivated = input.includeDeactivated && can(await viewerOf(ctx, []), "person.viewDeactivated", {});
  const q = input.q?.trim();
  const where: Prisma.MembershipWhereInput = {
    organizationId: ctx.org.id,
    ...(includeDeactivated ? {} : { status: "ACTIVE" }),
    ...(input.teamId ? { teamId: input.teamId } : {}),
    ...(input.managerId ? { managerId: input.managerId } : {}),
    ...(q
      ? {
          OR: [
            { name: { contains: q, mode: "insensitive" } },
            { title: { contains: q, mode: "insensitive" } },
            { user: { email: { contains: q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
  const backward = input.direction === "backward" && !!input.cursor;
  const c = input.cursor;
  const keyset = c ? keysetWhere("name", { value: c.name, id: c.id }, backward ? "lt" : "gt") : undefined;
  const order = backward ? "desc" : "asc";
  const [rows, total] = await Promise.all([
    ctx.db.membership.findMany({
      where: keyset ? { AND: [where, keyset] } : where,
      orderBy: [{ name: order }, { id: order }],
      take: input.limit + 1,
      select: rowSelect,
    }),
    ctx.db.membership.count({ where }),
  ]);
  const { page, nextCursor, prevCursor } = keysetPage(rows, {
    limit: input.limit,
    backward,
    hadCursor: !!c,
    cursorOf: (r) => ({ name: r.name, id: r.id }),
  });
  return {
    items: page.map(toRow),
    nextCursor,
    prevCursor,
    total,
  };
}

/**
 * The caller's 1:1s with this person, when the two are a manager–report pair: the next one, or the
 * latest when none is coming. Only meetings the caller takes part in match, so it needs no policy.
 */
function pairMeeting(ctx: OrgCtx, personId: string, now: Date) {
  const pair = [
    { managerId: ctx.me.id, reportId: personId },
    { managerId: personId, reportId: ctx.me.id },
  ];
  const base = { organizationId: ctx.org.id, OR: pair };
  const select = { id: true, startsAt: true } as const;
  return Promise.all([
    ctx.db.meeting.findFirst({
      where: {
        ...base,
        status: { in: ["SCHEDULED", "RESCHEDULED"] },
        startsAt: { gt: new Date(now.getTime() - 3_600_000) },
      },
      orderBy: { startsAt: "asc" },
      select,
    }),
    ctx.db.meeting.findFirst({ where: { ...base, startsAt: { lte: now } }, orderBy: { startsAt: "desc" }, select }),
  ]).then(([next, last]) => (next ? { ...next, upcoming: true } : last ? { ...last, upcoming: false } : null));
}

export async function getPerson(ctx: OrgCtx, personId: string, now = new Date()) {
  const [person, chain, fullHistory, oneOnOne] = await Promise.all([
    ctx.db.membership.findFirst({
      where: { id: personId, organizationId: ctx.org.id },
      select: {
        ...rowSelect,
        userId: true,
        birthdayMonth: true,
        birthdayDay: true,
        startDate: true,
        celebrate: true,
        reports: {
          where: { status: "ACTIVE" },
          orderBy: { name: "asc" },
          select: { id: true, name: true, title: true },
        },
      },
    }),
    managerChain(ctx.db, ctx.org.id, personId),
    // Read beside the chain rather than after it (a sequential step fewer on every person page) and
    // dropped below unless the policy allows it: it is never returned without that check.
    ctx.db.managerHistory.findMany({
      where: { organizationId: ctx.org.id, reportId: personId },
      orderBy: { startedAt: "desc" },
      take: 50,
      select: { id: true, startedAt: true, endedAt: true, manager: { select: { id: true, name: true } } },
    }),
    personId === ctx.me.id ? null : pairMeeting(ctx, personId, now),
  ]);
  // The chain answers "is the caller above this person?": no separate walk up.
  const viewer = viewerFromChain(ctx, personId, chain);
  if (!person || (person.status === "DEACTIVATED" && !can(viewer, "person.viewDeactivated", {})))
    throw notFound("Person not found");
  const history = can(viewer, "person.viewHistory", { personId }) ? fullHistory : null;
  const showBirthday = can(viewer, "person.viewBirthday", { personId, celebrate: person.celebrate });
  // The countdowns celebrate ("in 3 days"): they follow the celebrate preference like the calendar
  // (HR admins see the birthday as profile data, not the countdown of someone who opted out).
  const celebrated = can(viewer, "milestone.view", { personId, celebrate: person.celebrate });
  const { birthdayMonth, birthdayDay, reports, userId: _userId, ...rest } = person;
  const birthday = showBirthday && birthdayMonth && birthdayDay ? { month: birthdayMonth, day: birthdayDay } : null;
  return {
    ...toRow(rest),
    startDate: rest.startDate,
    celebrate: rest.celebrate,
    birthday,
    // Counted from the person's own local today, like the nudges that will use them.
    nextBirthday: birthday && celebrated ? nextBirthday(birthday.month, birthday.day, rest.timeZone) : null,
    nextAnniversary: rest.startDate && celebrated ? nextWorkAnniversary(rest.startDate, rest.timeZone) : null,
    reports,
    managerChain: chain.map((m) => ({ id: m.id, name: m.name, title: m.title })),
    history,
    isMe: personId === ctx.me.id,
    oneOnOne,
    permissions: {
      editOwnProfile: can(viewer, "person.editOwnProfile", { personId }),
      edit: can(viewer, "person.edit", { personId }),
      changeManager: can(viewer, "person.changeManager", { personId }),
      changeRole: can(viewer, "person.changeRole", { personId }),
      deactivate: can(viewer, "person.deactivate", { personId }),
      viewCompetencies: can(viewer, "rating.viewLevels", { personId }),
    },
  };
}

const ADMIN_FIELDS = ["name", "title", "teamId", "startDate"] as const;

export async function updatePerson(ctx: OrgCtx, input: TUpdatePerson) {
  // Pick fields explicitly: the procedure's merged input also carries `org`.
  const { personId, birthday, name, title, teamId, startDate, timeZone, celebrate } = input;
  const fields = {
    name,
    title,
    teamId,
    timeZone,
    celebrate,
    // A calendar date is stored as its UTC midnight.
    startDate: startDate ? new Date(`${startDate}T00:00:00Z`) : startDate,
  };
  const needsAdmin = ADMIN_FIELDS.some((f) => fields[f] !== undefined);
  // Permission first: a "not found" before it would tell anyone which ids exist.
  await authorize(ctx, needsAdmin ? "person.edit" : "person.editOwnProfile", { personId }, [], {
    message: "Only HR admins can change these fields",
  });
  const exists = await ctx.db.membership.findFirst({
    where: { id: personId, organizationId: ctx.org.id },
    select: { id: true },
  });
  if (!exists) throw notFound("Person not found");
  if (fields.teamId) {
    const team = await ctx.db.team.findFirst({ where: { id: fields.teamId, organizationId: ctx.org.id } });
    if (!team) throw badRequest("Unknown team", { teamId: ["Unknown team"] });
  }
  await ctx.db.membership.update({
    where: { organizationId_id: { organizationId: ctx.org.id, id: personId } },
    data: {
      ...fields,
      ...(birthday !== undefined ? { birthdayMonth: birthday?.month ?? null, birthdayDay: birthday?.day ?? null } : {}),
    },
  });
  return getPerson(ctx, personId);
}

export async function listTeams(ctx: OrgCtx) {
  return ctx.db.team.findMany({
    where: { organizationId: ctx.org.id },
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { members: { where: { status: "ACTIVE" } } } } },
  });
}

export async function createTeam(ctx: OrgCtx, name: string) {
  await authorize(ctx, "team.create", {}, [], { message: "Only HR admins can create teams" });
  return ctx.db.team.create({ data: { organizationId: ctx.org.id, name }, select: { id: true, name: true } });
}

/** Everyone active, flat; the client builds the tree (one query, no N+1). */
export async function orgChart(ctx: OrgCtx) {
  return ctx.db.membership.findMany({
    where: { organizationId: ctx.org.id, status: "ACTIVE" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, title: true, managerId: true, team: { select: { name: true } } },
  });
}

/** Managers an admin can pick from: everyone active (anyone may become a manager). */
export async function pickablePeople(ctx: OrgCtx) {
  return ctx.db.membership.findMany({
    where: { organizationId: ctx.org.id, status: "ACTIVE" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, title: true },
  });
}

/**
 * The names of these people of the caller's org, in any status (recognition names past members
 * too); an id of another org, or of no one, is simply absent. Names only: what any member already
 * sees on the feed and in the directory.
 */
export async function peopleNames(ctx: OrgCtx, ids: string[]) {
  if (ids.length === 0) return [];
  return ctx.db.membership.findMany({
    where: { organizationId: ctx.org.id, id: { in: ids } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

/** People with at least one active report (the directory's manager filter). */
export async function listManagers(ctx: OrgCtx) {
  return ctx.db.membership.findMany({
    where: { organizationId: ctx.org.id, status: "ACTIVE", reports: { some: { status: "ACTIVE" } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
