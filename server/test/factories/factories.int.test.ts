// The demo seed's shape (README and e2e rely on its logins and org chart) and the factories.

import { DateTime } from "luxon";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_LOGINS, seedDemo, THIS_MONTH } from "../../../prisma/seed";
import { SEEDED_MILESTONES } from "../../../prisma/seed-milestones";
import { NEVER_RECOGNISED } from "../../../prisma/seed-recognition";
import { hashToken } from "../../lib/tokens";
import { setupTestDb, type TestDb } from "../db";
import { createInvitation, createOrg, createPeople, createPerson, createTeam, newId } from ".";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());

async function org(slug: string) {
  return t.db.organization.findUniqueOrThrow({ where: { slug } });
}

async function member(orgId: string, email: string) {
  return t.db.membership.findFirstOrThrow({
    where: { organizationId: orgId, user: { email } },
    include: { manager: { include: { user: true } }, _count: { select: { reports: true } } },
  });
}

describe("seedDemo", () => {
  beforeAll(async () => {
    await t.reset();
    await seedDemo(t.db);
  });

  it("creates Northwind with ~40 active people, one admin and one former employee", async () => {
    const nw = await org("northwind");
    expect(nw).toMatchObject({ name: "Northwind Labs", timeZone: "America/New_York" });
    const active = await t.db.membership.findMany({ where: { organizationId: nw.id, status: "ACTIVE" } });
    expect(active.length).toBeGreaterThanOrEqual(38);
    expect(active.length).toBeLessThanOrEqual(42);
    expect(active.filter((m) => m.role === "ADMIN")).toHaveLength(1);
    expect(active.filter((m) => m.role === "MANAGER")).toHaveLength(7);
    expect(await t.db.membership.count({ where: { organizationId: nw.id, status: "DEACTIVATED" } })).toBe(1);
  });

  it("gives the demo logins their roles and manager links", async () => {
    const nw = await org("northwind");
    for (const login of DEMO_LOGINS.filter((l) => l.org === "northwind")) {
      expect((await member(nw.id, login.email)).role).toBe(login.role);
    }
    const managerOf = async (email: string) => (await member(nw.id, email)).manager?.user.email ?? null;
    expect(await managerOf("daniel.okafor@northwind.example")).toBeNull();
    expect(await managerOf("hannah.reyes@northwind.example")).toBe("daniel.okafor@northwind.example");
    expect(await managerOf("elena.novak@northwind.example")).toBe("daniel.okafor@northwind.example");
    expect(await managerOf("marcus.chen@northwind.example")).toBe("elena.novak@northwind.example");
    expect(await managerOf("priya.patel@northwind.example")).toBe("marcus.chen@northwind.example");

    const hannah = await member(nw.id, "hannah.reyes@northwind.example");
    expect(hannah).toMatchObject({ title: "Head of People", _count: { reports: 0 } });
    const marcus = await member(nw.id, "marcus.chen@northwind.example");
    expect(marcus.title).toBe("Engineering Manager");
    expect(marcus._count.reports).toBeGreaterThanOrEqual(6);
    const elena = await member(nw.id, "elena.novak@northwind.example");
    const elenaManagers = await t.db.membership.count({ where: { managerId: elena.id, role: "MANAGER" } });
    expect(elenaManagers).toBeGreaterThanOrEqual(2);
  });

  it("links every active non-CEO to a manager in the same org, mirrored by an open history row", async () => {
    const nw = await org("northwind");
    const people = await t.db.membership.findMany({
      where: { organizationId: nw.id, status: "ACTIVE" },
      include: { manager: true, historyAsReport: { where: { endedAt: null } } },
    });
    const unmanaged = people.filter((m) => !m.managerId).map((m) => m.name);
    expect(unmanaged).toEqual(["Daniel Okafor"]);
    const all = await t.db.membership.findMany({ where: { managerId: { not: null } }, include: { manager: true } });
    for (const m of all) expect(m.manager?.organizationId).toBe(m.organizationId);
    for (const m of people.filter((p) => p.managerId)) {
      expect(m.historyAsReport.map((h) => h.managerId)).toEqual([m.managerId]);
    }
    const managedCount = await t.db.membership.count({ where: { managerId: { not: null } } });
    expect(await t.db.managerHistory.count({ where: { endedAt: null } })).toBe(managedCount);
  });

  it("has four staffed teams, spread time zones and milestones in the next 30 days", async () => {
    const nw = await org("northwind");
    const teams = await t.db.team.findMany({ where: { organizationId: nw.id }, include: { _count: true } });
    expect(teams.map((x) => x.name).sort()).toEqual(["Customer Success", "Growth", "Platform", "Product Design"]);
    for (const team of teams) expect(team._count.members).toBeGreaterThan(3);

    const people = await t.db.membership.findMany({ where: { organizationId: nw.id, status: "ACTIVE" } });
    const zones = new Set(people.map((m) => m.timeZone));
    for (const z of ["America/New_York", "Europe/London", "Asia/Kolkata", "America/Los_Angeles", "Europe/Berlin"]) {
      expect(zones).toContain(z);
    }
    const today = DateTime.now().setZone(nw.timeZone).startOf("day");
    const next30 = Array.from({ length: 31 }, (_, i) => today.plus({ days: i }));
    const soon = (month: number | null, day: number | null) => next30.some((d) => d.month === month && d.day === day);
    expect(people.filter((m) => soon(m.birthdayMonth, m.birthdayDay)).length).toBeGreaterThanOrEqual(3);
    const anniversaries = people.filter((m) => {
      if (!m.startDate) return false;
      const start = DateTime.fromJSDate(m.startDate, { zone: "utc" });
      return start < today.minus({ years: 1 }).plus({ days: 31 }) && soon(start.month, start.day);
    });
    expect(anniversaries.length).toBeGreaterThanOrEqual(3);
    expect(new Set(people.map((m) => m.celebrate))).toEqual(new Set(["PUBLIC", "PRIVATE", "NONE"]));
  });

  it("always has a public birthday and a work anniversary this month, and Northwind's custom milestones", async () => {
    const [nw, gx] = [await org("northwind"), await org("globex")];
    const today = DateTime.now().setZone(nw.timeZone);
    const birthday = await t.db.membership.findFirstOrThrow({
      where: { organizationId: nw.id, name: THIS_MONTH.birthday },
    });
    expect(birthday).toMatchObject({ status: "ACTIVE", celebrate: "PUBLIC", birthdayMonth: today.month });
    const anniversary = await t.db.membership.findFirstOrThrow({
      where: { organizationId: nw.id, name: THIS_MONTH.anniversary },
    });
    const start = DateTime.fromJSDate(anniversary.startDate ?? new Date(0), { zone: "utc" });
    expect([anniversary.status, anniversary.celebrate, start.month, today.year - start.year]).toEqual([
      "ACTIVE",
      "PUBLIC",
      today.month,
      5,
    ]);
    const milestones = await t.db.customMilestone.findMany({ orderBy: { title: "asc" } });
    expect(milestones.map((m) => m.title)).toEqual([...SEEDED_MILESTONES].sort());
    expect(milestones.every((m) => m.organizationId === nw.id && m.deletedAt === null)).toBe(true);
    expect(milestones.filter((m) => m.teamId).length).toBe(2);
    expect(milestones.filter((m) => m.recurrence === "YEARLY").length).toBe(1);
    expect(await t.db.customMilestone.count({ where: { organizationId: gx.id } })).toBe(0);
  });

  it("creates Globex as a separate tenant, with Sam Rivera in both orgs", async () => {
    const [nw, gx] = [await org("northwind"), await org("globex")];
    expect(gx.timeZone).toBe("Europe/Berlin");
    const globex = await t.db.membership.findMany({ where: { organizationId: gx.id }, include: { user: true } });
    expect(globex.length).toBeGreaterThanOrEqual(4);
    expect(globex.find((m) => m.user.email === "greta.berg@globex.example")?.role).toBe("ADMIN");
    const sam = await t.db.user.findUniqueOrThrow({
      where: { email: "sam.rivera@northwind.example" },
      include: { memberships: true },
    });
    expect(sam.memberships.map((m) => m.organizationId).sort()).toEqual([nw.id, gx.id].sort());
    const shared = globex.filter((m) => m.user.email.endsWith("@northwind.example")).map((m) => m.name);
    expect(shared).toEqual(["Sam Rivera"]);
  });

  it("installs the starter competency framework for Northwind only, org-wide", async () => {
    const [nw, gx] = [await org("northwind"), await org("globex")];
    const frameworks = await t.db.framework.findMany({ include: { competencies: { include: { versions: true } } } });
    expect(frameworks.map((f) => [f.organizationId, f.template, f.orgWide])).toEqual([[nw.id, "starter", true]]);
    expect(frameworks[0]?.competencies).toHaveLength(8);
    expect(frameworks[0]?.competencies.every((c) => c.versions.length === 1)).toBe(true);
    expect(await t.db.framework.count({ where: { organizationId: gx.id } })).toBe(0);
  });

  it("seeds six months of shared reviews with a visible trend, for Northwind only", async () => {
    const [nw, gx] = [await org("northwind"), await org("globex")];
    const priya = await t.db.membership.findFirstOrThrow({ where: { organizationId: nw.id, name: "Priya Patel" } });
    const listening = await t.db.competencyReview.findMany({
      where: { reportId: priya.id, competency: { name: "Active listening" } },
      include: { meeting: { select: { startsAt: true, status: true } } },
    });
    listening.sort((a, b) => a.meeting.startsAt.getTime() - b.meeting.startsAt.getTime());
    expect(listening.map((r) => r.rating)).toEqual([1, 2, 2, 3, 3, 4]);
    expect(listening.every((r) => r.status === "SHARED" && r.meeting.status === "HELD" && r.evidence)).toBe(true);
    const span = (listening.at(-1)?.meeting.startsAt.getTime() ?? 0) - (listening[0]?.meeting.startsAt.getTime() ?? 0);
    expect(span / 86_400_000).toBeGreaterThan(120); // spread over months, not one week
    const people = new Set(
      (await t.db.competencyReview.findMany({ select: { reportId: true } })).map((r) => r.reportId),
    );
    // The rating paths (4 people) plus a baseline for most others, some of it stale (over 90 days).
    expect(people.size).toBeGreaterThan(20);
    const latestAt = await t.db.$queryRaw<{ at: Date }[]>`
      SELECT max("sharedAt") AS at FROM "CompetencyReview" GROUP BY "reportId", "competencyId"`;
    const stale = latestAt.filter((r) => r.at.getTime() < Date.now() - 90 * 86_400_000).length;
    expect(stale).toBeGreaterThan(3);
    expect(stale).toBeLessThan(latestAt.length / 2);
    expect(await t.db.competencyReview.count({ where: { organizationId: gx.id } })).toBe(0);
  });

  it("seeds six months of recognition for Northwind with gaps and a one-way pair; Globex none", async () => {
    const [nw, gx] = [await org("northwind"), await org("globex")];
    const received = await t.db.recognitionRecipient.groupBy({
      by: ["recipientId"],
      where: { organizationId: nw.id },
      _count: true,
    });
    const people = await t.db.membership.findMany({
      where: { organizationId: nw.id },
      select: { id: true, name: true },
    });
    const name = new Map(people.map((p) => [p.id, p.name]));
    expect(received.length).toBeGreaterThan(15);
    for (const n of NEVER_RECOGNISED) expect(received.map((r) => name.get(r.recipientId))).not.toContain(n);
    const id = (n: string) => people.find((p) => p.name === n)?.id ?? "";
    const pair = (from: string, to: string) =>
      t.db.recognitionRecipient.count({ where: { giverId: id(from), recipientId: id(to) } });
    expect(await pair("Marcus Chen", "Priya Patel")).toBeGreaterThanOrEqual(4);
    expect(await pair("Priya Patel", "Marcus Chen")).toBe(0);
    const first = await t.db.recognition.findFirst({ where: { organizationId: nw.id }, orderBy: { createdAt: "asc" } });
    expect(Date.now() - (first?.createdAt.getTime() ?? Date.now())).toBeGreaterThan(150 * 86_400_000);
    expect(
      await t.db.recognition.count({ where: { organizationId: nw.id, competencyId: { not: null } } }),
    ).toBeGreaterThan(3);
    expect(await t.db.recognition.count({ where: { organizationId: gx.id } })).toBe(0);
  });

  it("does nothing when run again, even concurrently", async () => {
    const counts = async () => [
      await t.db.organization.count(),
      await t.db.user.count(),
      await t.db.membership.count(),
      await t.db.managerHistory.count(),
      await t.db.team.count(),
      await t.db.customMilestone.count(),
    ];
    const before = await counts();
    const again = await seedDemo(t.db);
    expect(again.orgs).toEqual(["northwind", "globex"]);
    expect(again.logins.map((l) => l.email)).toContain("priya.patel@northwind.example");
    expect(await counts()).toEqual(before);

    await t.reset();
    await Promise.all([seedDemo(t.db), seedDemo(t.db)]);
    expect(await counts()).toEqual(before);
  });
});

