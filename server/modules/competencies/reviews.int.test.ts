// The competency review inside a 1:1, through the real router and a real Postgres: versioning,
// visibility (drafts to their author, shared to the pair and managers above, never to HR or a
// peer), suggestions, and bad input that writes nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { expectCode, fieldErrorKeys } from "../../test/expect-code";
import { createOrg, createPerson, installStarterFramework } from "../../test/factories";
import { oneOnOneWorld, pastMeeting } from "../../test/one-on-one-world";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

async function world() {
  const w = await oneOnOneWorld(t.db);
  const framework = await installStarterFramework(t.db, { organizationId: w.org.id });
  const byName = (name: string) => {
    const c = framework.competencies.find((x) => x.name === name);
    if (!c) throw new Error(name);
    return c;
  };
  const c = (p: { userId: string }) => callerFor(t.db, p.userId).competencies;
  const earlier = await pastMeeting(t.db, w, 14, { status: "HELD" });
  const meeting = await pastMeeting(t.db, w, 0);
  return { ...w, framework, byName, c, earlier, meeting };
}
type World = Awaited<ReturnType<typeof world>>;

const save = (w: World, who: { userId: string }, meetingId: string, competencyId: string, extra = {}) =>
  w.c(who).saveReview({
    org: "acme",
    meetingId,
    competencyId,
    kind: "MANAGER",
    baseVersion: 0,
    rating: 2,
    observed: [0],
    evidence: "Summarised the incident review's next steps in writing",
    ...extra,
  });

const reviewCount = () => t.db.competencyReview.count();

