// Reads write nothing: every query procedure of appRouter (discovered, so a new one without an
// entry in INPUTS fails on purpose), called by every role, leaves every table exactly as it was,
// even where the old read path would have written: a pair with no cadence and a cadence with no
// meetings yet (creating those is the materialize job's work, server/jobs), and a meeting with
// deleted (soft-deleted) content.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../../api/root";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { createActionItem, createCadence, createTalkingPoint } from "../../test/factories";
import { oneOnOneWorld, pastMeeting } from "../../test/one-on-one-world";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
  await t.reset();
});
afterAll(() => t.close());

/** Row count and a hash of every row, per table: catches inserts, updates and deletes. */
async function snapshot(): Promise<Record<string, string>> {
  const tables = await t.db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename`;
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = await t.db.$queryRawUnsafe<{ n: number; h: string | null }[]>(
      `SELECT count(*)::int AS n, md5(string_agg(x::text, '|' ORDER BY x::text)) AS h FROM "${tablename}" x`,
    );
    out[tablename] = `${row?.n} ${row?.h ?? "-"}`;
  }
  return out;
}

describe("reads are read-only", () => {
  it("no query procedure writes, for any role (listMine included)", async () => {
    const w = await oneOnOneWorld(t.db);
    // Raj's pair has a cadence that was never materialized; Pia's pair and Mia's own have none.
    await createCadence(t.db, { organizationId: w.org.id, managerId: w.manager.id, reportId: w.report.id });
    const meeting = await pastMeeting(t.db, w, 3, { status: "HELD" });
    // Deleted content too: a read neither brings it back nor purges it.
    const deleted = { organizationId: w.org.id, meetingId: meeting.id, deletedAt: new Date() };
    await createTalkingPoint(t.db, deleted);
    await createActionItem(t.db, deleted);
    const framework = await callerFor(t.db, w.admin.userId).competencies.installStarter({ org: "acme" });

    const INPUTS: Record<string, unknown[]> = {
      "orgs.mine": [undefined],
      "orgs.me": [undefined],
      "people.list": [{ org: "acme" }],
      "people.get": [{ org: "acme", personId: w.report.id }],
      "people.orgChart": [{ org: "acme" }],
      "people.pickable": [{ org: "acme" }],
      "people.names": [{ org: "acme", ids: [w.report.id, w.manager.id] }],
      "people.teams": [{ org: "acme" }],
      "people.managers": [{ org: "acme" }],
      "invitations.list": [{ org: "acme" }],
      "invitations.describe": [{ token: "no-such-invitation-token-0123456789abcdef" }],
      "oneOnOnes.mine": [{ org: "acme" }],
      "oneOnOnes.adherence": [
        { org: "acme", days: 30 },
        { org: "acme", days: 90 },
      ],
      "oneOnOnes.get": [{ org: "acme", meetingId: meeting.id }],
      "oneOnOnes.liveTopic": [{ org: "acme", meetingId: meeting.id }],
      "dev.outbox": [{}, { to: "raj@acme.example" }],
      "competencies.frameworks": [{ org: "acme" }],
      "competencies.framework": [{ org: "acme", frameworkId: framework.id }],
      "competencies.panel": [{ org: "acme", meetingId: meeting.id }],
      "competencies.person": [{ org: "acme", personId: w.report.id }],
      "competencies.heatmap": [{ org: "acme" }, { org: "acme", managerId: w.manager.id, limit: 1 }],
      "recognition.feed": [{ org: "acme" }, { org: "acme", personId: w.report.id, tab: "given" }],
      "recognition.insights": [{ org: "acme" }],
      "calendar.month": [
        { org: "acme", month: "2026-12" },
        { org: "acme", month: "2027-02", kinds: ["birthday", "oneOnOne"] },
      ],
      "calendar.upcoming": [{ org: "acme" }, { org: "acme", days: 60 }],
      "calendar.milestones": [{ org: "acme" }, { org: "acme", personId: w.report.id }],
      // Reading the subscription never creates a feed token.
      "calendar.subscription": [{ org: "acme" }],
      "recognition.tags": [{ org: "acme" }],
      "orgs.settings": [{ org: "acme" }],
      "dashboard.overview": [
        { org: "acme" },
        { org: "acme", scope: "subtree", days: 30 },
        { org: "acme", scope: "org" },
      ],
      "dashboard.lines": [{ org: "acme" }],
      "dashboard.teams": [{ org: "acme" }, { org: "acme", scope: "subtree" }, { org: "acme", scope: "org" }],
      "dashboard.rollup": [
        { org: "acme", scope: "subtree" },
        { org: "acme", scope: "org", by: "team" },
      ],
    };
    const queries = Object.entries(appRouter._def.procedures)
      .filter(([, p]) => (p as unknown as { _def: { type: string } })._def.type === "query")
      .map(([path]) => path);
    for (const q of queries) expect(Object.keys(INPUTS), `add ${q} to INPUTS`).toContain(q);

    const before = await snapshot();
    expect(Number(before.Cadence?.split(" ")[0])).toBe(1);
    expect(Number(before.Meeting?.split(" ")[0])).toBe(1);
    let answered = 0;
    for (const person of [w.manager, w.report, w.peer, w.boss, w.admin]) {
      const caller = callerFor(t.db, person.userId) as unknown as Record<
        string,
        Record<string, (i: unknown) => unknown>
      >;
      for (const [path, inputs] of Object.entries(INPUTS)) {
        const [ns, name] = path.split(".") as [string, string];
        for (const input of inputs) {
          // Refusals (NOT_FOUND, FORBIDDEN) are fine here: the point is that nothing was written.
          const ok = await Promise.resolve(caller[ns]?.[name]?.(input)).then(
            () => true,
            () => false,
          );
          if (ok) answered += 1;
        }
      }
    }
    expect(answered).toBeGreaterThan(40);
    expect(await snapshot()).toEqual(before);
  });
});
