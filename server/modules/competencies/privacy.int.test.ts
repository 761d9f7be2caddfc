// Privacy canary for competency reviews: through every query procedure of oneOnOnes, people and
// competencies, a draft's evidence reaches its author alone, and shared evidence reaches the pair
// and the managers above it, never an HR admin, a peer or another org. A new query of those
// routers without an entry in INPUTS fails this test on purpose.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../api/root";
import { callAsJson, callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { createOrg, createPerson, installStarterFramework } from "../../test/factories";
import { oneOnOneWorld, pastMeeting } from "../../test/one-on-one-world";

const DRAFT = "CANARY-2b8e41-manager-draft-evidence";
const SELF_DRAFT = "CANARY-9c0d73-self-draft";
const SHARED = "CANARY-4f6a15-shared-evidence";
let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());

describe("competency evidence and drafts never leak", () => {
  it("through any oneOnOnes, people or competencies query", async () => {
    const w = await oneOnOneWorld(t.db);
    const beta = await createOrg(t.db, { slug: "beta" });
    const outsider = await createPerson(t.db, { organizationId: beta.id, name: "Otto", role: "ADMIN" });
    const framework = await installStarterFramework(t.db, { organizationId: w.org.id });
    const idOf = (name: string) => {
      const c = framework.competencies.find((x) => x.name === name);
      if (!c) throw new Error(name);
      return c.id;
    };
    const [trust, listening] = [idOf("Trust"), idOf("Active listening")];
    const meeting = await pastMeeting(t.db, w, 1);
    const m = callerFor(t.db, w.manager.userId).competencies;
    const base = { org: "acme", meetingId: meeting.id, baseVersion: 0, rating: 3, observed: [0] };
    await m.pick({ org: "acme", meetingId: meeting.id, competencyId: listening });
    await m.saveReview({ ...base, competencyId: listening, kind: "MANAGER", evidence: SHARED });
    await m.share({ org: "acme", meetingId: meeting.id });
    await m.pick({ org: "acme", meetingId: meeting.id, competencyId: trust });
    await m.saveReview({ ...base, competencyId: trust, kind: "MANAGER", evidence: DRAFT });
    await callerFor(t.db, w.report.userId).competencies.saveReview({
      ...base,
      competencyId: trust,
      kind: "SELF",
      evidence: SELF_DRAFT,
    });

    const INPUTS: Record<string, (slug: string) => Record<string, unknown>> = {
      "oneOnOnes.mine": (o) => ({ org: o }),
      "oneOnOnes.adherence": (o) => ({ org: o, days: 90 }),
      "oneOnOnes.get": (o) => ({ org: o, meetingId: meeting.id }),
      "oneOnOnes.liveTopic": (o) => ({ org: o, meetingId: meeting.id }),
      "people.list": (o) => ({ org: o }),
      "people.get": (o) => ({ org: o, personId: w.report.id }),
      "people.orgChart": (o) => ({ org: o }),
      "people.pickable": (o) => ({ org: o }),
      "people.names": (o) => ({ org: o, ids: [w.report.id, w.manager.id] }),
      "people.teams": (o) => ({ org: o }),
      "people.managers": (o) => ({ org: o }),
      "competencies.frameworks": (o) => ({ org: o }),
      "competencies.framework": (o) => ({ org: o, frameworkId: framework.id }),
      "competencies.panel": (o) => ({ org: o, meetingId: meeting.id }),
      "competencies.person": (o) => ({ org: o, personId: w.report.id }),
      "competencies.heatmap": (o) => ({ org: o }),
    };
    const queries = Object.entries(appRouter._def.procedures)
      .filter(
        ([path, p]) =>
          /^(oneOnOnes|people|competencies)\./.test(path) &&
          (p as unknown as { _def: { type: string } })._def.type === "query",
      )
      .map(([path]) => path);
    for (const q of queries) expect(Object.keys(INPUTS), `add ${q} to INPUTS`).toContain(q);

    const who = { manager: w.manager, report: w.report, skip: w.boss, admin: w.admin, peer: w.peer, outsider };
    const sees: Record<string, Record<keyof typeof who, boolean>> = {
      [DRAFT]: { manager: true, report: false, skip: false, admin: false, peer: false, outsider: false },
      [SELF_DRAFT]: { manager: false, report: true, skip: false, admin: false, peer: false, outsider: false },
      [SHARED]: { manager: true, report: true, skip: true, admin: false, peer: false, outsider: false },
    };
    for (const [name, person] of Object.entries(who) as [keyof typeof who, { userId: string }][]) {
      const seen = new Set<string>();
      for (const [path, input] of Object.entries(INPUTS)) {
        for (const slug of ["acme", "beta"]) {
          const json = await callAsJson(t.db, person.userId, path, input(slug));
          for (const canary of Object.keys(sees)) {
            if (!json.includes(canary)) continue;
            expect(sees[canary]?.[name], `${name} got ${canary} via ${path} (${slug})`).toBe(true);
            seen.add(canary);
          }
        }
      }
      // And those who may, do see it (the canary is not hidden from everyone by mistake).
      for (const [canary, allowed] of Object.entries(sees))
        expect(seen.has(canary), `${name}: ${canary}`).toBe(allowed[name]);
    }
  });
});
