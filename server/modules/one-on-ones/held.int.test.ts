// "Counts as held" (Lattice's rule) through the 1:1 page, and its parity with HELD_SQL, which
// the lists, adherence and its rollup use.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { HELD_SQL } from "../../lib/held-sql";
import { setupTestDb, type TestDb } from "../../test/db";
import { type OneOnOneWorld, oneOnOneWorld, pastMeeting as pastMeetingIn } from "../../test/one-on-one-world";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

const world = () => oneOnOneWorld(t.db);
const pastMeeting = (w: OneOnOneWorld, daysAgo: number, data: Record<string, unknown> = {}) =>
  pastMeetingIn(t.db, w, daysAgo, data);

describe("the held rule", () => {
  it("counts a meeting as held when marked, or with a shared note, checked point or action item; not when skipped", async () => {
    const w = await world();
    const held = (id: string) =>
      w
        .as(w.manager)
        .get({ org: "acme", meetingId: id })
        .then((p) => p.meeting.countsAsHeld);
    const a = await pastMeeting(w, 1);
    expect(await held(a.id)).toBe(false);
    await w
      .as(w.manager)
      .saveSharedNotes({ org: "acme", meetingId: a.id, notes: "Talked about the roadmap", baseVersion: 0 });
    expect(await held(a.id)).toBe(true);
    const b = await pastMeeting(w, 2);
    await w.as(w.manager).addActionItem({ org: "acme", meetingId: b.id, text: "Book the room", ownerId: w.manager.id });
    expect(await held(b.id)).toBe(true);
    const c = await pastMeeting(w, 3, { status: "SKIPPED", sharedNotes: "Cancelled: travel" });
    expect(await held(c.id)).toBe(false);
    const d = await pastMeeting(w, 4);
    await w.as(w.report).savePrivateNote({ org: "acme", meetingId: d.id, body: "only mine" });
    expect(await held(d.id)).toBe(false); // a private note never reveals itself through the held flag
    // The page computes the rule from what it loaded; lists and adherence use HELD_SQL: they agree.
    const e = await pastMeeting(w, 5);
    const point = await w.as(w.report).addPoint({ org: "acme", meetingId: e.id, text: "Checked here" });
    await w.as(w.report).checkPoint({ org: "acme", meetingId: e.id, pointId: point.id, checked: true });
    const f = await pastMeeting(w, 6, { status: "HELD" });
    for (const m of [a, b, c, d, e, f]) {
      const [row] = await t.db.$queryRawUnsafe<{ held: boolean }[]>(
        `SELECT ${HELD_SQL} AS held FROM "Meeting" m WHERE m.id = $1`,
        m.id,
      );
      expect(await held(m.id)).toBe(row?.held);
    }
    expect(await held(e.id)).toBe(true);
  });
});
