// Deleting a talking point or an action item is a soft delete its author can undo: a deleted row
// is gone from the 1:1 page, from carry-over, from the held rule (page, HELD_SQL, lists, live and
// rolled-up adherence) and from every edit; restoring brings it all back. Only the author (the
// item's creator) deletes or restores: the other participant is FORBIDDEN, anyone else and another
// org NOT_FOUND; bad input is BAD_REQUEST; a refusal writes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { materializeMeetings } from "../../jobs/materialize-meetings";
import { HELD_SQL } from "../../lib/held-sql";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { createOrg, createPerson } from "../../test/factories";
import { type OneOnOneWorld, oneOnOneWorld, pastMeeting as pastMeetingIn } from "../../test/one-on-one-world";
import { refreshAdherenceRollup } from "./adherence-rollup.service";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

const ORG = { org: "acme" };
const pastMeeting = (w: OneOnOneWorld, daysAgo: number, data: Record<string, unknown> = {}) =>
  pastMeetingIn(t.db, w, daysAgo, data);

async function heldSql(meetingId: string): Promise<boolean | undefined> {
  const [row] = await t.db.$queryRawUnsafe<{ held: boolean }[]>(
    `SELECT ${HELD_SQL} AS held FROM "Meeting" m WHERE m.id = $1`,
    meetingId,
  );
  return row?.held;
}

/** Every row of both tables, as text: a refused call must leave it exactly as it was. */
const contentRows = async () =>
  JSON.stringify([
    await t.db.talkingPoint.findMany({ orderBy: { id: "asc" } }),
    await t.db.actionItem.findMany({ orderBy: { id: "asc" } }),
  ]);

/**
 * A held-by-content history: meeting `a` (2 days ago) has the manager's open action item and an
 * unchecked point, meeting `b` (3 days ago) a point the report checked in it, `next` is ahead.
 */
async function pairWithContent() {
  const w = await oneOnOneWorld(t.db);
  const a = await pastMeeting(w, 2);
  const b = await pastMeeting(w, 3);
  const next = await pastMeeting(w, -3);
  const mgr = w.as(w.manager);
  const rep = w.as(w.report);
  const item = await mgr.addActionItem({ ...ORG, meetingId: a.id, text: "Send the proposal", ownerId: w.report.id });
  const open = await mgr.addPoint({ ...ORG, meetingId: a.id, text: "Conference budget" });
  const checked = await rep.addPoint({ ...ORG, meetingId: b.id, text: "Promotion timeline" });
  await rep.checkPoint({ ...ORG, meetingId: b.id, pointId: checked.id, checked: true });
  return { w, a, b, next, mgr, rep, item, open, checked };
}

