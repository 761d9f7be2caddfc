// Custom milestones through the real router and a real Postgres: who may add, change, remove and
// restore them (HR admins for anyone and any team, a manager for people below them), bad input
// refused with field errors and nothing written, another org's person or team refused, and the
// person page's list with what the viewer may change.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { expectCode, fieldErrorKeys } from "../../test/expect-code";
import { createOrg, createPerson, createTeam } from "../../test/factories";
import { oneOnOneWorld } from "../../test/one-on-one-world";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

async function world() {
  const w = await oneOnOneWorld(t.db);
  const team = await createTeam(t.db, { organizationId: w.org.id, name: "Platform" });
  const other = await createOrg(t.db, { slug: "other" });
  const outsider = await createPerson(t.db, { organizationId: other.id, name: "Olga Outsider", role: "ADMIN" });
  const theirTeam = await createTeam(t.db, { organizationId: other.id, name: "Theirs" });
  const c = (p: { userId: string }) => callerFor(t.db, p.userId).calendar;
  return { ...w, team, other, outsider, theirTeam, c };
}

const rows = () => t.db.customMilestone.count();
const promotion = (personId: string) => ({
  org: "acme",
  title: "Promoted to Senior Engineer",
  date: "2026-12-08",
  recurrence: "ONE_OFF" as const,
  personId,
});

describe("adding milestones", () => {
  it("lets HR add one for anyone or any team, and a manager for people below them", async () => {
    const w = await world();
    await w.c(w.admin).createMilestone(promotion(w.peer.id));
    await w.c(w.admin).createMilestone({
      org: "acme",
      title: "Platform founded",
      date: "2020-06-01",
      recurrence: "YEARLY",
      teamId: w.team.id,
    });
    await w.c(w.manager).createMilestone(promotion(w.report.id));
    await w.c(w.boss).createMilestone({ ...promotion(w.report.id), title: "Became a parent" });
    const stored = await t.db.customMilestone.findMany({ orderBy: { createdAt: "asc" } });
    expect(stored.map((m) => [m.title, m.personId, m.teamId, m.recurrence, m.createdById])).toEqual([
      ["Promoted to Senior Engineer", w.peer.id, null, "ONE_OFF", w.admin.id],
      ["Platform founded", null, w.team.id, "YEARLY", w.admin.id],
      ["Promoted to Senior Engineer", w.report.id, null, "ONE_OFF", w.manager.id],
      ["Became a parent", w.report.id, null, "ONE_OFF", w.boss.id],
    ]);
    expect(stored[1]?.date.toISOString()).toBe("2020-06-01T00:00:00.000Z");
  });

  it("refuses bad input, strangers and people without the right, writing nothing", async () => {
    const w = await world();
    const base = promotion(w.report.id);
    const bad: [Record<string, unknown>, string][] = [
      [{ date: "2027-02-30" }, "date"],
      [{ date: "2026-13-01" }, "date"],
      [{ date: "1969-12-31" }, "date"],
      [{ title: "   " }, "title"],
      [{ title: "x".repeat(121) }, "title"],
      [{ title: "line\nbreak" }, "title"],
      [{ personId: w.report.id, teamId: w.team.id }, "teamId"],
      [{ personId: undefined }, "personId"],
      [{ recurrence: "MONTHLY" }, "recurrence"],
      [{ personId: w.outsider.id }, "personId"], // another org's person
      [{ personId: undefined, teamId: w.theirTeam.id }, "teamId"], // another org's team
    ];
    const before = await rows();
    for (const [extra, field] of bad) {
      const err = await expectCode(w.c(w.admin).createMilestone({ ...base, ...extra } as never), "BAD_REQUEST");
      expect(fieldErrorKeys(err), JSON.stringify(extra).slice(0, 80)).toContain(field);
    }
    // No right: an employee for a peer or themselves, a manager for someone not below them or a team.
    await expectCode(w.c(w.peer).createMilestone(promotion(w.report.id)), "FORBIDDEN");
    await expectCode(w.c(w.report).createMilestone(promotion(w.report.id)), "FORBIDDEN");
    await expectCode(w.c(w.manager).createMilestone(promotion(w.boss.id)), "FORBIDDEN");
    await expectCode(w.c(w.manager).createMilestone(promotion(w.outsider.id)), "FORBIDDEN");
    const teamOne = { ...base, personId: undefined, teamId: w.team.id };
    await expectCode(w.c(w.manager).createMilestone(teamOne), "FORBIDDEN");
    await expectCode(w.c(w.outsider).createMilestone(base), "NOT_FOUND");
    expect(await rows()).toBe(before);
    expect(before).toBe(0);
  });

  it("is about exactly one person or team in the database too (a CHECK constraint)", async () => {
    const w = await world();
    const row = { organizationId: w.org.id, title: "x", date: new Date("2026-12-01"), createdById: w.admin.id };
    await expect(
      t.db.customMilestone.create({ data: { ...row, personId: w.report.id, teamId: w.team.id } }),
    ).rejects.toThrow();
    await expect(t.db.customMilestone.create({ data: row })).rejects.toThrow();
    await expect(t.db.customMilestone.create({ data: { ...row, personId: w.report.id, title: "" } })).rejects.toThrow();
    expect(await rows()).toBe(0);
  });
});

