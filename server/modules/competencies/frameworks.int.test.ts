// Competency frameworks through the real router and a real Postgres: HR admins build, everyone
// reads, edits add versions, a team's framework wins over the org's, bad input writes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { OrgCtx } from "../../lib/context";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { expectCode, fieldErrorKeys } from "../../test/expect-code";
import { createOrg, createPerson, createTeam } from "../../test/factories";
import { frameworkIdFor } from "./frameworks.service";
import { STARTER } from "./starter";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

async function world() {
  const acme = await createOrg(t.db, { name: "Acme", slug: "acme" });
  const beta = await createOrg(t.db, { name: "Beta", slug: "beta" });
  const platform = await createTeam(t.db, { organizationId: acme.id, name: "Platform" });
  const design = await createTeam(t.db, { organizationId: acme.id, name: "Design" });
  const admin = await createPerson(t.db, { organizationId: acme.id, name: "Hana Admin", role: "ADMIN" });
  const manager = await createPerson(t.db, { organizationId: acme.id, name: "Mia Manager", role: "MANAGER" });
  const engineer = await createPerson(t.db, {
    organizationId: acme.id,
    name: "Raj Report",
    managerId: manager.id,
    teamId: platform.id,
  });
  const designer = await createPerson(t.db, { organizationId: acme.id, name: "Dee Designer", teamId: design.id });
  const loner = await createPerson(t.db, { organizationId: acme.id, name: "Lou Noteam" });
  const outsider = await createPerson(t.db, { organizationId: beta.id, name: "Otto Outsider", role: "ADMIN" });
  const as = (p: { userId: string }) => callerFor(t.db, p.userId).competencies;
  return { acme, beta, platform, design, admin, manager, engineer, designer, loner, outsider, as };
}

const counts = async () => ({
  frameworks: await t.db.framework.count(),
  competencies: await t.db.competency.count(),
  versions: await t.db.competencyVersion.count(),
  teams: await t.db.frameworkTeam.count(),
});

