// The last touch between two people, moved by each kind of touch: a held 1:1, recognition either
// way, a shared note; not by a skipped 1:1, a deleted recognition, a future meeting or another org.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { systemCtx } from "../../lib/context";
import { setupTestDb, type TestDb } from "../../test/db";
import { createOrg, createPerson } from "../../test/factories";
import { oneOnOneWorld, pastMeeting } from "../../test/one-on-one-world";
import { lastTouches, pairKey } from "./touches.service";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

describe("lastTouches", () => {
  it("moves with each kind of touch, in either direction, and ignores what does not count", async () => {
    const w = await oneOnOneWorld(t.db);
    const ctx = systemCtx(t.db, w.org);
    const touch = async () =>
      (await lastTouches(ctx, [{ a: w.report.id, b: w.manager.id }])).get(pairKey(w.manager.id, w.report.id)) ?? null;
    const recognise = async (from: { id: string }, to: { id: string }, at: Date, deleted = false) => {
      const r = await t.db.recognition.create({
        data: {
          organizationId: w.org.id,
          giverId: from.id,
          message: "Thanks",
          createdAt: at,
          deletedAt: deleted ? at : null,
        },
      });
      await t.db.recognitionRecipient.create({
        data: {
          organizationId: w.org.id,
          recognitionId: r.id,
          recipientId: to.id,
          giverId: from.id,
          visibility: "PRIVATE",
          createdAt: at,
          deletedAt: deleted ? at : null,
        },
      });
    };

    expect(await touch()).toBeNull();
    // Neither a skipped nor a future 1:1, nor one with nothing in it, counts.
    await pastMeeting(t.db, w, 30, { status: "SKIPPED" });
    await pastMeeting(t.db, w, 25);
    await pastMeeting(t.db, w, -3, { status: "HELD" });
    expect(await touch()).toBeNull();
    const held = await pastMeeting(t.db, w, 20, { status: "HELD" });
    expect(await touch()).toEqual({ at: held.startsAt, kind: "ONE_ON_ONE" });
    // Recognition either way round.
    const fifteen = ago(15);
    await recognise(w.report, w.manager, fifteen);
    expect(await touch()).toEqual({ at: fifteen, kind: "RECOGNITION" });
    const twelve = ago(12);
    await recognise(w.manager, w.report, twelve);
    expect(await touch()).toEqual({ at: twelve, kind: "RECOGNITION" });
    // A deleted one does not count.
    await recognise(w.manager, w.report, ago(8), true);
    expect(await touch()).toEqual({ at: twelve, kind: "RECOGNITION" });
    // A shared note written between 1:1s does.
    const noteAt = ago(4);
    await t.db.meeting.update({
      where: { id: held.id },
      data: { sharedNotes: "Agreed the plan", sharedNotesUpdatedAt: noteAt },
    });
    expect(await touch()).toEqual({ at: noteAt, kind: "NOTE" });
  });

  it("answers many pairs in one call and keeps organizations apart", async () => {
    const w = await oneOnOneWorld(t.db);
    const other = await createOrg(t.db, { slug: "other" });
    const stranger = await createPerson(t.db, { organizationId: other.id, name: "Olga" });
    const held = await pastMeeting(t.db, w, 5, { status: "HELD" });
    const got = await lastTouches(systemCtx(t.db, w.org), [
      { a: w.manager.id, b: w.report.id },
      { a: w.peer.id, b: w.manager.id },
      { a: w.report.id, b: stranger.id },
    ]);
    expect([...got.keys()]).toEqual([pairKey(w.manager.id, w.report.id)]);
    expect(got.get(pairKey(w.report.id, w.manager.id))?.at).toEqual(held.startsAt);
    expect((await lastTouches(systemCtx(t.db, other), [{ a: w.manager.id, b: w.report.id }])).size).toBe(0);
  });
});