describe("changing milestones", () => {
  it("updates, removes and restores (undo) for those who may manage it; others are refused", async () => {
    const w = await world();
    const { id } = await w.c(w.manager).createMilestone(promotion(w.report.id));
    await w.c(w.boss).updateMilestone({
      ...promotion(w.report.id),
      milestoneId: id,
      title: "Promoted to Staff Engineer",
      date: "2026-12-09",
      recurrence: "YEARLY",
    });
    expect(await t.db.customMilestone.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "Promoted to Staff Engineer",
      recurrence: "YEARLY",
      date: new Date("2026-12-09T00:00:00Z"),
    });
    const change = { ...promotion(w.report.id), milestoneId: id, title: "Hijacked" };
    await expectCode(w.c(w.peer).updateMilestone(change), "FORBIDDEN"); // sees it (PUBLIC), may not change it
    await expectCode(w.c(w.outsider).updateMilestone({ ...change, org: "other" }), "NOT_FOUND");
    // Moving it to someone the manager does not manage, or to a team: refused.
    await expectCode(w.c(w.manager).updateMilestone({ ...change, personId: w.boss.id }), "FORBIDDEN");
    await expectCode(
      w.c(w.manager).updateMilestone({ ...change, personId: undefined, teamId: w.team.id }),
      "FORBIDDEN",
    );
    expect((await t.db.customMilestone.findUniqueOrThrow({ where: { id } })).title).toBe("Promoted to Staff Engineer");

    await expectCode(w.c(w.peer).removeMilestone({ org: "acme", milestoneId: id }), "FORBIDDEN");
    await w.c(w.manager).removeMilestone({ org: "acme", milestoneId: id });
    const list = async (who: { userId: string }) =>
      (await w.c(who).milestones({ org: "acme", personId: w.report.id })).items.map((m) => m.title);
    expect(await list(w.peer)).toEqual([]);
    await expectCode(w.c(w.manager).removeMilestone({ org: "acme", milestoneId: id }), "NOT_FOUND"); // already gone
    await expectCode(w.c(w.peer).restoreMilestone({ org: "acme", milestoneId: id }), "FORBIDDEN");
    await w.c(w.admin).restoreMilestone({ org: "acme", milestoneId: id });
    expect(await list(w.peer)).toEqual(["Promoted to Staff Engineer"]);
  });

  it("lists a person's milestones as the viewer may see them, with what they may change", async () => {
    const w = await world();
    await t.db.membership.update({ where: { id: w.report.id }, data: { celebrate: "PRIVATE" } });
    await w.c(w.manager).createMilestone(promotion(w.report.id));
    await w.c(w.admin).createMilestone({ org: "acme", title: "Launch", date: "2026-12-15", teamId: w.team.id });
    const page = (who: { userId: string }) => w.c(who).milestones({ org: "acme", personId: w.report.id });
    expect(await page(w.manager)).toEqual({
      items: [
        {
          id: expect.any(String),
          title: "Promoted to Senior Engineer",
          date: "2026-12-08",
          recurrence: "ONE_OFF",
          person: { id: w.report.id, name: "Raj Report" },
          team: null,
          canManage: true,
        },
      ],
      canCreate: true,
    });
    expect(await page(w.report)).toMatchObject({ items: [{ canManage: false }], canCreate: false });
    // PRIVATE: not a peer, not HR (though HR may add one).
    expect(await page(w.peer)).toEqual({ items: [], canCreate: false });
    expect(await page(w.admin)).toEqual({ items: [], canCreate: true });
    const team = await w.c(w.peer).milestones({ org: "acme", teamId: w.team.id });
    expect(team).toMatchObject({ items: [{ title: "Launch", team: { name: "Platform" }, canManage: false }] });
    expect(team.canCreate).toBe(false);
    expect((await w.c(w.admin).milestones({ org: "acme" })).items.map((m) => m.title)).toEqual(["Launch"]);
    expect((await w.c(w.boss).milestones({ org: "acme" })).items.map((m) => m.title)).toEqual([
      "Promoted to Senior Engineer",
      "Launch",
    ]);
  });
});