describe("delete is undoable", () => {
  it("a deleted point or item leaves the page, carry-over, the held rule and adherence; restore brings it back", async () => {
    const { w, a, b, next, mgr, rep, item, open, checked } = await pairWithContent();
    const page = (id: string) => mgr.get({ ...ORG, meetingId: id });
    const adherence = async () =>
      (await mgr.adherence({ ...ORG, days: 30 })).pairs.find((p) => p.reportId === w.report.id);
    const hrAdherence = async () => {
      await refreshAdherenceRollup(t.db);
      const out = await w.as(w.admin).adherence({ ...ORG, days: 30 });
      expect(out.asOf).not.toBeNull(); // from the rollup, not the live query
      return out.pairs.find((p) => p.reportId === w.report.id);
    };
    const recentHeld = async () => Object.fromEntries((await mgr.mine(ORG)).recent.map((m) => [m.id, m.held] as const));
    const lastHeld = async () =>
      (await mgr.mine(ORG)).pairs.find((p) => p.reportId === w.report.id)?.lastHeldAt ?? null;

    // Before: both meetings count as held through their content, the open point and item carry over.
    expect((await page(a.id)).meeting.countsAsHeld).toBe(true);
    expect((await page(b.id)).meeting.countsAsHeld).toBe(true);
    expect(await heldSql(a.id)).toBe(true);
    expect(await recentHeld()).toMatchObject({ [a.id]: true, [b.id]: true });
    expect(await adherence()).toMatchObject({ held: 2, scheduled: 2 });
    expect(await hrAdherence()).toMatchObject({ held: 2, scheduled: 2 });
    expect((await page(next.id)).actionItems.map((i) => i.text)).toEqual(["Send the proposal"]);
    expect((await page(next.id)).talkingPoints.map((p) => p.text)).toEqual(["Conference budget"]);

    await mgr.deleteActionItem({ ...ORG, itemId: item.id });
    await mgr.deletePoint({ ...ORG, pointId: open.id });
    await rep.deletePoint({ ...ORG, pointId: checked.id });
    // Soft: the rows are still there, marked.
    expect(await t.db.actionItem.count({ where: { deletedAt: { not: null } } })).toBe(1);
    expect(await t.db.talkingPoint.count({ where: { deletedAt: { not: null } } })).toBe(2);

    const pageA = await page(a.id);
    expect(pageA.actionItems).toEqual([]);
    expect(pageA.talkingPoints).toEqual([]);
    expect(pageA.meeting.countsAsHeld).toBe(false);
    expect((await page(b.id)).talkingPoints).toEqual([]);
    expect((await page(b.id)).meeting.countsAsHeld).toBe(false);
    // Not open anywhere: no carry-over to the next 1:1, for either participant.
    for (const who of [mgr, rep]) {
      const ahead = await who.get({ ...ORG, meetingId: next.id });
      expect(ahead.actionItems).toEqual([]);
      expect(ahead.talkingPoints).toEqual([]);
    }
    expect(await heldSql(a.id)).toBe(false);
    expect(await heldSql(b.id)).toBe(false);
    expect(await recentHeld()).toMatchObject({ [a.id]: false, [b.id]: false });
    expect(await lastHeld()).toBeNull();
    expect(await adherence()).toMatchObject({ held: 0, scheduled: 2 });
    expect(await hrAdherence()).toMatchObject({ held: 0, scheduled: 2 });

    await mgr.restoreActionItem({ ...ORG, itemId: item.id });
    await mgr.restorePoint({ ...ORG, pointId: open.id });
    await rep.restorePoint({ ...ORG, pointId: checked.id });

    expect(await t.db.talkingPoint.count({ where: { deletedAt: { not: null } } })).toBe(0);
    expect((await page(a.id)).meeting.countsAsHeld).toBe(true);
    expect((await page(b.id)).talkingPoints).toMatchObject([{ id: checked.id, checkedAt: expect.any(Date) }]);
    const ahead = await page(next.id);
    expect(ahead.actionItems).toMatchObject([{ id: item.id, text: "Send the proposal", ownerId: w.report.id }]);
    expect(ahead.talkingPoints).toMatchObject([{ id: open.id, text: "Conference budget" }]);
    expect(await heldSql(a.id)).toBe(true);
    expect(await recentHeld()).toMatchObject({ [a.id]: true, [b.id]: true });
    expect(await lastHeld()).not.toBeNull();
    expect(await adherence()).toMatchObject({ held: 2, scheduled: 2 });
    expect(await hrAdherence()).toMatchObject({ held: 2, scheduled: 2 });
  });

  it("a deleted point or item cannot be edited, checked, moved or ticked off (NOT_FOUND) until restored", async () => {
    const { a, mgr, item, open } = await pairWithContent();
    const other = await mgr.addPoint({ ...ORG, meetingId: a.id, text: "Another topic" });
    await mgr.deletePoint({ ...ORG, pointId: open.id });
    await mgr.deleteActionItem({ ...ORG, itemId: item.id });
    const before = await contentRows();
    const refusals = [
      () => mgr.editPoint({ ...ORG, pointId: open.id, text: "Reworded" }),
      () => mgr.checkPoint({ ...ORG, meetingId: a.id, pointId: open.id, checked: true }),
      () => mgr.movePoint({ ...ORG, pointId: open.id, beforeId: null, afterId: other.id }),
      // ...nor serve as a neighbour to move another point next to.
      () => mgr.movePoint({ ...ORG, pointId: other.id, beforeId: open.id, afterId: null }),
      () => mgr.updateActionItem({ ...ORG, meetingId: a.id, itemId: item.id, done: true }),
      () => mgr.updateActionItem({ ...ORG, meetingId: a.id, itemId: item.id, text: "Reworded" }),
    ];
    for (const r of refusals) await expect(r()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await contentRows()).toBe(before);

    // Deleting again changes nothing (the first deletedAt stays); restoring twice is fine too.
    const deletedAt = (await t.db.talkingPoint.findUniqueOrThrow({ where: { id: open.id } })).deletedAt;
    await expect(mgr.deletePoint({ ...ORG, pointId: open.id })).resolves.toEqual({ id: open.id });
    expect((await t.db.talkingPoint.findUniqueOrThrow({ where: { id: open.id } })).deletedAt).toEqual(deletedAt);
    await mgr.restorePoint({ ...ORG, pointId: open.id });
    await expect(mgr.restorePoint({ ...ORG, pointId: open.id })).resolves.toEqual({ id: open.id });
    await expect(mgr.restoreActionItem({ ...ORG, itemId: item.id })).resolves.toEqual({ id: item.id });
    await expect(mgr.restoreActionItem({ ...ORG, itemId: item.id })).resolves.toEqual({ id: item.id });
    await mgr.editPoint({ ...ORG, pointId: open.id, text: "Reworded" });
    await mgr.updateActionItem({ ...ORG, meetingId: a.id, itemId: item.id, done: true });
    expect((await mgr.get({ ...ORG, meetingId: a.id })).talkingPoints.map((p) => p.text)).toContain("Reworded");
  });
});

