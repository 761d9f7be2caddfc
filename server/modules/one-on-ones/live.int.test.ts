// The live stream of a 1:1: only the pair's two participants may listen, and what travels on it
// says that something changed and who is present, never what (a private-note canary checks it).
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { LIVE_CHANNEL, type LiveMessage, subscribe } from "../../realtime/hub";
import { setupTestDb, type TestDb } from "../../test/db";
import { oneOnOneWorld, pastMeeting } from "../../test/one-on-one-world";
import { waitFor } from "../../test/wait";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

describe("live 1:1 stream", () => {
  it("is open to the two participants only; anyone else, in or out of the org, gets NOT_FOUND", async () => {
    const w = await oneOnOneWorld(t.db);
    const m = await pastMeeting(t.db, w, -1, { status: "SCHEDULED" });
    const open = (p: { userId: string }) => w.as(p).liveTopic({ org: "acme", meetingId: m.id });
    const topic = (await open(w.manager)).topic;
    expect((await open(w.report)).topic).toBe(topic);
    for (const outsider of [w.boss, w.peer, w.admin])
      await expect(open(outsider)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("announces shared changes to the other participant, with no content; private notes announce nothing", async () => {
    const w = await oneOnOneWorld(t.db);
    const m = await pastMeeting(t.db, w, -1, { status: "SCHEDULED" });
    const { topic } = await w.as(w.manager).liveTopic({ org: "acme", meetingId: m.id });
    const heard: LiveMessage[] = [];
    const stop = await subscribe(t.url, topic, (msg) => heard.push(msg));
    // Another instance would hear it through NOTIFY: listen like one.
    const other = new pg.Client({ connectionString: t.url });
    const wire: string[] = [];
    await other.connect();
    other.on("notification", (n) => n.channel === LIVE_CHANNEL && wire.push(n.payload ?? ""));
    await other.query(`LISTEN ${LIVE_CHANNEL}`);
    try {
      const canary = `PRIVATE-canary ${Date.now()}`;
      await w.as(w.report).savePrivateNote({ org: "acme", meetingId: m.id, body: canary });
      await w.as(w.report).addPoint({ org: "acme", meetingId: m.id, text: `Shared ${canary}` });
      await waitFor("the change announcement", async () => heard.some((h) => h.type === "changed"));
      expect(heard).toEqual([{ type: "changed", by: w.report.id }]); // one: the private note said nothing
      // The embedded PGlite cannot NOTIFY across connections (one backend); a real server does.
      if (inject("testDb").mode === "server") await waitFor("the NOTIFY on the wire", async () => wire.length > 0);
      for (const text of [...wire, JSON.stringify(heard)]) {
        expect(text).not.toContain("canary");
        expect(text).not.toContain("Shared");
      }
    } finally {
      stop();
      await other.end();
    }
  });
});
