// Privacy canary for celebrations: through every query procedure of the calendar router, a PRIVATE
// person's milestone reaches them and the managers above them, a NONE person's reaches them alone,
// and neither reaches a peer, an HR admin or another org. A new calendar query without an entry in
// INPUTS fails this test on purpose.
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../api/root";
import { callAsJson } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { createMilestone, createOrg, createPerson } from "../../test/factories";
import { oneOnOneWorld } from "../../test/one-on-one-world";

const PRIVATE = "CANARY-61d2e8-private-milestone";
const NONE = "CANARY-0b7c94-none-milestone";
let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());

describe("celebrations never leak", () => {
  it("through any calendar query", async () => {
    const w = await oneOnOneWorld(t.db);
    const beta = await createOrg(t.db, { slug: "beta" });
    const outsider = await createPerson(t.db, { organizationId: beta.id, name: "Otto", role: "ADMIN" });
    await t.db.membership.update({ where: { id: w.report.id }, data: { celebrate: "PRIVATE" } });
    await t.db.membership.update({ where: { id: w.peer.id }, data: { celebrate: "NONE" } });
    const soon = DateTime.utc().plus({ days: 2 });
    const date = soon.toISODate() ?? "";
    const base = { organizationId: w.org.id, createdById: w.admin.id, date };
    await createMilestone(t.db, { ...base, personId: w.report.id, title: PRIVATE });
    await createMilestone(t.db, { ...base, personId: w.peer.id, title: NONE });

    const month = soon.toFormat("yyyy-MM");
    const INPUTS: Record<string, (slug: string) => Record<string, unknown>> = {
      "calendar.month": (o) => ({ org: o, month }),
      "calendar.upcoming": (o) => ({ org: o }),
      "calendar.milestones": (o) => ({ org: o }),
      "calendar.subscription": (o) => ({ org: o }),
    };
    const queries = Object.entries(appRouter._def.procedures)
      .filter(
        ([path, p]) =>
          path.startsWith("calendar.") && (p as unknown as { _def: { type: string } })._def.type === "query",
      )
      .map(([path]) => path);
    for (const q of queries) expect(Object.keys(INPUTS), `add ${q} to INPUTS`).toContain(q);
    // The person pages too.
    const pages = {
      "calendar.milestones#report": { personId: w.report.id },
      "calendar.milestones#peer": { personId: w.peer.id },
    };

    const who = { report: w.report, peer: w.peer, manager: w.manager, skip: w.boss, admin: w.admin, outsider };
    const sees: Record<string, Record<keyof typeof who, boolean>> = {
      [PRIVATE]: { report: true, peer: false, manager: true, skip: true, admin: false, outsider: false },
      [NONE]: { report: false, peer: true, manager: false, skip: false, admin: false, outsider: false },
    };
    for (const [name, person] of Object.entries(who) as [keyof typeof who, { userId: string }][]) {
      const answers: [string, string][] = [];
      for (const [path, input] of Object.entries(INPUTS))
        for (const slug of ["acme", "beta"])
          answers.push([`${path} (${slug})`, await callAsJson(t.db, person.userId, path, input(slug))]);
      for (const [page, input] of Object.entries(pages))
        answers.push([page, await callAsJson(t.db, person.userId, "calendar.milestones", { org: "acme", ...input })]);
      for (const [canary, allowed] of Object.entries(sees)) {
        for (const [via, json] of answers)
          if (json.includes(canary)) expect(allowed[name], `${name} got ${canary} via ${via}`).toBe(true);
        // And those who may, do see it: in the month, "coming up", the org's list and the person's page.
        const seenVia = new Set(answers.filter(([, json]) => json.includes(canary)).map(([via]) => via));
        const page = canary === PRIVATE ? "calendar.milestones#report" : "calendar.milestones#peer";
        const everywhere = ["calendar.month (acme)", "calendar.upcoming (acme)", "calendar.milestones (acme)", page];
        if (allowed[name]) expect(seenVia, `${name}: ${canary}`).toEqual(new Set(everywhere));
        else expect(seenVia, `${name}: ${canary}`).toEqual(new Set());
      }
    }
  });
});