describe("factories", () => {
  beforeEach(() => t.reset());

  it("createOrg picks unique slugs by default", async () => {
    const [a, b] = [await createOrg(t.db), await createOrg(t.db, { name: "Acme Corp" })];
    expect(a.slug).not.toBe(b.slug);
    expect(b.slug).toMatch(/^acme-corp-/);
    expect((await createOrg(t.db, { slug: "fixed", timeZone: "Asia/Tokyo" })).timeZone).toBe("Asia/Tokyo");
  });

  it("createPerson lowercases email, reuses the user across orgs and opens manager history", async () => {
    const [o1, o2] = [await createOrg(t.db), await createOrg(t.db)];
    const team = await createTeam(t.db, { organizationId: o1.id, name: "Core" });
    const boss = await createPerson(t.db, { organizationId: o1.id, role: "MANAGER" });
    const startDate = new Date("2024-03-04T00:00:00Z");
    const p = await createPerson(t.db, {
      organizationId: o1.id,
      name: "Ada Byron",
      email: "Ada.Byron@Example.TEST",
      managerId: boss.id,
      teamId: team.id,
      startDate,
      birthdayMonth: 12,
      birthdayDay: 10,
    });
    expect(p.user).toMatchObject({ email: "ada.byron@example.test", name: "Ada Byron" });
    expect(p.user.emailVerified).toBeInstanceOf(Date);
    expect(p).toMatchObject({ role: "EMPLOYEE", status: "ACTIVE", managerId: boss.id, teamId: team.id });
    const history = await t.db.managerHistory.findMany({ where: { reportId: p.id } });
    expect(history).toMatchObject([{ managerId: boss.id, startedAt: startDate, endedAt: null }]);

    const elsewhere = await createPerson(t.db, { organizationId: o2.id, email: "ada.byron@example.test" });
    expect(elsewhere.userId).toBe(p.userId);
    const [x, y] = [
      await createPerson(t.db, { organizationId: o1.id }),
      await createPerson(t.db, { organizationId: o1.id }),
    ];
    expect(x.user.email).not.toBe(y.user.email);
  });

  it("createPeople links managers within one batch and closes former managers' history", async () => {
    const o = await createOrg(t.db);
    const bossId = newId();
    const rows = await createPeople(t.db, o.id, [
      { id: bossId, name: "Boss One", role: "MANAGER" },
      { name: "Report One", managerId: bossId },
      { name: "Gone Person", status: "DEACTIVATED", formerManagerId: bossId },
    ]);
    expect(rows.map((r) => r.id)[0]).toBe(bossId);
    expect(await t.db.membership.count({ where: { managerId: bossId } })).toBe(1);
    const gone = await t.db.membership.findUniqueOrThrow({ where: { id: rows[2]?.id } });
    expect(gone.deactivatedAt).toBeInstanceOf(Date);
    expect(await t.db.managerHistory.count({ where: { reportId: gone.id, endedAt: { not: null } } })).toBe(1);
  });

  it("createInvitation stores only the token's hash", async () => {
    const o = await createOrg(t.db);
    const admin = await createPerson(t.db, { organizationId: o.id, role: "ADMIN" });
    const { invitation, token } = await createInvitation(t.db, { organizationId: o.id, invitedById: admin.id });
    expect(invitation.tokenHash).toBe(hashToken(token));
    expect(invitation.tokenHash).not.toContain(token);
    expect(invitation.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it("seedDemo resolves relative birthdays from the given day, leap day included", async () => {
    await seedDemo(t.db, { now: new Date("2028-02-29T15:00:00Z") });
    const nw = await org("northwind");
    expect(await member(nw.id, "ananya.iyer@northwind.example")).toMatchObject({ birthdayMonth: 2, birthdayDay: 29 });
    expect(await member(nw.id, "priya.patel@northwind.example")).toMatchObject({ birthdayMonth: 3, birthdayDay: 3 });
  });
});
