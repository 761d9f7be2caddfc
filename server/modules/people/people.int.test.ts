// People procedures through the real router and a real Postgres: tenancy, permissions, bad input.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { expectCode } from "../../test/expect-code";
import { createOrg, createPeople, createPerson, createTeam } from "../../test/factories";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());

async function world() {
  const a = await createOrg(t.db, { name: "Acme", slug: "acme" });
  const b = await createOrg(t.db, { name: "Beta", slug: "beta" });
  const team = await createTeam(t.db, { organizationId: a.id, name: "Platform" });
  const admin = await createPerson(t.db, { organizationId: a.id, name: "Hana Admin", role: "ADMIN" });
  const boss = await createPerson(t.db, { organizationId: a.id, name: "Bo Boss", role: "MANAGER" });
  const manager = await createPerson(t.db, {
    organizationId: a.id,
    name: "Mia Manager",
    role: "MANAGER",
    managerId: boss.id,
  });
  const report = await createPerson(t.db, {
    organizationId: a.id,
    name: "Raj Report",
    managerId: manager.id,
    teamId: team.id,
    title: "Engineer",
  });
  const peer = await createPerson(t.db, {
    organizationId: a.id,
    name: "Pia Peer",
    managerId: manager.id,
    celebrate: "NONE",
    birthdayMonth: 3,
    birthdayDay: 4,
  });
  const outsider = await createPerson(t.db, { organizationId: b.id, name: "Otto Outsider", role: "ADMIN" });
  const as = (p: { userId: string }) => callerFor(t.db, p.userId);
  return { a, b, team, admin, boss, manager, report, peer, outsider, as };
}

const counts = async () => ({
  memberships: await t.db.membership.count(),
  history: await t.db.managerHistory.count(),
  invitations: await t.db.invitation.count(),
  outbox: await t.db.emailOutbox.count(),
});

beforeEach(() => t.reset());

describe("tenancy", () => {
  it("lists only the caller's org", async () => {
    const w = await world();
    const page = await w.as(w.report).people.list({ org: "acme" });
    expect(page.items.map((p) => p.name)).toEqual(["Bo Boss", "Hana Admin", "Mia Manager", "Pia Peer", "Raj Report"]);
    expect(page.total).toBe(5);
  });

  it("another org's slug or person id is NOT_FOUND, with no data", async () => {
    const w = await world();
    await expectCode(w.as(w.report).people.list({ org: "beta" }), "NOT_FOUND");
    await expectCode(w.as(w.admin).people.get({ org: "acme", personId: w.outsider.id }), "NOT_FOUND");
    await expectCode(w.as(w.outsider).people.get({ org: "beta", personId: w.report.id }), "NOT_FOUND");
    await expectCode(
      w.as(w.outsider).people.changeManager({ org: "beta", personId: w.report.id, managerId: w.outsider.id }),
      "NOT_FOUND",
    );
    await expectCode(
      w.as(w.admin).people.changeManager({ org: "acme", personId: w.report.id, managerId: w.outsider.id }),
      "NOT_FOUND",
    );
    await expectCode(w.as(w.outsider).invitations.revoke({ org: "acme", invitationId: "x" }), "NOT_FOUND");
  });

  it("requires a session, and a deactivated member loses access on the next call", async () => {
    const w = await world();
    await expectCode(callerFor(t.db, null).people.list({ org: "acme" }), "UNAUTHORIZED");
    await w.as(w.peer).people.list({ org: "acme" });
    await w.as(w.admin).people.setStatus({ org: "acme", personId: w.peer.id, status: "DEACTIVATED" });
    await expectCode(w.as(w.peer).people.list({ org: "acme" }), "NOT_FOUND");
    // and the directory hides them from everyone but admins
    await expectCode(w.as(w.report).people.get({ org: "acme", personId: w.peer.id }), "NOT_FOUND");
    expect((await w.as(w.admin).people.get({ org: "acme", personId: w.peer.id })).status).toBe("DEACTIVATED");
  });
});

