// Levels through the real router and a real Postgres: the team heatmap on a fixed data set whose
// numbers are worked out by hand below, its scope (subtree, HR, filters, team frameworks, keyset
// pages), and the person view with its visibility (evidence to the pair and above, never to HR).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { expectCode, fieldErrorKeys } from "../../test/expect-code";
import { createOrg, createPerson, createTeam, installStarterFramework } from "../../test/factories";
import { oneOnOneWorld } from "../../test/one-on-one-world";
import { refreshAllLevels } from "./levels";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const CANARY = "canary-evidence-7f3a";

/**
 * The data set. Mia manages Raj and Pia; Bo manages Mia; Tom (Platform team) reports to Mia but is
 * rated on the team's own framework. Shared manager ratings (days ago → level):
 *   Raj  Active listening  200 → 1, 10 → 3   (latest 3, fresh); a newer draft (4) and a shared self (4) do not count
 *   Raj  Trust             120 → 2           (latest 2, stale: over 90 days)
 *   Pia  Active listening   30 → 2           (latest 2, fresh)
 * So for Mia's subtree: Active listening reviewed 2, fresh 2, average (3 + 2) / 2 = 2.5;
 * Trust reviewed 1, fresh 0, average 2; every other competency 0 / 0 / none. People: Raj and Pia.
 */
async function world() {
  const w = await oneOnOneWorld(t.db);
  const framework = await installStarterFramework(t.db, { organizationId: w.org.id });
  const comp = (name: string) => {
    const c = framework.competencies.find((x) => x.name === name);
    if (!c) throw new Error(name);
    return c;
  };
  const platform = await createTeam(t.db, { organizationId: w.org.id, name: "Platform" });
  const tom = await createPerson(t.db, {
    organizationId: w.org.id,
    name: "Tom Platform",
    managerId: w.manager.id,
    teamId: platform.id,
  });
  const engineering = await installStarterFramework(t.db, { organizationId: w.org.id, orgWide: false });
  await t.db.framework.update({ where: { id: engineering.id }, data: { name: "Engineering" } });
  await t.db.frameworkTeam.create({
    data: { organizationId: w.org.id, frameworkId: engineering.id, teamId: platform.id },
  });

  let n = 0;
  const review = async (
    report: { id: string },
    competency: { id: string; versionId: string },
    ago: number,
    rating: number,
    extra: { kind?: "MANAGER" | "SELF"; status?: "DRAFT" | "SHARED"; evidence?: string; observed?: number[] } = {},
  ) => {
    const meeting = await t.db.meeting.create({
      data: {
        organizationId: w.org.id,
        managerId: w.manager.id,
        reportId: report.id,
        startsAt: new Date(daysAgo(ago).getTime() + n++ * 1000),
        timeZone: "UTC",
        status: "HELD",
      },
    });
    const shared = (extra.status ?? "SHARED") === "SHARED";
    return t.db.competencyReview.create({
      data: {
        organizationId: w.org.id,
        meetingId: meeting.id,
        managerId: w.manager.id,
        reportId: report.id,
        competencyId: competency.id,
        competencyVersionId: competency.versionId,
        kind: extra.kind ?? "MANAGER",
        authorId: extra.kind === "SELF" ? report.id : w.manager.id,
        status: extra.status ?? "SHARED",
        rating,
        ratingLabel: ["Not yet", "Developing", "Consistent", "Role model"][rating - 1] ?? null,
        observed: extra.observed ?? [],
        evidence: extra.evidence ?? `${CANARY} ${ago}`,
        sharedAt: shared ? meeting.startsAt : null,
      },
    });
  };
  const listening = comp("Active listening");
  const trust = comp("Trust");
  await review(w.report, listening, 200, 1, { observed: [0] });
  await review(w.report, listening, 10, 3, { observed: [0, 1] });
  await review(w.report, listening, 1, 4, { status: "DRAFT" });
  await review(w.report, listening, 1, 4, { kind: "SELF" });
  await review(w.report, trust, 120, 2);
  await review(w.peer, listening, 30, 2);
  const tomsTrust = engineering.competencies.find((c) => c.name === "Trust");
  if (!tomsTrust) throw new Error("Trust");
  await review(tom, tomsTrust, 5, 4);

  // Reviews written as rows: their levels are computed the way the seed does.
  await refreshAllLevels(t.db, w.org.id);

  // Another org with the same shape of data: never counted.
  const other = await createOrg(t.db, { slug: "other" });
  const outsider = await createPerson(t.db, { organizationId: other.id, name: "Olga Outsider", role: "ADMIN" });
  await installStarterFramework(t.db, { organizationId: other.id });

  const c = (p: { userId: string }) => callerFor(t.db, p.userId).competencies;
  return { ...w, framework, engineering, listening, trust, platform, tom, outsider, c };
}

