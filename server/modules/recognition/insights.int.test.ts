// Recognition insights on a fixed data set, numbers worked out by hand below.
import { DateTime } from "luxon";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { expectCode } from "../../test/expect-code";
import { oneOnOneWorld } from "../../test/one-on-one-world";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

const DAY = 86_400_000;
const CANARY = "insights-canary-5e1d";

/**
 * Mia manages Raj and Pia; Bo manages Mia. Recognition (days ago):
 *   Raj → Pia 10, Raj → Pia 20, Pia → Raj 5      Raj and Pia thank each other: two-way
 *   Mia → Raj 3                                  one-way (Raj never thanks Mia)
 *   Pia → Mia + Raj 40 (one recognition)         Pia → Mia one-way; Pia → Raj is two-way already
 *   Bo → Mia 100                                 outside the 90-day period
 *   Mia → Pia 2, deleted                         does not count (else Pia → Mia would be two-way)
 * For Mia's subtree (Raj, Pia) over 90 days: Pia gave 2 (distinct recognitions), received 2, last
 * 10 days ago; Raj gave 2, received 3, last 3 days ago; participation 2/2. Directed pairs touching
 * the subtree: Raj→Pia, Pia→Raj, Mia→Raj, Pia→Mia; one-way: Mia→Raj and Pia→Mia; unordered pairs
 * 3, so the one-way share is 2/3. Not recognised in 7 days: Pia.
 */
async function world() {
  const w = await oneOnOneWorld(t.db);
  const give = async (from: { id: string }, to: { id: string }[], ago: number, deleted = false) => {
    const at = new Date(Date.now() - ago * DAY);
    const r = await t.db.recognition.create({
      data: {
        organizationId: w.org.id,
        giverId: from.id,
        message: `${CANARY} ${ago}`,
        createdAt: at,
        deletedAt: deleted ? at : null,
      },
    });
    await t.db.recognitionRecipient.createMany({
      data: to.map((p) => ({
        organizationId: w.org.id,
        recognitionId: r.id,
        recipientId: p.id,
        giverId: from.id,
        visibility: "PUBLIC" as const,
        createdAt: at,
        deletedAt: deleted ? at : null,
      })),
    });
  };
  await give(w.report, [w.peer], 10);
  await give(w.report, [w.peer], 20);
  await give(w.peer, [w.report], 5);
  await give(w.manager, [w.report], 3);
  await give(w.peer, [w.manager, w.report], 40);
  await give(w.boss, [w.manager], 100);
  await give(w.manager, [w.peer], 2, true);
  const r = (p: { userId: string }) => callerFor(t.db, p.userId).recognition;
  return { ...w, r };
}

describe("recognition insights", () => {
  it("a manager's subtree: given, received, participation, one-way pairs and not recognised lately", async () => {
    const w = await world();
    const got = await w.r(w.manager).insights({ org: "acme", days: 90, staleDays: 7 });
    expect(got.people.map((p) => `${p.name} ${p.given}/${p.received}`)).toEqual(["Pia Peer 2/2", "Raj Report 2/3"]);
    expect(got.participation).toBe(1);
    // Each pair carries both names and ids (Mia is outside her own subtree: the page has no directory).
    expect(got.oneWayPairs.map((p) => `${p.giver.name} → ${p.recipient.name} ×${p.count}`).sort()).toEqual([
      "Mia Manager → Raj Report ×1",
      "Pia Peer → Mia Manager ×1",
    ]);
    const idOf = new Map([w.manager, w.report, w.peer].map((p) => [p.name, p.id]));
    for (const p of got.oneWayPairs) {
      expect(p.giver.id).toBe(idOf.get(p.giver.name));
      expect(p.recipient.id).toBe(idOf.get(p.recipient.name));
    }
    expect(got.oneWayShare).toBeCloseTo(2 / 3, 10);
    expect(got.notRecognised.map((p) => p.name)).toEqual(["Pia Peer"]);
    expect(JSON.stringify(got)).not.toContain(CANARY);
    // Weekly series: every Monday of the period, in Mia's zone; given by the subtree (Raj 10, 20;
    // Pia 5, 40) and received by it (Pia 10, 20; Raj 5, 3, 40), the rest zero.
    const weekOf = (ago: number) =>
      DateTime.fromMillis(Date.now() - ago * DAY)
        .setZone(w.manager.timeZone)
        .startOf("week")
        .toISODate();
    const expected = new Map<string | null, { given: number; received: number }>();
    const add = (ago: number, kind: "given" | "received") => {
      const e = expected.get(weekOf(ago)) ?? { given: 0, received: 0 };
      e[kind] += 1;
      expected.set(weekOf(ago), e);
    };
    for (const ago of [10, 20, 5, 40]) add(ago, "given");
    for (const ago of [10, 20, 5, 3, 40]) add(ago, "received");
    expect(got.weekly[0]?.week).toBe(weekOf(90));
    expect(got.weekly.at(-1)?.week).toBe(weekOf(0));
    expect(got.weekly.length).toBeGreaterThanOrEqual(13);
    for (const x of got.weekly)
      expect({ given: x.given, received: x.received }).toEqual(expected.get(x.week) ?? { given: 0, received: 0 });
    expect(got.weekly.reduce((n, x) => n + x.received, 0)).toBe(5);
  });

  it("HR sees the whole org; someone with no reports is refused", async () => {
    const w = await world();
    const hr = await w.r(w.admin).insights({ org: "acme" });
    expect(hr.people.map((p) => `${p.name} ${p.given}/${p.received}`)).toEqual([
      "Bo Boss 0/0",
      "Hana Admin 0/0",
      "Mia Manager 1/1",
      "Pia Peer 2/2",
      "Raj Report 2/3",
    ]);
    expect(hr.participation).toBeCloseTo(3 / 5, 10);
    expect(hr.notRecognised.map((p) => p.name)).toEqual(["Bo Boss", "Hana Admin", "Mia Manager"]);
    expect(hr.oneWayShare).toBeCloseTo(2 / 3, 10);
    await expectCode(w.r(w.report).insights({ org: "acme" }), "FORBIDDEN");
  });
});
