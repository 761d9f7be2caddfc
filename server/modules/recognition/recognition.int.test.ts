// Recognition through the real router and a real Postgres: giving (public and private, a competency
// tag), the feed and per-person tabs with their visibility, the daily cap, self-kudos and bad input
// that writes nothing, the 15-minute edit window, delete with undo, and reactions.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { expectCode, fieldErrorKeys } from "../../test/expect-code";
import { createOrg, createPerson, installStarterFramework } from "../../test/factories";
import { oneOnOneWorld } from "../../test/one-on-one-world";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

async function world() {
  const w = await oneOnOneWorld(t.db);
  const framework = await installStarterFramework(t.db, { organizationId: w.org.id });
  const other = await createOrg(t.db, { slug: "other" });
  const outsider = await createPerson(t.db, { organizationId: other.id, name: "Olga Outsider", role: "ADMIN" });
  const theirs = await installStarterFramework(t.db, { organizationId: other.id });
  const r = (p: { userId: string }) => callerFor(t.db, p.userId).recognition;
  const trust = framework.competencies.find((c) => c.name === "Trust");
  if (!trust) throw new Error("Trust");
  return { ...w, framework, trust, theirs, outsider, r };
}
type World = Awaited<ReturnType<typeof world>>;

const count = () => Promise.all([t.db.recognition.count(), t.db.recognitionRecipient.count()]);
const messages = (feed: { items: { message: string }[] }) => feed.items.map((i) => i.message);

describe("giving recognition", () => {
  it("public kudos to two people, tagged with a competency and behaviour, shows in the feed and both tabs", async () => {
    const w = await world();
    await w.r(w.peer).give({
      org: "acme",
      recipientIds: [w.report.id, w.manager.id],
      message: "Ran the incident review calmly and wrote every follow-up down",
      competencyId: w.trust.id,
      behaviour: 0,
    });
    const feed = await w.r(w.admin).feed({ org: "acme" });
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      giver: { name: "Pia Peer" },
      competency: { name: "Trust" },
      behaviour: w.trust.behaviours[0],
      visibility: "PUBLIC",
    });
    expect(feed.items[0]?.recipients.map((p) => p.name).sort()).toEqual(["Mia Manager", "Raj Report"]);
    for (const person of [w.report, w.manager])
      expect(messages(await w.r(w.boss).feed({ org: "acme", personId: person.id, tab: "received" }))).toHaveLength(1);
    expect(messages(await w.r(w.boss).feed({ org: "acme", personId: w.peer.id, tab: "given" }))).toHaveLength(1);
    expect(messages(await w.r(w.boss).feed({ org: "acme", personId: w.peer.id, tab: "received" }))).toEqual([]);
    // "all" of a person's: given or received; a team filter keeps recognition received in that team.
    await w.r(w.report).give({ org: "acme", recipientIds: [w.peer.id], message: "Thanks for covering" });
    expect(await w.r(w.boss).feed({ org: "acme", personId: w.peer.id, tab: "all" }).then(messages)).toEqual([
      "Thanks for covering",
      "Ran the incident review calmly and wrote every follow-up down",
    ]);
    expect(await w.r(w.boss).feed({ org: "acme", personId: w.manager.id, tab: "all" }).then(messages)).toHaveLength(1);
  });

  it("refuses self-kudos, empty or over-long messages, strangers and another org's competency, writing nothing", async () => {
    const w = await world();
    const base = { org: "acme", recipientIds: [w.report.id], message: "Thanks for the review" };
    const bad: [Record<string, unknown>, string][] = [
      [{ recipientIds: [w.peer.id, w.report.id] }, "recipientIds"], // the giver is Pia
      [{ message: "   " }, "message"],
      [{ message: "x".repeat(2001) }, "message"],
      [{ recipientIds: [w.outsider.id] }, "recipientIds"],
      [{ recipientIds: [] }, "recipientIds"],
      [{ recipientIds: [w.report.id, w.report.id] }, "recipientIds"],
      [{ competencyId: w.theirs.competencies[0]?.id }, "competencyId"],
      [{ competencyId: w.trust.id, behaviour: 40 }, "behaviour"],
      [{ behaviour: 0 }, "behaviour"],
    ];
    for (const [extra, field] of bad) {
      const err = await expectCode(w.r(w.peer).give({ ...base, ...extra } as never), "BAD_REQUEST");
      expect(fieldErrorKeys(err), JSON.stringify(extra).slice(0, 80)).toContain(field);
    }
    expect(await count()).toEqual([0, 0]);
  });

  it("caps how many one person gives per day (an org setting, default 10)", async () => {
    const w = await world();
    await t.db.organization.update({ where: { id: w.org.id }, data: { settings: { recognitionDailyCap: 2 } } });
    const give = () => w.r(w.peer).give({ org: "acme", recipientIds: [w.report.id], message: "Thanks!" });
    await give();
    await give();
    await expectCode(give(), "TOO_MANY_REQUESTS");
    expect(await count()).toEqual([2, 2]);
    // Others still may.
    await w.r(w.manager).give({ org: "acme", recipientIds: [w.report.id], message: "Thanks too" });
  });
});