const cellOf = <C extends { competencyId: string }>(
  page: { rows: { name: string; cells: C[] }[] },
  person: string,
  competencyId: string,
) => page.rows.find((r) => r.name === person)?.cells.find((c) => c.competencyId === competencyId);

describe("the team heatmap", () => {
  it("shows a manager's subtree with the hand-computed levels, staleness and coverage", async () => {
    const w = await world();
    const page = await w.c(w.manager).heatmap({ org: "acme" });
    expect(page.framework?.name).toBe("Relationship building");
    expect(page.competencies).toHaveLength(w.framework.competencies.length);
    expect(page.rows.map((r) => r.name)).toEqual(["Pia Peer", "Raj Report"]);
    expect(page.total).toBe(2);
    expect(cellOf(page, "Raj Report", w.listening.id)).toMatchObject({ rating: 3, label: "Consistent", stale: false });
    expect(cellOf(page, "Raj Report", w.trust.id)).toMatchObject({ rating: 2, label: "Developing", stale: true });
    expect(cellOf(page, "Pia Peer", w.listening.id)).toMatchObject({ rating: 2, stale: false });
    expect(cellOf(page, "Pia Peer", w.trust.id)).toMatchObject({ rating: null, at: null, stale: false });
    const coverage = new Map(page.coverage.map((c) => [c.competencyId, c]));
    expect(coverage.get(w.listening.id)).toEqual({ competencyId: w.listening.id, reviewed: 2, fresh: 2, average: 2.5 });
    expect(coverage.get(w.trust.id)).toEqual({ competencyId: w.trust.id, reviewed: 1, fresh: 0, average: 2 });
    const rest = page.coverage.filter((c) => c.competencyId !== w.listening.id && c.competencyId !== w.trust.id);
    expect(rest).toHaveLength(w.framework.competencies.length - 2);
    for (const c of rest) expect(c).toMatchObject({ reviewed: 0, fresh: 0, average: null });
    // Levels only: no evidence note reaches the heatmap.
    expect(JSON.stringify(page)).not.toContain(CANARY);
  });

  it("covers the whole subtree for a manager of managers and the org for HR; a team's framework has its own map", async () => {
    const w = await world();
    const boss = await w.c(w.boss).heatmap({ org: "acme" });
    expect(boss.rows.map((r) => r.name)).toEqual(["Mia Manager", "Pia Peer", "Raj Report"]);
    const hr = await w.c(w.admin).heatmap({ org: "acme" });
    expect(hr.rows.map((r) => r.name)).toEqual(["Bo Boss", "Hana Admin", "Mia Manager", "Pia Peer", "Raj Report"]);
    expect(JSON.stringify(hr)).not.toContain(CANARY);
    // Tom is rated on the Platform team's framework, which wins over the org's.
    expect(hr.frameworks.map((f) => f.name)).toEqual(["Relationship building", "Engineering"]);
    const eng = await w.c(w.manager).heatmap({ org: "acme", frameworkId: w.engineering.id });
    expect(eng.rows.map((r) => r.name)).toEqual(["Tom Platform"]);
    const tomsTrust = w.engineering.competencies.find((c) => c.name === "Trust")?.id ?? "";
    expect(cellOf(eng, "Tom Platform", tomsTrust)).toMatchObject({ rating: 4, label: "Role model" });
    expect(eng.coverage.find((c) => c.competencyId === tomsTrust)).toMatchObject({ reviewed: 1, fresh: 1, average: 4 });
  });

  it("filters by team and by manager, within what the viewer may see", async () => {
    const w = await world();
    const byManager = await w.c(w.admin).heatmap({ org: "acme", managerId: w.manager.id });
    expect(byManager.rows.map((r) => r.name)).toEqual(["Pia Peer", "Raj Report"]);
    expect(byManager.coverage.find((c) => c.competencyId === w.listening.id)).toMatchObject({
      reviewed: 2,
      average: 2.5,
    });
    expect(byManager.managers.map((m) => m.name)).toEqual(["Bo Boss", "Mia Manager"]);
    const platform = await w.c(w.admin).heatmap({ org: "acme", teamId: w.platform.id, frameworkId: w.engineering.id });
    expect(platform.rows.map((r) => r.name)).toEqual(["Tom Platform"]);
    expect((await w.c(w.admin).heatmap({ org: "acme", teamId: w.platform.id })).total).toBe(0);
    // A manager filtering by someone above or beside them sees no one more than before.
    const mine = await w.c(w.manager).heatmap({ org: "acme", managerId: w.boss.id });
    expect(mine.rows).toEqual([]);
    expect(mine.managers.map((m) => m.name)).toEqual(["Mia Manager"]);
  });

  it("follows a share and an edit of a shared rating, in the same transaction", async () => {
    const w = await world();
    const meeting = await t.db.meeting.create({
      data: {
        organizationId: w.org.id,
        managerId: w.manager.id,
        reportId: w.peer.id,
        startsAt: daysAgo(0),
        timeZone: "UTC",
      },
    });
    const m = w.c(w.manager);
    const pia = async () => cellOf(await m.heatmap({ org: "acme" }), "Pia Peer", w.listening.id) ?? { rating: -1 };
    const base = { org: "acme", meetingId: meeting.id, competencyId: w.listening.id, kind: "MANAGER" as const };
    await m.pick({ org: "acme", meetingId: meeting.id, competencyId: w.listening.id });
    await m.saveReview({ ...base, baseVersion: 0, rating: 4, observed: [], evidence: "" });
    expect((await pia()).rating).toBe(2); // a draft is not a level
    await m.share({ org: "acme", meetingId: meeting.id });
    expect((await pia()).rating).toBe(4);
    await m.saveReview({ ...base, baseVersion: 1, rating: 3, observed: [], evidence: "" });
    expect((await pia()).rating).toBe(3);
    // Unrated again: the level falls back to the previous shared rating.
    await m.saveReview({ ...base, baseVersion: 2, rating: null, observed: [], evidence: "" });
    expect((await pia()).rating).toBe(2);
    expect(await t.db.competencyLevel.count({ where: { personId: w.peer.id } })).toBe(1);
  });

  it("pages by keyset, forward and back", async () => {
    const w = await world();
    const hr = w.c(w.admin);
    const one = await hr.heatmap({ org: "acme", limit: 2 });
    expect(one.rows.map((r) => r.name)).toEqual(["Bo Boss", "Hana Admin"]);
    expect(one.prevCursor).toBeNull();
    const two = await hr.heatmap({ org: "acme", limit: 2, cursor: one.nextCursor ?? undefined });
    expect(two.rows.map((r) => r.name)).toEqual(["Mia Manager", "Pia Peer"]);
    const three = await hr.heatmap({ org: "acme", limit: 2, cursor: two.nextCursor ?? undefined });
    expect(three.rows.map((r) => r.name)).toEqual(["Raj Report"]);
    expect(three.nextCursor).toBeNull();
    const back = await hr.heatmap({
      org: "acme",
      limit: 2,
      cursor: three.prevCursor ?? undefined,
      direction: "backward",
    });
    expect(back.rows.map((r) => r.name)).toEqual(["Mia Manager", "Pia Peer"]);
    // Every page reports the same coverage: it is over everyone, not the page.
    expect(three.coverage).toEqual(one.coverage);
    expect(three.total).toBe(5);
  });

  it("is refused to someone with no one below them, and a framework of another org is bad input", async () => {
    const w = await world();
    await expectCode(w.c(w.report).heatmap({ org: "acme" }), "FORBIDDEN");
    await expectCode(w.c(w.peer).heatmap({ org: "acme" }), "FORBIDDEN");
    const theirs = await t.db.framework.findFirstOrThrow({ where: { organizationId: { not: w.org.id } } });
    const bad = await expectCode(w.c(w.admin).heatmap({ org: "acme", frameworkId: theirs.id }), "BAD_REQUEST");
    expect(fieldErrorKeys(bad)).toEqual(["frameworkId"]);
    await expectCode(w.c(w.outsider).heatmap({ org: "acme" }), "NOT_FOUND");
  });
});

