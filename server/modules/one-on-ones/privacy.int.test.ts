// Privacy matrix: for every query procedure that can return 1:1 content, nobody but the author of
// a private note ever receives its body — not the other participant, a peer, the manager's
// manager, an HR admin or a member of another org. The whole JSON (data or error) is searched for
// a canary. A new oneOnOnes or dashboard query without an entry in INPUTS fails this test on purpose;
// the dashboard carries no 1:1 content at all.
// Deleted (soft-deleted) talking points and action items reach nobody, their author included, and
// the delete/restore mutations (discovered too) answer anyone else without any content.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../api/root";
import { callAsJson, callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { createOrg, createPerson } from "../../test/factories";

const CANARY = "CANARY-7f3a9c-private-note-body";
const GONE = "CANARY-5d1e0b-deleted-content";
let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());

describe("private notes never leak", () => {
  it("through any oneOnOnes/people query, to anyone but their author", async () => {
    const org = await createOrg(t.db, { slug: "acme" });
    const other = await createOrg(t.db, { slug: "beta" });
    const admin = await createPerson(t.db, { organizationId: org.id, name: "HR Admin", role: "ADMIN" });
    const skip = await createPerson(t.db, { organizationId: org.id, name: "Skip Level", role: "MANAGER" });
    const manager = await createPerson(t.db, {
      organizationId: org.id,
      name: "The Manager",
      role: "MANAGER",
      managerId: skip.id,
    });
    const report = await createPerson(t.db, { organizationId: org.id, name: "The Report", managerId: manager.id });
    const peer = await createPerson(t.db, { organizationId: org.id, name: "A Peer", managerId: manager.id });
    const outsider = await createPerson(t.db, { organizationId: other.id, name: "Outsider", role: "ADMIN" });

    const meeting = await t.db.meeting.create({
      data: {
        organizationId: org.id,
        managerId: manager.id,
        reportId: report.id,
        startsAt: new Date(Date.now() - 86_400_000),
        timeZone: "UTC",
      },
    });
    await callerFor(t.db, manager.userId).oneOnOnes.savePrivateNote({
      org: "acme",
      meetingId: meeting.id,
      body: `manager ${CANARY}`,
    });
    await callerFor(t.db, report.userId).oneOnOnes.savePrivateNote({
      org: "acme",
      meetingId: meeting.id,
      body: `report ${CANARY}`,
    });
    await callerFor(t.db, manager.userId).oneOnOnes.saveSharedNotes({
      org: "acme",
      meetingId: meeting.id,
      notes: "shared text",
      baseVersion: 0,
    });
    const author = callerFor(t.db, manager.userId).oneOnOnes;
    const gonePoint = await author.addPoint({ org: "acme", meetingId: meeting.id, text: `point ${GONE}` });
    const goneItem = await author.addActionItem({
      org: "acme",
      meetingId: meeting.id,
      text: `item ${GONE}`,
      ownerId: report.id,
    });
    await author.deletePoint({ org: "acme", pointId: gonePoint.id });
    await author.deleteActionItem({ org: "acme", itemId: goneItem.id });

    const INPUTS: Record<string, (slug: string) => Record<string, unknown>> = {
      "oneOnOnes.mine": (o) => ({ org: o }),
      "oneOnOnes.adherence": (o) => ({ org: o, days: 90 }),
      "oneOnOnes.get": (o) => ({ org: o, meetingId: meeting.id }),
      "oneOnOnes.liveTopic": (o) => ({ org: o, meetingId: meeting.id }),
      "people.get": (o) => ({ org: o, personId: report.id }),
      "people.list": (o) => ({ org: o }),
      "dashboard.overview": (o) => ({ org: o }),
      "dashboard.lines": (o) => ({ org: o }),
      "dashboard.rollup": (o) => ({ org: o, scope: "org" }),
      "dashboard.teams": (o) => ({ org: o, scope: "subtree" }),
      "people.names": (o) => ({ org: o, ids: [report.id, manager.id] }),
    };
    const queries = Object.entries(appRouter._def.procedures)
      .filter(
        ([path, p]) =>
          (path.startsWith("oneOnOnes.") || path.startsWith("people.") || path.startsWith("dashboard.")) &&
          (p as unknown as { _def: { type: string } })._def.type === "query",
      )
      .map(([path]) => path);
    for (const q of queries.filter((q) => !q.startsWith("people.")))
      expect(Object.keys(INPUTS), `add ${q} to INPUTS`).toContain(q);

    const viewers = { report, peer, skip, admin, manager };
    for (const [who, person] of Object.entries(viewers)) {
      for (const [path, input] of Object.entries(INPUTS)) {
        for (const slug of ["acme", "beta"]) {
          const json = await callAsJson(t.db, person.userId, path, input(slug));
          const mine = who === "manager" ? "manager" : who === "report" ? "report" : null;
          // The author sees their own note on the meeting page, and nobody sees anyone else's.
          const leaked = json.match(new RegExp(`(manager|report) ${CANARY}`, "g")) ?? [];
          for (const l of leaked) expect(l, `${who} via ${path} (${slug})`).toBe(`${mine} ${CANARY}`);
          expect(json, `deleted content to ${who} via ${path} (${slug})`).not.toContain(GONE);
          // The dashboard is dates and counts: no 1:1 content at all, not even one's own.
          if (path.startsWith("dashboard.")) {
            expect(json, `${who} via ${path} (${slug})`).not.toContain(CANARY);
            expect(json, `${who} via ${path} (${slug})`).not.toContain("shared text");
          }
          if (path === "oneOnOnes.get" && slug === "acme" && mine) expect(json).toContain(`${mine} ${CANARY}`);
        }
      }
    }
    for (const [path, input] of Object.entries(INPUTS)) {
      for (const slug of ["acme", "beta"])
        expect(await callAsJson(t.db, outsider.userId, path, input(slug))).not.toContain(CANARY);
    }

    // Delete and restore (undo) by anyone but the author: refused, and the refusal carries no content.
    const REMOVALS: Record<string, (slug: string) => Record<string, unknown>> = {
      "oneOnOnes.deletePoint": (o) => ({ org: o, pointId: gonePoint.id }),
      "oneOnOnes.restorePoint": (o) => ({ org: o, pointId: gonePoint.id }),
      "oneOnOnes.deleteActionItem": (o) => ({ org: o, itemId: goneItem.id }),
      "oneOnOnes.restoreActionItem": (o) => ({ org: o, itemId: goneItem.id }),
    };
    const removals = Object.keys(appRouter._def.procedures).filter((p) => /^oneOnOnes\.(delete|restore)/.test(p));
    for (const r of removals) expect(Object.keys(REMOVALS), `add ${r} to REMOVALS`).toContain(r);
    for (const [who, person] of Object.entries({ report, peer, skip, admin, outsider })) {
      for (const [path, input] of Object.entries(REMOVALS)) {
        for (const slug of ["acme", "beta"]) {
          const json = await callAsJson(t.db, person.userId, path, input(slug));
          expect(json, `${who} via ${path} (${slug})`).toMatch(/"code":"(FORBIDDEN|NOT_FOUND)"/);
          expect(json, `${who} via ${path} (${slug})`).not.toMatch(new RegExp(`${GONE}|${CANARY}`));
        }
      }
    }
    expect(await t.db.talkingPoint.count({ where: { id: gonePoint.id, deletedAt: { not: null } } })).toBe(1);
    expect(await t.db.actionItem.count({ where: { id: goneItem.id, deletedAt: { not: null } } })).toBe(1);
  });
});