describe("directory", () => {
  it("searches by name, title and email, and filters by team and manager", async () => {
    const w = await world();
    const q = (input: Record<string, string>) => w.as(w.report).people.list({ org: "acme", ...input });
    expect((await q({ q: "raj" })).items.map((p) => p.name)).toEqual(["Raj Report"]);
    expect((await q({ q: "ENGINEER" })).items.map((p) => p.name)).toEqual(["Raj Report"]);
    expect((await q({ teamId: w.team.id })).total).toBe(1);
    expect((await q({ managerId: w.manager.id })).items.map((p) => p.name)).toEqual(["Pia Peer", "Raj Report"]);
  });

  it("pages forward and back with keyset cursors, no gaps or repeats", async () => {
    const w = await world();
    await createPeople(
      t.db,
      w.a.id,
      Array.from({ length: 23 }, (_, i) => ({ name: `Zed ${String(i).padStart(2, "0")}` })),
    );
    const list = (input: object) => w.as(w.report).people.list({ org: "acme", limit: 10, ...input });
    const p1 = await list({});
    const p2 = await list({ cursor: p1.nextCursor });
    const p3 = await list({ cursor: p2.nextCursor });
    expect(p1.total).toBe(28);
    expect(p3.nextCursor).toBeNull();
    const names = [...p1.items, ...p2.items, ...p3.items].map((p) => p.name);
    expect(names).toHaveLength(28);
    expect(new Set(names).size).toBe(28);
    expect(names).toEqual([...names].sort());
    expect(p1.prevCursor).toBeNull();
    const back = await list({ cursor: p2.prevCursor, direction: "backward" });
    expect(back.items.map((p) => p.id)).toEqual(p1.items.map((p) => p.id));
    expect(back.prevCursor).toBeNull();
  });

  it("person page shows the manager chain, reports and history; birthdays follow the celebrate preference", async () => {
    const w = await world();
    const raj = await w.as(w.report).people.get({ org: "acme", personId: w.report.id });
    expect(raj.managerChain.map((m) => m.name)).toEqual(["Mia Manager", "Bo Boss"]);
    expect(raj.history).toHaveLength(1);
    const mia = await w.as(w.report).people.get({ org: "acme", personId: w.manager.id });
    expect(mia.reports.map((r) => r.name)).toEqual(["Pia Peer", "Raj Report"]);
    expect(mia.history).toBeNull(); // a report may not read their manager's history
    expect((await w.as(w.report).people.get({ org: "acme", personId: w.peer.id })).birthday).toBeNull();
    expect((await w.as(w.peer).people.get({ org: "acme", personId: w.peer.id })).birthday).toEqual({
      month: 3,
      day: 4,
    });
    // Pia celebrates nothing: only she sees the countdowns; HR sees her birthday as profile data only.
    await t.db.membership.update({ where: { id: w.peer.id }, data: { startDate: new Date("2020-05-04") } });
    const pia = (viewer: { userId: string }) => w.as(viewer).people.get({ org: "acme", personId: w.peer.id });
    expect((await pia(w.peer)).nextAnniversary?.years).toBeGreaterThan(0);
    expect((await pia(w.peer)).nextBirthday).not.toBeNull();
    for (const viewer of [w.report, w.manager, w.admin]) {
      const seen = await pia(viewer);
      expect([seen.nextBirthday, seen.nextAnniversary]).toEqual([null, null]);
    }
    expect((await pia(w.admin)).birthday).toEqual({ month: 3, day: 4 });
  });
});

describe("the caller's 1:1 with a person", () => {
  const meeting = (w: Awaited<ReturnType<typeof world>>, daysFromNow: number, status = "SCHEDULED" as const) =>
    t.db.meeting.create({
      data: {
        organizationId: w.a.id,
        managerId: w.manager.id,
        reportId: w.report.id,
        startsAt: new Date(Date.now() + daysFromNow * 86_400_000),
        timeZone: "UTC",
        status,
      },
    });

  it("links the pair to their next 1:1, else their latest, and nobody else to any", async () => {
    const w = await world();
    const get = (viewer: { userId: string }, personId: string) =>
      w
        .as(viewer)
        .people.get({ org: "acme", personId })
        .then((p) => p.oneOnOne);
    expect(await get(w.manager, w.report.id)).toBeNull();
    const past = await meeting(w, -7);
    expect(await get(w.manager, w.report.id)).toMatchObject({ id: past.id, upcoming: false });
    const next = await meeting(w, 3);
    await meeting(w, 10);
    // Both sides of the pair get the same next meeting.
    expect(await get(w.manager, w.report.id)).toMatchObject({ id: next.id, upcoming: true });
    expect(await get(w.report, w.manager.id)).toMatchObject({ id: next.id, upcoming: true });
    // Not a participant: the HR admin, the manager's manager, a peer, and the person on their own page.
    expect(await get(w.admin, w.report.id)).toBeNull();
    expect(await get(w.boss, w.report.id)).toBeNull();
    expect(await get(w.peer, w.report.id)).toBeNull();
    expect(await get(w.report, w.report.id)).toBeNull();
  });
});