describe("who sees private recognition", () => {
  it("the giver, the recipients and the managers above them; not a peer, not HR, not the public feed", async () => {
    const w = await world();
    await w.r(w.peer).give({
      org: "acme",
      recipientIds: [w.report.id],
      message: "private-canary-31c9: thank you for covering for me",
      visibility: "PRIVATE",
    });
    const received = (who: { userId: string }) =>
      w.r(who).feed({ org: "acme", personId: w.report.id, tab: "received" }).then(messages);
    for (const who of [w.peer, w.report, w.manager, w.boss]) expect(await received(who)).toHaveLength(1);
    const stranger = await createPerson(t.db, { organizationId: w.org.id, name: "Sam Stranger" });
    for (const who of [w.admin, stranger]) expect(await received(who)).toEqual([]);
    for (const who of [w.peer, w.report, w.manager, w.admin])
      expect(messages(await w.r(who).feed({ org: "acme" }))).toEqual([]);
    await expectCode(w.r(w.outsider).feed({ org: "acme", personId: w.report.id }), "NOT_FOUND");
  });
});

describe("a person's received tab", () => {
  it("pages by keyset, filters by competency, and shows private kudos to anyone above a co-recipient", async () => {
    const w = await world();
    const sol = await createPerson(t.db, { organizationId: w.org.id, name: "Sol Solo" });
    const give = (message: string, extra: Record<string, unknown> = {}) =>
      w.r(w.peer).give({ org: "acme", recipientIds: [sol.id], message, ...extra });
    await give("one");
    await give("two", { competencyId: w.trust.id });
    await give("three");
    await give("with Raj, private", { recipientIds: [sol.id, w.report.id], visibility: "PRIVATE" });
    const tab = (who: { userId: string }, extra: Record<string, unknown> = {}) =>
      w.r(who).feed({ org: "acme", personId: sol.id, tab: "received", ...extra });
    // Mia is above Raj, a co-recipient: she sees the private one on Sol's page; a stranger does not.
    expect(await tab(w.manager).then(messages)).toEqual(["with Raj, private", "three", "two", "one"]);
    const stranger = await createPerson(t.db, { organizationId: w.org.id, name: "Sam Stranger" });
    expect(await tab(stranger).then(messages)).toEqual(["three", "two", "one"]);
    const first = await tab(stranger, { limit: 2 });
    expect(messages(first)).toEqual(["three", "two"]);
    const second = await tab(stranger, { limit: 2, cursor: first.nextCursor ?? undefined });
    expect([messages(second), second.nextCursor]).toEqual([["one"], null]);
    expect(await tab(stranger, { competencyId: w.trust.id }).then(messages)).toEqual(["two"]);
  });
});

describe("changing recognition", () => {
  async function given(w: World) {
    return w.r(w.peer).give({ org: "acme", recipientIds: [w.report.id], message: "Thanks for the review" });
  }

  it("lets the giver edit within 15 minutes, and nobody after", async () => {
    const w = await world();
    const { id } = await given(w);
    await w.r(w.peer).edit({ org: "acme", recognitionId: id, message: "Thanks for the careful review" });
    await expectCode(w.r(w.admin).edit({ org: "acme", recognitionId: id, message: "HR edit" }), "FORBIDDEN");
    await t.db.recognition.update({ where: { id }, data: { createdAt: new Date(Date.now() - 16 * 60_000) } });
    await expectCode(w.r(w.peer).edit({ org: "acme", recognitionId: id, message: "Too late" }), "FORBIDDEN");
    const row = await t.db.recognition.findUniqueOrThrow({ where: { id } });
    expect(row.message).toBe("Thanks for the careful review");
    expect(row.editedAt).not.toBeNull();
  });

  it("lets the giver or HR delete, with undo; the recipient cannot", async () => {
    const w = await world();
    const { id } = await given(w);
    await expectCode(w.r(w.report).remove({ org: "acme", recognitionId: id }), "FORBIDDEN");
    await w.r(w.admin).remove({ org: "acme", recognitionId: id });
    expect(messages(await w.r(w.report).feed({ org: "acme" }))).toEqual([]);
    await expectCode(w.r(w.peer).edit({ org: "acme", recognitionId: id, message: "x" }), "NOT_FOUND");
    await w.r(w.peer).restore({ org: "acme", recognitionId: id });
    expect(messages(await w.r(w.report).feed({ org: "acme" }))).toEqual(["Thanks for the review"]);
  });

  it("takes one reaction of each emoji per person on public recognition, never the giver's own", async () => {
    const w = await world();
    const { id } = await given(w);
    for (const who of [w.report, w.manager, w.report])
      await w.r(who).react({ org: "acme", recognitionId: id, emoji: "👏", on: true });
    const [item] = (await w.r(w.report).feed({ org: "acme" })).items;
    expect(item?.reactions).toEqual([{ emoji: "👏", count: 2, mine: true }]);
    await expectCode(w.r(w.peer).react({ org: "acme", recognitionId: id, emoji: "👏", on: true }), "FORBIDDEN");
    await w.r(w.report).react({ org: "acme", recognitionId: id, emoji: "👏", on: false });
    expect((await w.r(w.boss).feed({ org: "acme" })).items[0]?.reactions).toEqual([
      { emoji: "👏", count: 1, mine: false },
    ]);
  });

  it("pages the feed by keyset, newest first", async () => {
    const w = await world();
    for (let i = 0; i < 5; i++)
      await w.r(w.manager).give({ org: "acme", recipientIds: [w.report.id], message: `Thanks ${i}` });
    const one = await w.r(w.peer).feed({ org: "acme", limit: 2 });
    expect(messages(one)).toEqual(["Thanks 4", "Thanks 3"]);
    const two = await w.r(w.peer).feed({ org: "acme", limit: 2, cursor: one.nextCursor ?? undefined });
    expect(messages(two)).toEqual(["Thanks 2", "Thanks 1"]);
    const three = await w.r(w.peer).feed({ org: "acme", limit: 2, cursor: two.nextCursor ?? undefined });
    expect(messages(three)).toEqual(["Thanks 0"]);
    expect(three.nextCursor).toBeNull();
  });
});