describe("frameworks", () => {
  it("an admin installs the starter framework in one click; everyone in the org reads it", async () => {
    const w = await world();
    const { id } = await w.as(w.admin).installStarter({ org: "acme" });
    const f = await w.as(w.engineer).framework({ org: "acme", frameworkId: id });
    expect(f.name).toBe(STARTER.name);
    expect(f.orgWide).toBe(true);
    expect(f.canEdit).toBe(false);
    expect(f.scale.map((l) => l.label)).toEqual(["Not yet", "Developing", "Consistent", "Role model"]);
    expect(f.competencies.map((c) => c.name)).toEqual(STARTER.competencies.map((c) => c.name));
    const listening = f.competencies.find((c) => c.name === "Active listening");
    expect(listening).toMatchObject({
      behaviours: ["Reflects back what was said", "Asks clarifying questions", "Summarises next steps"],
      expectedResult: "Fewer errors, clearer plans",
      leaderCheck: "Confirms next steps in writing",
      version: 1,
    });
    expect((await w.as(w.admin).framework({ org: "acme", frameworkId: id })).canEdit).toBe(true);
    // Installing twice is refused and writes nothing.
    const before = await counts();
    await expectCode(w.as(w.admin).installStarter({ org: "acme" }), "CONFLICT");
    expect(await counts()).toEqual(before);
  });

  it("managers and employees may not edit; another org's framework is not found", async () => {
    const w = await world();
    const { id } = await w.as(w.admin).installStarter({ org: "acme" });
    const before = await counts();
    await expectCode(w.as(w.manager).installStarter({ org: "acme" }), "FORBIDDEN");
    await expectCode(w.as(w.engineer).createFramework({ org: "acme", name: "Mine" }), "FORBIDDEN");
    // Permission first: an employee learns nothing about ids, real or not.
    await expectCode(w.as(w.engineer).updateFramework({ org: "acme", frameworkId: id, name: "X" }), "FORBIDDEN");
    await expectCode(w.as(w.engineer).updateFramework({ org: "acme", frameworkId: "nope", name: "X" }), "FORBIDDEN");
    await expectCode(w.as(w.outsider).framework({ org: "beta", frameworkId: id }), "NOT_FOUND");
    await expectCode(w.as(w.outsider).updateFramework({ org: "beta", frameworkId: id, name: "Pwned" }), "NOT_FOUND");
    await expectCode(w.as(w.outsider).duplicateFramework({ org: "beta", frameworkId: id }), "NOT_FOUND");
    expect(await counts()).toEqual(before);
    expect(await w.as(w.outsider).frameworks({ org: "beta" })).toEqual([]);
  });

  it("editing a competency adds a version and keeps the old texts; no change writes nothing", async () => {
    const w = await world();
    const { id } = await w.as(w.admin).installStarter({ org: "acme" });
    const f = await w.as(w.admin).framework({ org: "acme", frameworkId: id });
    const trust = f.competencies.find((c) => c.name === "Trust");
    if (!trust) throw new Error("no Trust");
    const { competencyId: _, ...same } = { competencyId: trust.id, ...trust };
    const unchanged = await w.as(w.admin).updateCompetency({ org: "acme", competencyId: trust.id, ...pick(same) });
    expect(unchanged.version).toBe(1);
    const edited = await w.as(w.admin).updateCompetency({
      org: "acme",
      competencyId: trust.id,
      ...pick(same),
      behaviours: ["Is honest", "Keeps confidences", "Shares credit in public"],
    });
    expect(edited.version).toBe(2);
    const versions = await t.db.competencyVersion.findMany({
      where: { competencyId: trust.id },
      orderBy: { version: "asc" },
      select: { version: true, behaviours: true },
    });
    expect(versions).toEqual([
      { version: 1, behaviours: ["Is honest", "Keeps confidences", "Shares credit"] },
      { version: 2, behaviours: ["Is honest", "Keeps confidences", "Shares credit in public"] },
    ]);
    const now = await w.as(w.engineer).framework({ org: "acme", frameworkId: id });
    expect(now.competencies.find((c) => c.id === trust.id)?.behaviours).toContain("Shares credit in public");
  });

  it("adds, reorders, archives and duplicates competencies", async () => {
    const w = await world();
    const { id } = await w.as(w.admin).createFramework({ org: "acme", name: "Craft" });
    const a = await w.as(w.admin).addCompetency({ org: "acme", frameworkId: id, name: "Alpha", behaviours: ["A"] });
    const b = await w.as(w.admin).addCompetency({ org: "acme", frameworkId: id, name: "Beta", behaviours: [] });
    const c = await w.as(w.admin).addCompetency({ org: "acme", frameworkId: id, name: "Gamma", behaviours: [] });
    const names = async () =>
      (await w.as(w.admin).framework({ org: "acme", frameworkId: id })).competencies.map((x) => x.name);
    expect(await names()).toEqual(["Alpha", "Beta", "Gamma"]);
    await w.as(w.admin).moveCompetency({ org: "acme", competencyId: c.id, afterId: null, beforeId: a.id });
    expect(await names()).toEqual(["Gamma", "Alpha", "Beta"]);
    await w.as(w.admin).moveCompetency({ org: "acme", competencyId: c.id, afterId: a.id, beforeId: b.id });
    expect(await names()).toEqual(["Alpha", "Gamma", "Beta"]);
    await w.as(w.admin).archiveCompetency({ org: "acme", competencyId: b.id, archived: true });
    const archived = (await w.as(w.admin).framework({ org: "acme", frameworkId: id })).competencies;
    expect(archived.filter((x) => x.archived).map((x) => x.name)).toEqual(["Beta"]);
    // An archived name is free again; restoring the old one then clashes.
    await w.as(w.admin).addCompetency({ org: "acme", frameworkId: id, name: "beta", behaviours: [] });
    await expectCode(
      w.as(w.admin).archiveCompetency({ org: "acme", competencyId: b.id, archived: false }),
      "BAD_REQUEST",
    );

    const copy = await w.as(w.admin).duplicateFramework({ org: "acme", frameworkId: id });
    const dup = await w.as(w.admin).framework({ org: "acme", frameworkId: copy.id });
    expect(dup.name).toBe("Copy of Craft");
    expect(dup.orgWide).toBe(false);
    expect(dup.competencies.map((x) => x.name)).toEqual(["Alpha", "Gamma", "beta"]);
  });

  it("a team's framework wins over the org's; archived ones apply nowhere", async () => {
    const w = await world();
    const org = await w.as(w.admin).installStarter({ org: "acme" });
    const craft = await w.as(w.admin).createFramework({ org: "acme", name: "Engineering craft" });
    await w
      .as(w.admin)
      .applyFramework({ org: "acme", frameworkId: craft.id, orgWide: false, teamIds: [w.platform.id] });
    const ctx = { db: t.db, org: { id: w.acme.id } } as unknown as OrgCtx;
    expect(await frameworkIdFor(ctx, w.engineer.id)).toBe(craft.id);
    expect(await frameworkIdFor(ctx, w.designer.id)).toBe(org.id);
    expect(await frameworkIdFor(ctx, w.loner.id)).toBe(org.id);
    // One org-wide framework: making Craft org-wide takes it from the starter.
    await w.as(w.admin).applyFramework({ org: "acme", frameworkId: craft.id, orgWide: true, teamIds: [] });
    expect((await w.as(w.admin).framework({ org: "acme", frameworkId: org.id })).orgWide).toBe(false);
    expect(await frameworkIdFor(ctx, w.designer.id)).toBe(craft.id);
    // A team has one framework: giving Design to the starter, then archiving it, falls back to the org's.
    await w.as(w.admin).applyFramework({ org: "acme", frameworkId: org.id, orgWide: false, teamIds: [w.design.id] });
    expect(await frameworkIdFor(ctx, w.designer.id)).toBe(org.id);
    await w.as(w.admin).setFrameworkStatus({ org: "acme", frameworkId: org.id, status: "ARCHIVED" });
    expect(await frameworkIdFor(ctx, w.designer.id)).toBe(craft.id);
  });
});