describe("the review in a 1:1", () => {
  it("the manager picks, rates and shares; the report self-assesses; drafts stay with their author", async () => {
    const w = await world();
    const listening = w.byName("Active listening");
    await w.c(w.manager).pick({ org: "acme", meetingId: w.meeting.id, competencyId: listening.id });
    await save(w, w.manager, w.meeting.id, listening.id, { rating: 3, observed: [0, 2] });

    // A draft: the manager sees it; the report sees that it is picked, not the rating; the boss nothing of it.
    const mine = await w.c(w.manager).panel({ org: "acme", meetingId: w.meeting.id });
    expect(mine.picked[0]?.manager).toMatchObject({ rating: 3, ratingLabel: "Consistent", observed: [0, 2] });
    const reports = await w.c(w.report).panel({ org: "acme", meetingId: w.meeting.id });
    expect(reports.picked.map((p) => p.texts?.name)).toEqual(["Active listening"]);
    expect(reports.picked[0]?.manager).toBeNull();
    expect((await w.c(w.boss).panel({ org: "acme", meetingId: w.meeting.id })).picked[0]?.manager).toBeNull();

    // The report's self-assessment is hers until she shares it.
    await w.c(w.report).saveReview({
      org: "acme",
      meetingId: w.meeting.id,
      competencyId: listening.id,
      kind: "SELF",
      baseVersion: 0,
      rating: 2,
      observed: [1],
      evidence: "I ask more questions now",
    });
    expect((await w.c(w.manager).panel({ org: "acme", meetingId: w.meeting.id })).picked[0]?.self).toBeNull();

    expect(await w.c(w.manager).share({ org: "acme", meetingId: w.meeting.id })).toEqual({ shared: 1 });
    expect(await w.c(w.report).share({ org: "acme", meetingId: w.meeting.id })).toEqual({ shared: 1 });
    const shared = await w.c(w.report).panel({ org: "acme", meetingId: w.meeting.id });
    expect(shared.picked[0]?.manager).toMatchObject({ rating: 3, status: "SHARED" });
    expect(shared.picked[0]?.self).toMatchObject({ rating: 2, evidence: "I ask more questions now" });
    // The manager's manager reads shared ratings and evidence too.
    expect((await w.c(w.boss).panel({ org: "acme", meetingId: w.meeting.id })).picked[0]?.manager?.evidence).toBe(
      "Summarised the incident review's next steps in writing",
    );
  });

  it("HR admins, peers and other orgs get not found: evidence is 1:1 content", async () => {
    const w = await world();
    await w.c(w.manager).pick({ org: "acme", meetingId: w.meeting.id, competencyId: w.byName("Trust").id });
    const beta = await createOrg(t.db, { slug: "beta" });
    const outsider = await createPerson(t.db, { organizationId: beta.id, name: "Otto", role: "ADMIN" });
    for (const who of [w.admin, w.peer])
      await expectCode(w.c(who).panel({ org: "acme", meetingId: w.meeting.id }), "NOT_FOUND");
    await expectCode(w.c(outsider).panel({ org: "beta", meetingId: w.meeting.id }), "NOT_FOUND");
    // Writing is for the two participants, each their own kind.
    const before = await reviewCount();
    await expectCode(
      w.c(w.admin).pick({ org: "acme", meetingId: w.meeting.id, competencyId: w.byName("Rapport").id }),
      "NOT_FOUND",
    );
    await expectCode(
      w.c(w.boss).pick({ org: "acme", meetingId: w.meeting.id, competencyId: w.byName("Rapport").id }),
      "FORBIDDEN",
    );
    await expectCode(
      w.c(w.report).pick({ org: "acme", meetingId: w.meeting.id, competencyId: w.byName("Rapport").id }),
      "FORBIDDEN",
    );
    await expectCode(save(w, w.report, w.meeting.id, w.byName("Trust").id), "FORBIDDEN");
    await expectCode(save(w, w.boss, w.meeting.id, w.byName("Trust").id, { kind: "SELF" }), "FORBIDDEN");
    expect(await reviewCount()).toBe(before);
  });

  it("keeps the texts it was made against when the framework changes, and marks them changed", async () => {
    const w = await world();
    const listening = w.byName("Active listening");
    await w.c(w.manager).pick({ org: "acme", meetingId: w.earlier.id, competencyId: listening.id });
    await save(w, w.manager, w.earlier.id, listening.id, { rating: 2 });
    await w.c(w.manager).share({ org: "acme", meetingId: w.earlier.id });
    await w.c(w.admin).updateCompetency({
      org: "acme",
      competencyId: listening.id,
      name: "Active listening",
      behaviours: ["Paraphrases before answering"],
    });
    const then = await w.c(w.report).panel({ org: "acme", meetingId: w.earlier.id });
    expect(then.picked[0]?.texts?.behaviours).toEqual([...listening.behaviours]);
    expect(then.picked[0]?.texts?.version).toBe(1);
    expect(then.picked[0]?.changed).toBe(true);
    // A new pick is made against the new version, and shows the previous shared rating with its date.
    await w.c(w.manager).pick({ org: "acme", meetingId: w.meeting.id, competencyId: listening.id });
    const now = await w.c(w.manager).panel({ org: "acme", meetingId: w.meeting.id });
    expect(now.picked[0]?.texts?.behaviours).toEqual(["Paraphrases before answering"]);
    expect(now.picked[0]?.changed).toBe(false);
    expect(now.picked[0]?.previous).toMatchObject({ rating: 2, ratingLabel: "Developing" });
    expect(now.picked[0]?.previous?.at.getTime()).toBe(w.earlier.startsAt.getTime());
    expect(now.picked[0]?.recognition).toEqual([]);
  });

  it("suggests the competencies not reviewed the longest, never-reviewed first", async () => {
    const w = await world();
    await w.c(w.manager).pick({ org: "acme", meetingId: w.earlier.id, competencyId: w.byName("Rapport").id });
    await w.c(w.manager).share({ org: "acme", meetingId: w.earlier.id });
    const p = await w.c(w.manager).panel({ org: "acme", meetingId: w.meeting.id });
    expect(p.suggestions.map((s) => s.name)).toEqual([
      "Contact maintenance",
      "Ethical networking",
      "Partnerships",
      "Trust",
      "Active listening",
      "Emotional intelligence",
      "Feedback & follow-through",
      "Rapport",
    ]);
    expect(p.suggestions.map((s) => s.lastAt === null)).toEqual([true, true, true, true, true, true, true, false]);
  });
});

describe("next steps", () => {
  it("become an action item of the pair, owned by the report, once per review; only the manager adds one", async () => {
    const w = await world();
    const trust = w.byName("Trust").id;
    await w.c(w.manager).pick({ org: "acme", meetingId: w.meeting.id, competencyId: trust });
    const items = () => t.db.actionItem.count();
    const before = await items();
    await expectCode(
      w.c(w.report).addNextStep({ org: "acme", meetingId: w.meeting.id, competencyId: trust, text: "Mine" }),
      "FORBIDDEN",
    );
    await expectCode(
      w
        .c(w.manager)
        .addNextStep({ org: "acme", meetingId: w.meeting.id, competencyId: w.byName("Rapport").id, text: "X" }),
      "BAD_REQUEST",
    );
    const item = await w.c(w.manager).addNextStep({
      org: "acme",
      meetingId: w.meeting.id,
      competencyId: trust,
      text: "Credit Chloe in the release notes",
    });
    expect(await t.db.actionItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      meetingId: w.meeting.id,
      ownerId: w.report.id,
      text: "Credit Chloe in the release notes",
    });
    const page = await callerFor(t.db, w.report.userId).oneOnOnes.get({ org: "acme", meetingId: w.meeting.id });
    expect(page.actionItems.map((i) => i.text)).toContain("Credit Chloe in the release notes");
    expect(
      (await w.c(w.manager).panel({ org: "acme", meetingId: w.meeting.id })).picked[0]?.manager?.nextStepItemId,
    ).toBe(item.id);
    await expectCode(
      w.c(w.manager).addNextStep({ org: "acme", meetingId: w.meeting.id, competencyId: trust, text: "Again" }),
      "CONFLICT",
    );
    expect(await items()).toBe(before + 1);
  });
});