describe("manager changes", () => {
  it("an admin changes a manager and the history keeps both lines", async () => {
    const w = await world();
    await w.as(w.admin).people.changeManager({ org: "acme", personId: w.report.id, managerId: w.boss.id });
    const history = await t.db.managerHistory.findMany({
      where: { reportId: w.report.id },
      orderBy: { startedAt: "asc" },
    });
    expect(history.map((h) => [h.managerId, h.endedAt === null])).toEqual([
      [w.manager.id, false],
      [w.boss.id, true],
    ]);
    expect(history[1]?.changedById).toBe(w.admin.id);
    const raj = await w.as(w.admin).people.get({ org: "acme", personId: w.report.id });
    expect(raj.manager?.id).toBe(w.boss.id);
  });

  it("only admins may change managers, roles or status; refusals write nothing", async () => {
    const w = await world();
    const before = await counts();
    await expectCode(
      w.as(w.manager).people.changeManager({ org: "acme", personId: w.report.id, managerId: w.boss.id }),
      "FORBIDDEN",
    );
    await expectCode(
      w.as(w.manager).people.changeRole({ org: "acme", personId: w.report.id, role: "ADMIN" }),
      "FORBIDDEN",
    );
    await expectCode(
      w.as(w.report).people.setStatus({ org: "acme", personId: w.peer.id, status: "DEACTIVATED" }),
      "FORBIDDEN",
    );
    await expectCode(
      w.as(w.admin).people.changeRole({ org: "acme", personId: w.admin.id, role: "EMPLOYEE" }),
      "FORBIDDEN",
    );
    expect(await counts()).toEqual(before);
    expect((await t.db.membership.findUniqueOrThrow({ where: { id: w.report.id } })).managerId).toBe(w.manager.id);
  });

  it("refuses reporting loops and self-management", async () => {
    const w = await world();
    const loop = await expectCode(
      w.as(w.admin).people.changeManager({ org: "acme", personId: w.boss.id, managerId: w.report.id }),
      "BAD_REQUEST",
    );
    expect(loop.message).toMatch(/loop/);
    await expectCode(
      w.as(w.admin).people.changeManager({ org: "acme", personId: w.boss.id, managerId: w.boss.id }),
      "BAD_REQUEST",
    );
    expect(await t.db.managerHistory.count({ where: { reportId: w.boss.id } })).toBe(0);
  });
});

describe("bad input", () => {
  it("malformed input is BAD_REQUEST with field errors and writes nothing", async () => {
    const w = await world();
    const before = await counts();
    const caller = w.as(w.admin);
    const e1 = await expectCode(caller.people.changeManager({ org: "acme", personId: 42 } as never), "BAD_REQUEST");
    expect(JSON.stringify(e1.cause)).toMatch(/personId/);
    await expectCode(
      caller.people.update({ org: "acme", personId: w.report.id, timeZone: "Mars/Base" }),
      "BAD_REQUEST",
    );
    await expectCode(
      caller.people.update({ org: "acme", personId: w.report.id, birthday: { month: 2, day: 30 } }),
      "BAD_REQUEST",
    );
    await expectCode(
      caller.invitations.create({ org: "acme", name: "X", email: "x\uFF20evil.example" }),
      "BAD_REQUEST",
    );
    await expectCode(caller.people.list({ org: "", limit: 5000 } as never), "BAD_REQUEST");
    expect(await counts()).toEqual(before);
  });

  it("unknown ids are NOT_FOUND", async () => {
    const w = await world();
    await expectCode(w.as(w.admin).people.get({ org: "acme", personId: "cl_does_not_exist" }), "NOT_FOUND");
    await expectCode(w.as(w.admin).people.update({ org: "acme", personId: "cl_nope", title: "x" }), "NOT_FOUND");
  });

  it("people edit their own time zone and celebrate preference but not admin fields", async () => {
    const w = await world();
    const me = await w
      .as(w.report)
      .people.update({ org: "acme", personId: w.report.id, timeZone: "Asia/Kolkata", celebrate: "PRIVATE" });
    expect(me.timeZone).toBe("Asia/Kolkata");
    await expectCode(w.as(w.report).people.update({ org: "acme", personId: w.report.id, title: "CEO" }), "FORBIDDEN");
    await expectCode(w.as(w.report).people.update({ org: "acme", personId: w.peer.id, timeZone: "UTC" }), "FORBIDDEN");
  });

  it("mutations from another site are refused", async () => {
    const w = await world();
    const evil = callerFor(
      t.db,
      w.admin.userId,
      new Headers({ "sec-fetch-site": "cross-site", origin: "https://evil.example" }),
    );
    await expectCode(evil.people.changeRole({ org: "acme", personId: w.report.id, role: "ADMIN" }), "FORBIDDEN");
    expect((await t.db.membership.findUniqueOrThrow({ where: { id: w.report.id } })).role).toBe("EMPLOYEE");
  });
});