describe("the person view", () => {
  it("gives the person their latest levels, the level three months ago, every point and the evidence", async () => {
    const w = await world();
    const me = await w.c(w.report).person({ org: "acme", personId: w.report.id });
    const listening = me.competencies.find((c) => c.id === w.listening.id);
    expect(listening?.points.map((p) => p.rating)).toEqual([1, 3]);
    expect(listening?.latest).toMatchObject({ rating: 3, label: "Consistent", stale: false });
    expect(listening?.before).toMatchObject({ rating: 1 });
    const trust = me.competencies.find((c) => c.id === w.trust.id);
    expect(trust?.latest).toMatchObject({ rating: 2, stale: true });
    expect(trust?.before).toMatchObject({ rating: 2 });
    // The timeline, newest first: the shared self-assessment and manager reviews; never the draft.
    expect(me.timeline?.map((e) => `${e.kind} ${e.name} ${e.rating}`)).toEqual([
      "SELF Active listening 4",
      "MANAGER Active listening 3",
      "MANAGER Trust 2",
      "MANAGER Active listening 1",
    ]);
    expect(me.timeline?.[1]?.observed).toEqual(w.listening.behaviours.slice(0, 2));
  });

  it("shows managers above the evidence, HR the levels without it, and a peer or another org nothing", async () => {
    const w = await world();
    const boss = await w.c(w.boss).person({ org: "acme", personId: w.report.id });
    expect(boss.timeline?.length).toBe(4);
    const hr = await w.c(w.admin).person({ org: "acme", personId: w.report.id });
    expect(hr.competencies.find((c) => c.id === w.listening.id)?.latest?.rating).toBe(3);
    expect(hr.timeline).toBeNull();
    expect(JSON.stringify(hr)).not.toContain(CANARY);
    await expectCode(w.c(w.peer).person({ org: "acme", personId: w.report.id }), "NOT_FOUND");
    await expectCode(w.c(w.outsider).person({ org: "other", personId: w.report.id }), "NOT_FOUND");
  });

  it("keeps what the person was rated on when the framework changes, and marks the text as changed", async () => {
    const w = await world();
    const before = w.listening.behaviours;
    await w.c(w.admin).updateCompetency({
      org: "acme",
      competencyId: w.listening.id,
      name: "Active listening",
      behaviours: ["Paraphrases before answering", ...before.slice(1)],
    });
    const me = await w.c(w.report).person({ org: "acme", personId: w.report.id });
    const oldest = me.timeline?.at(-1);
    expect(oldest).toMatchObject({ name: "Active listening", version: 1, changed: true });
    expect(oldest?.observed).toEqual([before[0]]);
    expect(me.timeline?.find((e) => e.name === "Trust")?.changed).toBe(false);
  });
});