describe("bad input writes nothing", () => {
  it("rating off the scale, another framework's or org's competency, stale versions, a fourth pick", async () => {
    const w = await world();
    const listening = w.byName("Active listening");
    await w.c(w.manager).pick({ org: "acme", meetingId: w.meeting.id, competencyId: listening.id });
    const beta = await createOrg(t.db, { slug: "beta" });
    const theirs = await installStarterFramework(t.db, { organizationId: beta.id });
    const otherFramework = await installStarterFramework(t.db, { organizationId: w.org.id, orgWide: false });
    const before = { reviews: await reviewCount(), saved: await t.db.competencyReview.findMany() };
    const cases: [() => Promise<unknown>, string][] = [
      [() => save(w, w.manager, w.meeting.id, listening.id, { rating: 5 }), "rating"],
      [() => save(w, w.manager, w.meeting.id, listening.id, { rating: 0 }), "rating"],
      [() => save(w, w.manager, w.meeting.id, listening.id, { observed: [7] }), "observed"],
      [() => save(w, w.manager, w.meeting.id, w.byName("Trust").id), "competencyId"],
      [
        () =>
          w.c(w.manager).pick({ org: "acme", meetingId: w.meeting.id, competencyId: theirs.competencies[0]?.id ?? "" }),
        "competencyId",
      ],
      [
        () =>
          w
            .c(w.manager)
            .pick({ org: "acme", meetingId: w.meeting.id, competencyId: otherFramework.competencies[0]?.id ?? "" }),
        "competencyId",
      ],
    ];
    for (const [call, field] of cases) expect(fieldErrorKeys(await expectCode(call(), "BAD_REQUEST"))).toContain(field);
    await save(w, w.manager, w.meeting.id, listening.id);
    // The first save moved it to version 1: a save from version 0 is stale.
    await expectCode(save(w, w.manager, w.meeting.id, listening.id, { evidence: "older tab" }), "CONFLICT");
    for (const name of ["Trust", "Rapport"])
      await w.c(w.manager).pick({ org: "acme", meetingId: w.meeting.id, competencyId: w.byName(name).id });
    expect(
      fieldErrorKeys(
        await expectCode(
          w.c(w.manager).pick({ org: "acme", meetingId: w.meeting.id, competencyId: w.byName("Partnerships").id }),
          "BAD_REQUEST",
        ),
      ),
    ).toContain("competencyId");
    expect(await reviewCount()).toBe(before.reviews + 2);
    const evidence = await t.db.competencyReview.findFirst({ where: { competencyId: listening.id } });
    expect(evidence?.evidence).toBe("Summarised the incident review's next steps in writing");
  });
});

describe("recognition as evidence", () => {
  it("shows recognition tagged with a picked competency since its last shared rating, as the viewer may see it", async () => {
    const w = await world();
    const trust = w.byName("Trust");
    // A shared rating in the earlier 1:1: recognition before it is not new evidence.
    await w.c(w.manager).pick({ org: "acme", meetingId: w.earlier.id, competencyId: trust.id });
    await save(w, w.manager, w.earlier.id, trust.id);
    await w.c(w.manager).share({ org: "acme", meetingId: w.earlier.id });
    await t.db.competencyReview.updateMany({
      where: { meetingId: w.earlier.id },
      data: { sharedAt: w.earlier.startsAt },
    });
    const give = (who: { userId: string }, message: string, extra = {}) =>
      callerFor(t.db, who.userId).recognition.give({
        org: "acme",
        recipientIds: [w.report.id],
        message,
        competencyId: trust.id,
        ...extra,
      });
    const old = await give(w.peer, "Kept the launch date secret, as asked");
    await t.db.recognition.update({
      where: { id: old.id },
      data: { createdAt: new Date(w.earlier.startsAt.getTime() - 86_400_000) },
    });
    await give(w.peer, "Owned up to the missed deadline before anyone asked");
    await give(w.boss, "Shared credit for the migration with the whole team", { visibility: "PRIVATE" });
    await give(w.peer, "Untagged thanks for the coffee", { competencyId: undefined });

    await w.c(w.manager).pick({ org: "acme", meetingId: w.meeting.id, competencyId: trust.id });
    const panel = await w.c(w.manager).panel({ org: "acme", meetingId: w.meeting.id });
    expect(panel.picked[0]?.recognition.map((r) => `${r.fromName}: ${r.message}`).sort()).toEqual([
      "Bo Boss: Shared credit for the migration with the whole team",
      "Pia Peer: Owned up to the missed deadline before anyone asked",
    ]);
  });
});
