// HR adherence from the rollup (materialized view): after a refresh it equals the live query as of
// the refresh, for both windows and every pair of a varied data set (deleted content included),
// tenant by tenant; between refreshes HR sees the refresh's numbers (managers stay live); a
// missing or stale rollup is never used. The existing adherence test (lifecycle.int.test.ts) runs
// on the live path.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { createActionItem, createMeeting, createOrg, createPerson, createTalkingPoint } from "../../test/factories";
import { oneOnOneWorld, pastMeeting } from "../../test/one-on-one-world";
import {
  ADHERENCE_ROLLUP,
  liveAdherence,
  ROLLUP_MAX_AGE_MS,
  refreshAdherenceRollup,
  rollupAdherence,
} from "./adherence-rollup.service";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

const DAY = 86_400_000;

/** A deterministic pseudo-random sequence (the data set is the same on every run). */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/** Meetings from 100 days ago to 5 days ahead, held in every way the rule knows, or not. */
async function history(organizationId: string, managerId: string, reportId: string, seed: number) {
  const r = rng(seed);
  for (let i = 0; i < 14; i++) {
    // Never exactly 30 or 90 days back: the windows are compared at one instant, not across a boundary.
    const daysAgo = Math.floor(r() * 105) - 5 + 0.37;
    const roll = r();
    const status = roll < 0.2 ? "SKIPPED" : roll < 0.45 ? "HELD" : "SCHEDULED";
    const m = await createMeeting(t.db, {
      organizationId,
      managerId,
      reportId,
      startsAt: new Date(Date.now() - daysAgo * DAY),
      status,
      sharedNotes: r() < 0.2 ? "notes" : "",
    });
    const extra = r();
    // Some content is deleted (soft): it counts for nothing, in the view as in HELD_SQL.
    const deletedAt = r() < 0.3 ? new Date() : null;
    const content = { organizationId, meetingId: m.id, deletedAt };
    if (extra < 0.2) await createTalkingPoint(t.db, { ...content, checkedAt: new Date() });
    else if (extra < 0.35) await createTalkingPoint(t.db, content);
    else if (extra < 0.5) await createActionItem(t.db, content);
  }
}

async function dataSet() {
  const w = await oneOnOneWorld(t.db);
  await history(w.org.id, w.manager.id, w.report.id, 1);
  await history(w.org.id, w.manager.id, w.peer.id, 2);
  await history(w.org.id, w.boss.id, w.manager.id, 3);
  // A pair whose meetings are all older than 30 days: in the 90-day numbers only.
  const old = await createPerson(t.db, { organizationId: w.org.id, name: "Olga Old", managerId: w.boss.id });
  for (const daysAgo of [40.5, 61.5]) {
    await createMeeting(t.db, {
      organizationId: w.org.id,
      managerId: w.boss.id,
      reportId: old.id,
      startsAt: new Date(Date.now() - daysAgo * DAY),
      status: "HELD",
    });
  }
  const beta = await createOrg(t.db, { slug: "beta" });
  const betaBoss = await createPerson(t.db, { organizationId: beta.id, name: "Beta Boss", role: "MANAGER" });
  const betaReport = await createPerson(t.db, { organizationId: beta.id, name: "Beta Report", managerId: betaBoss.id });
  await history(beta.id, betaBoss.id, betaReport.id, 4);
  return { w, beta };
}

describe("HR adherence rollup", () => {
  it("matches the live computation after a refresh, for 30 and 90 days, per org", async () => {
    const { w, beta } = await dataSet();
    const at = await refreshAdherenceRollup(t.db);
    for (const org of [w.org, beta]) {
      const ctx = { db: t.db, org };
      for (const days of [30, 90] as const) {
        const rollup = await rollupAdherence(ctx, days, at);
        const live = await liveAdherence(ctx, days, at, null);
        expect(live.length).toBeGreaterThan(0);
        expect(rollup).toEqual({ asOf: at, rows: live });
      }
    }
    // The data set has partly held pairs, not only all-or-nothing ones.
    const ninety = await liveAdherence({ db: t.db, org: w.org }, 90, at, null);
    expect(ninety.some((r) => r.held > 0 && r.held < r.scheduled)).toBe(true);
    // The 90-day-only pair proves the 30-day numbers leave out pairs with no meeting in 30 days.
    const ctx = { db: t.db, org: w.org };
    expect((await liveAdherence(ctx, 90, at, null)).length).toBe((await liveAdherence(ctx, 30, at, null)).length + 1);

    // The procedure HR calls answers from the rollup, with its time.
    const hr = await callerFor(t.db, w.admin.userId).oneOnOnes.adherence({ org: "acme", days: 90 });
    expect(hr.asOf).toEqual(at);
    const rows = await liveAdherence(ctx, 90, at, null);
    expect(hr.pairs.map((p) => [p.managerId, p.reportId, p.held, p.scheduled]).sort()).toEqual(
      rows.map((p) => [p.managerId, p.reportId, p.held, p.scheduled]).sort(),
    );
  });

  it("HR sees the numbers of the last refresh until the next one; managers see changes at once", async () => {
    const w = await oneOnOneWorld(t.db);
    const m = await pastMeeting(t.db, w, 3);
    await refreshAdherenceRollup(t.db);
    const hr = () => callerFor(t.db, w.admin.userId).oneOnOnes.adherence({ org: "acme", days: 30 });
    expect((await hr()).pairs).toMatchObject([{ reportId: w.report.id, held: 0, scheduled: 1 }]);

    await w.as(w.manager).setStatus({ org: "acme", meetingId: m.id, status: "HELD" });
    expect((await hr()).pairs).toMatchObject([{ held: 0, scheduled: 1 }]);
    expect((await w.as(w.boss).adherence({ org: "acme", days: 30 })).pairs).toMatchObject([{ held: 1, scheduled: 1 }]);

    await refreshAdherenceRollup(t.db);
    expect((await hr()).pairs).toMatchObject([{ held: 1, scheduled: 1 }]);
  });

  it("is not used when it was never refreshed or is older than 30 minutes", async () => {
    const w = await oneOnOneWorld(t.db);
    await pastMeeting(t.db, w, 3, { status: "HELD" });
    const hr = () => callerFor(t.db, w.admin.userId).oneOnOnes.adherence({ org: "acme", days: 30 });
    expect(await hr()).toMatchObject({ asOf: null, pairs: [{ held: 1, scheduled: 1 }] });

    await refreshAdherenceRollup(t.db);
    await pastMeeting(t.db, w, 4, { status: "HELD" });
    expect(await hr()).toMatchObject({ asOf: expect.any(Date), pairs: [{ held: 1, scheduled: 1 }] });
    await t.db.rollupRefresh.update({
      where: { name: ADHERENCE_ROLLUP },
      data: { refreshedAt: new Date(Date.now() - ROLLUP_MAX_AGE_MS - 60_000) },
    });
    expect(await hr()).toMatchObject({ asOf: null, pairs: [{ held: 2, scheduled: 2 }] });
  });
});