describe("who may delete and restore", () => {
  it("only the author: the other participant is FORBIDDEN, anyone else NOT_FOUND, and nothing changes", async () => {
    const { w, mgr, rep, item, open, checked } = await pairWithContent();
    // The report may not delete the manager's point or item, nor the manager the report's point.
    await expect(rep.deletePoint({ ...ORG, pointId: open.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(rep.deleteActionItem({ ...ORG, itemId: item.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(mgr.deletePoint({ ...ORG, pointId: checked.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await t.db.talkingPoint.count({ where: { deletedAt: { not: null } } })).toBe(0);

    await mgr.deletePoint({ ...ORG, pointId: open.id });
    await mgr.deleteActionItem({ ...ORG, itemId: item.id });
    await rep.deletePoint({ ...ORG, pointId: checked.id });
    const before = await contentRows();

    // The other participant: FORBIDDEN, as for delete (they could see the point before).
    await expect(rep.restorePoint({ ...ORG, pointId: open.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(rep.restoreActionItem({ ...ORG, itemId: item.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(mgr.restorePoint({ ...ORG, pointId: checked.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Everyone else, the skip-level manager who may read the pair included: NOT_FOUND.
    for (const who of [w.peer, w.boss, w.admin]) {
      const as = w.as(who);
      await expect(as.restorePoint({ ...ORG, pointId: open.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(as.restoreActionItem({ ...ORG, itemId: item.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(as.deletePoint({ ...ORG, pointId: open.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(as.deleteActionItem({ ...ORG, itemId: item.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await contentRows()).toBe(before);
  });

  it("another org's id is NOT_FOUND, whoever asks, and writes nothing", async () => {
    const { w, mgr, item, open } = await pairWithContent();
    await mgr.deletePoint({ ...ORG, pointId: open.id });
    await mgr.deleteActionItem({ ...ORG, itemId: item.id });
    const before = await contentRows();
    const beta = await createOrg(t.db, { slug: "beta" });
    const outsider = callerFor(t.db, (await createPerson(t.db, { organizationId: beta.id, role: "ADMIN" })).userId);
    const theirs = outsider.oneOnOnes;
    const b = { org: "beta" };
    await expect(theirs.restorePoint({ ...b, pointId: open.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(theirs.restoreActionItem({ ...b, itemId: item.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(theirs.deletePoint({ ...b, pointId: open.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(theirs.deleteActionItem({ ...b, itemId: item.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // ...and naming the victim's org gets them no further.
    await expect(theirs.restorePoint({ ...ORG, pointId: open.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The author herself, as a member of beta too, cannot reach acme's rows through beta.
    await createPerson(t.db, { organizationId: beta.id, email: w.manager.user.email, role: "ADMIN" });
    const author = callerFor(t.db, w.manager.userId).oneOnOnes;
    await expect(author.restorePoint({ ...b, pointId: open.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(author.restoreActionItem({ ...b, itemId: item.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await contentRows()).toBe(before);
  });

  it("bad input is BAD_REQUEST and writes nothing", async () => {
    const { mgr, item, open } = await pairWithContent();
    await mgr.deletePoint({ ...ORG, pointId: open.id });
    await mgr.deleteActionItem({ ...ORG, itemId: item.id });
    const before = await contentRows();
    const bad: unknown[] = ["", "   ", "a\u0000b", "x".repeat(41), 42, null, undefined];
    const call = mgr as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    for (const value of bad) {
      for (const [proc, key] of [
        ["restorePoint", "pointId"],
        ["restoreActionItem", "itemId"],
        ["deletePoint", "pointId"],
        ["deleteActionItem", "itemId"],
      ] as const) {
        await expect(call[proc]?.({ ...ORG, [key]: value }), `${proc}(${JSON.stringify(value)})`).rejects.toMatchObject(
          {
            code: "BAD_REQUEST",
          },
        );
      }
    }
    await expect(call.restorePoint?.({ org: "", pointId: open.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await contentRows()).toBe(before);
  });
});

describe("deleted content in the 1:1 lifecycle", () => {
  it("a manager change moves deleted open work with the open work, so an undo lands on the new pair", async () => {
    const w = await oneOnOneWorld(t.db);
    await materializeMeetings(t.db);
    const m = await pastMeeting(w, 2);
    const rep = w.as(w.report);
    const point = await rep.addPoint({ ...ORG, meetingId: m.id, text: "Raised, then deleted" });
    await rep.deletePoint({ ...ORG, pointId: point.id });
    await callerFor(t.db, w.admin.userId).people.changeManager({ ...ORG, personId: w.report.id, managerId: w.boss.id });

    const next = await t.db.meeting.findFirstOrThrow({
      where: { managerId: w.boss.id, reportId: w.report.id, startsAt: { gt: new Date() } },
      orderBy: { startsAt: "asc" },
    });
    expect((await rep.get({ ...ORG, meetingId: next.id })).talkingPoints).toEqual([]);
    await rep.restorePoint({ ...ORG, pointId: point.id });
    expect((await rep.get({ ...ORG, meetingId: next.id })).talkingPoints.map((p) => p.text)).toEqual([
      "Raised, then deleted",
    ]);
  });

  it("pausing a cadence removes a future meeting whose only content was deleted", async () => {
    const w = await oneOnOneWorld(t.db);
    await materializeMeetings(t.db);
    const future = await t.db.meeting.findFirstOrThrow({
      where: { managerId: w.manager.id, reportId: w.report.id, startsAt: { gt: new Date() } },
      orderBy: { startsAt: "asc" },
    });
    const mgr = w.as(w.manager);
    const item = await mgr.addActionItem({ ...ORG, meetingId: future.id, text: "Gone", ownerId: w.manager.id });
    await mgr.deleteActionItem({ ...ORG, itemId: item.id });
    await mgr.cadenceAction({ ...ORG, reportId: w.report.id, action: "pause" });
    expect(await t.db.meeting.count({ where: { id: future.id } })).toBe(0);
  });
});