describe("bad input", () => {
  it("is BAD_REQUEST with field errors and writes nothing", async () => {
    const w = await world();
    const { id } = await w.as(w.admin).installStarter({ org: "acme" });
    const beta = await createTeam(t.db, { organizationId: w.beta.id, name: "Theirs" });
    const before = await counts();
    // Thunks: each call starts only when its turn comes (no rejection waits unobserved).
    const cases: [() => Promise<unknown>, string][] = [
      [() => w.as(w.admin).createFramework({ org: "acme", name: "  " }), "name"],
      [() => w.as(w.admin).updateFramework({ org: "acme", frameworkId: id, name: "" }), "name"],
      [() => w.as(w.admin).addCompetency({ org: "acme", frameworkId: id, name: "Trust", behaviours: [] }), "name"],
      [() => w.as(w.admin).addCompetency({ org: "acme", frameworkId: id, name: "TRUST", behaviours: [] }), "name"],
      [() => w.as(w.admin).addCompetency({ org: "acme", frameworkId: id, name: "X", behaviours: [""] }), "behaviours"],
      [
        () =>
          w.as(w.admin).updateFramework({
            org: "acme",
            frameworkId: id,
            scale: [{ value: 1, label: "Only one", description: "" }],
          }),
        "scale",
      ],
      [
        () =>
          w.as(w.admin).updateFramework({
            org: "acme",
            frameworkId: id,
            scale: [
              { value: 1, label: "Low", description: "" },
              { value: 3, label: "High", description: "" },
            ],
          }),
        "scale",
      ],
      [
        () => w.as(w.admin).applyFramework({ org: "acme", frameworkId: id, orgWide: false, teamIds: [beta.id] }),
        "teamIds",
      ],
    ];
    for (const [call, field] of cases) {
      const err = await expectCode(call(), "BAD_REQUEST");
      expect(fieldErrorKeys(err), field).toContain(field);
    }
    expect(await counts()).toEqual(before);
  });
});

/** The editable texts of a competency as returned by `framework`. */
function pick(c: {
  name: string;
  category: string;
  description: string;
  behaviours: string[];
  expectedResult: string;
  leaderCheck: string;
}) {
  return {
    name: c.name,
    category: c.category,
    description: c.description,
    behaviours: c.behaviours,
    expectedResult: c.expectedResult,
    leaderCheck: c.leaderCheck,
  };
}
