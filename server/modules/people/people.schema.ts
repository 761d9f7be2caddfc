// People: input and output schemas, shared by procedures and client forms (pure zod).
import { z } from "zod";
import { calendarDate, text, ZEmail, ZId, ZTimeZone } from "../../lib/validation";

export const ZRole = z.enum(["ADMIN", "MANAGER", "EMPLOYEE"]);
export const ZCelebrate = z.enum(["PUBLIC", "PRIVATE", "NONE"]);

export const PAGE_SIZE = 25;

export const ZListPeople = z.object({
  q: text({ max: 100, label: "A search" }).optional(),
  teamId: ZId.optional(),
  managerId: ZId.optional(),
  includeDeactivated: z.boolean().default(false),
  /** Keyset cursor: the last row's (name, id) for the next page, the first row's for the previous. */
  cursor: z.object({ name: text({ max: 200, label: "A cursor", trim: false }), id: ZId }).optional(),
  direction: z.enum(["forward", "backward"]).default("forward"),
  limit: z.number().int().min(1).max(100).default(PAGE_SIZE),
});
export type TListPeople = z.infer<typeof ZListPeople>;

export const ZPersonRow = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  title: z.string().nullable(),
  role: ZRole,
  status: z.enum(["ACTIVE", "DEACTIVATED"]),
  timeZone: z.string(),
  team: z.object({ id: z.string(), name: z.string() }).nullable(),
  manager: z.object({ id: z.string(), name: z.string() }).nullable(),
  reportCount: z.number().int(),
});
export type TPersonRow = z.infer<typeof ZPersonRow>;

export const ZPeoplePage = z.object({
  items: z.array(ZPersonRow),
  nextCursor: z.object({ name: z.string(), id: z.string() }).nullable(),
  prevCursor: z.object({ name: z.string(), id: z.string() }).nullable(),
  total: z.number().int(),
});

export const ZPersonId = z.object({ personId: ZId });

/** A page names a few people it holds ids of (a filter's subject), never the whole directory. */
export const NAMES_MAX = 50;
export const ZPeopleNames = z.object({
  ids: z.array(ZId).max(NAMES_MAX, `At most ${NAMES_MAX} people at once`),
});

const ZMonthDay = z
  .object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
  // Day 0 of the next month is the last day of this one; 2000 is a leap year, so Feb 29 is allowed.
  .refine(({ month, day }) => day <= new Date(Date.UTC(2000, month, 0)).getUTCDate(), {
    message: "That day does not exist in that month",
    path: ["day"],
  });

/** Fields a person may change on their own profile (admins may change them for anyone). */
export const ZUpdateOwnProfile = z.object({
  personId: ZId,
  timeZone: ZTimeZone.optional(),
  celebrate: ZCelebrate.optional(),
  birthday: ZMonthDay.nullable().optional(),
});
export type TUpdateOwnProfile = z.infer<typeof ZUpdateOwnProfile>;

/** Admin-only profile fields. */
export const ZUpdatePerson = ZUpdateOwnProfile.extend({
  name: text({ min: 1, max: 120, label: "Name" }).optional(),
  title: text({ max: 120, label: "Title" }).nullable().optional(),
  teamId: ZId.nullable().optional(),
  /** A calendar date "YYYY-MM-DD" (people may have joined before 1970). */
  startDate: calendarDate({ minYear: 1950 }).nullable().optional(),
});
export type TUpdatePerson = z.infer<typeof ZUpdatePerson>;

export const ZChangeManager = z.object({ personId: ZId, managerId: ZId.nullable() });
export const ZChangeRole = z.object({ personId: ZId, role: ZRole });
export const ZSetStatus = z.object({ personId: ZId, status: z.enum(["ACTIVE", "DEACTIVATED"]) });

export const ZCreateInvitation = z.object({
  email: ZEmail,
  name: text({ min: 1, max: 120, label: "Name" }),
  role: ZRole.default("EMPLOYEE"),
  title: text({ max: 120, label: "Title" }).optional(),
  managerId: ZId.optional(),
  teamId: ZId.optional(),
});
export type TCreateInvitation = z.input<typeof ZCreateInvitation>;

export const ZInvitationToken = z.object({ token: text({ min: 20, max: 200, label: "The token" }) });
export const ZCreateTeam = z.object({ name: text({ min: 1, max: 80, label: "Name" }) });

// ---- outputs: declared so a procedure can never return more than its contract ----

export const ZRef = z.object({ id: z.string(), name: z.string() });
const ZRefTitle = ZRef.extend({ title: z.string().nullable() });

export const ZPerson = ZPersonRow.extend({
  startDate: z.date().nullable(),
  celebrate: ZCelebrate,
  birthday: z.object({ month: z.number().int(), day: z.number().int() }).nullable(),
  nextBirthday: z.object({ date: z.string(), inDays: z.number().int() }).nullable(),
  nextAnniversary: z.object({ date: z.string(), inDays: z.number().int(), years: z.number().int() }).nullable(),
  reports: z.array(ZRefTitle),
  managerChain: z.array(ZRefTitle),
  history: z
    .array(z.object({ id: z.string(), startedAt: z.date(), endedAt: z.date().nullable(), manager: ZRef }))
    .nullable(),
  isMe: z.boolean(),
  /** The caller's own 1:1 with this person (manager–report pair only): the next, else the latest. */
  oneOnOne: z.object({ id: z.string(), startsAt: z.date(), upcoming: z.boolean() }).nullable(),
  permissions: z.object({
    editOwnProfile: z.boolean(),
    edit: z.boolean(),
    changeManager: z.boolean(),
    changeRole: z.boolean(),
    deactivate: z.boolean(),
    /** Their competency levels (rating.viewLevels): themselves, managers above them, HR admins. */
    viewCompetencies: z.boolean(),
  }),
});

export const ZTeamList = z.array(ZRef.extend({ _count: z.object({ members: z.number().int() }) }));
export const ZRefList = z.array(ZRef);
export const ZRefTitleList = z.array(ZRefTitle);
export const ZOrgChart = z.array(
  ZRefTitle.extend({ managerId: z.string().nullable(), team: z.object({ name: z.string() }).nullable() }),
);
export const ZChanged = z.object({ changed: z.boolean() });

export const ZInvitation = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: ZRole,
  expiresAt: z.date(),
  createdAt: z.date(),
});
export const ZInvitationList = z.array(ZInvitation.extend({ invitedBy: z.object({ name: z.string() }) }));
export const ZInvitationInfo = z.object({
  orgName: z.string(),
  orgSlug: z.string(),
  email: z.string(),
  inviterName: z.string(),
  accepted: z.boolean(),
});
export const ZOrgSlug = z.object({ orgSlug: z.string() });
