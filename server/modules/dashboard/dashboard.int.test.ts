// The manager dashboard through the real router and a real Postgres: every KPI on a fixed data set
// whose numbers are worked out by hand below, the report lines (health with its reasons, touches,
// levels), the cadence advisor's "Apply", who may see which scope, and HR's numbers-only rollup.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callerFor } from "../../test/caller";
import { setupTestDb, type TestDb } from "../../test/db";
import { expectCode } from "../../test/expect-code";
import {
  createActionItem,
  createCadence,
  createMeetingFeedback,
  createOrg,
  createPerson,
  createTeam,
  installStarterFramework,
  refreshAllLevels,
} from "../../test/factories";
import { oneOnOneWorld } from "../../test/one-on-one-world";
import { DASHBOARD_ROLLUP, refreshDashboardRollup } from "./org-rollup.service";

let t: TestDb;
beforeAll(async () => {
  t = await setupTestDb();
});
afterAll(() => t.close());
beforeEach(() => t.reset());

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const isoDaysAgo = (n: number) => daysAgo(n).toISOString().slice(0, 10);
const CANARY = "canary-dashboard-51c9";

/**
 * The data set (Mia manages Raj and Pia; Bo manages Mia), over the 30-day period and the 30 days
 * before it:
 * - 1:1s (Mia–Raj): 25, 18, 11 days ago HELD, 4 days ago SKIPPED; 40 HELD and 50 SCHEDULED (missed).
 *   (Mia–Pia): 20 days ago HELD, 6 days ago SCHEDULED (missed). Scheduled in the period 4 + 2 = 6,
 *   held 3 + 1 = 4: adherence 4/6; before: 2 scheduled, 1 held: 1/2.
 * - Recognition: Pia→Raj 10 days ago, Mia→Raj 5, Raj→Mia 3; Raj→Pia 40 days ago. Coverage: Raj
 *   recognised in 30 days, Pia not: 1/2; 30–60 days ago only Pia: 1/2. Directed pairs in the period
 *   touching Raj or Pia: Pia→Raj (not thanked back in the period), Mia→Raj and Raj→Mia (two-way):
 *   one-way 1 of 1 + 2/2 = 2 pairs: 1/2; before: Raj→Pia alone, one-way: 1/1.
 * - Action items due in the period: due 12 days ago done 13 days ago (kept), due 6 days ago done 3
 *   days ago (late), due 5 days ago open (an overdue item of Raj's): 1/3; before: due 40 days ago
 *   done 41 days ago: 1/1.
 * - Levels (shared manager reviews): Raj 3 (10 days ago) after 2 (60 days ago); Pia 2 (20 days
 *   ago). Now (3 + 2) / 2 = 2.5; as of 30 days ago only Raj's 2: 2.
 * - Usefulness (Raj's ratings): YES 11 days ago, SOMEWHAT 18 days ago: (1 + 0.5) / 2 = 0.75; before:
 *   NO 40 days ago: 0.
 */
async function world() {
  const w = await oneOnOneWorld(t.db);
  const meet = (report: { id: string }, ago: number, status: "HELD" | "SKIPPED" | "SCHEDULED") =>
    t.db.meeting.create({
      data: {
        organizationId: w.org.id,
        managerId: w.manager.id,
        reportId: report.id,
        startsAt: daysAgo(ago),
        timeZone: "UTC",
        status,
        sharedNotes: status === "HELD" ? `${CANARY} notes` : "",
      },
    });
  const raj = await Promise.all([
    meet(w.report, 25, "HELD"),
    meet(w.report, 18, "HELD"),
    meet(w.report, 11, "HELD"),
    meet(w.report, 4, "SKIPPED"),
    meet(w.report, 40, "HELD"),
    meet(w.report, 50, "SCHEDULED"),
  ]);
  await Promise.all([meet(w.peer, 20, "HELD"), meet(w.peer, 6, "SCHEDULED")]);
  const give = async (from: { id: string }, to: { id: string }, ago: number) => {
    const at = daysAgo(ago);
    const r = await t.db.recognition.create({
      data: { organizationId: w.org.id, giverId: from.id, message: `${CANARY} thanks`, createdAt: at },
    });
    await t.db.recognitionRecipient.create({
      data: {
        organizationId: w.org.id,
        recognitionId: r.id,
        recipientId: to.id,
        giverId: from.id,
        visibility: "PUBLIC",
        createdAt: at,
      },
    });
  };
  await give(w.peer, w.report, 10);
  await give(w.manager, w.report, 5);
  await give(w.report, w.manager, 3);
  await give(w.report, w.peer, 40);
  const [held25] = raj;
  if (!held25) throw new Error("meeting");
  const item = (due: number, done: number | null) =>
    createActionItem(t.db, {
      organizationId: w.org.id,
      meetingId: held25.id,
      text: `${CANARY} item`,
      dueOn: isoDaysAgo(due),
      completedAt: done === null ? null : daysAgo(done),
    });
  await item(12, 13);
  await item(6, 3);
  await item(5, null);
  await item(40, 41);
  const framework = await installStarterFramework(t.db, { organizationId: w.org.id });
  const [listening] = framework.competencies;
  if (!listening) throw new Error("competency");
  const review = async (report: { id: string }, ago: number, rating: number) => {
    const m = await meet(report, ago + 0.01, "HELD");
    await t.db.competencyReview.create({
      data: {
        organizationId: w.org.id,
        meetingId: m.id,
        managerId: w.manager.id,
        reportId: report.id,
        competencyId: listening.id,
        competencyVersionId: listening.versionId,
        kind: "MANAGER",
        authorId: w.manager.id,
        status: "SHARED",
        rating,
        evidence: `${CANARY} evidence`,
        sharedAt: m.startsAt,
      },
    });
    return m;
  };
  // These 1:1s are held too: they count in adherence, so they are outside both periods but one.
  await review(w.report, 61, 2);
  await review(w.report, 62, 3);
  await review(w.peer, 63, 2);
  // Re-date the latest reviews' shares into the periods the comment names (their 1:1s stay old).
  const reviews = await t.db.competencyReview.findMany({
    where: { organizationId: w.org.id },
    orderBy: { sharedAt: "desc" },
  });
  const [raj3, raj2, pia2] = [reviews[1], reviews[0], reviews[2]];
  if (!raj3 || !raj2 || !pia2) throw new Error("reviews");
  await t.db.competencyReview.update({ where: { id: raj2.id }, data: { sharedAt: daysAgo(60) } });
  await t.db.competencyReview.update({ where: { id: raj3.id }, data: { sharedAt: daysAgo(10) } });
  await t.db.competencyReview.update({ where: { id: pia2.id }, data: { sharedAt: daysAgo(20) } });
  await refreshAllLevels(t.db, w.org.id);
  const [m11, m18] = [raj[2], raj[1]];
  if (!m11 || !m18) throw new Error("meetings");
  await createMeetingFeedback(t.db, {
    organizationId: w.org.id,
    meetingId: m11.id,
    rating: "YES",
    createdAt: daysAgo(11),
  });
  await createMeetingFeedback(t.db, {
    organizationId: w.org.id,
    meetingId: m18.id,
    rating: "SOMEWHAT",
    createdAt: daysAgo(18),
  });
  const m40 = raj[4];
  if (!m40) throw new Error("meeting");
  await createMeetingFeedback(t.db, {
    organizationId: w.org.id,
    meetingId: m40.id,
    rating: "NO",
    createdAt: daysAgo(40),
  });
  return { ...w, as: (p: { userId: string }) => callerFor(t.db, p.userId).dashboard };
}

const kpi = (o: { kpis: { key: string; value: number | null; previous: number | null }[] }, key: string) => {
  const k = o.kpis.find((x) => x.key === key);
  return [k?.value ?? null, k?.previous ?? null];
};

describe("dashboard", () => {
  it("computes every KPI for a manager's direct reports, this period and the one before", async () => {
    const w = await world();
    const o = await w.as(w.manager).overview({ org: "acme", days: 30 });
    expect(o).toMatchObject({ mode: "manager", scope: "direct", people: 2, days: 30 });
    expect(o.scopes).toEqual(["direct", "subtree"]);
    expect(kpi(o, "adherence")).toEqual([4 / 6, 1 / 2]);
    expect(kpi(o, "coverage")).toEqual([1 / 2, 1 / 2]);
    expect(kpi(o, "oneWay")).toEqual([1 / 2, 1]);
    expect(kpi(o, "followThrough")).toEqual([1 / 3, 1]);
    expect(kpi(o, "level")).toEqual([2.5, 2]);
    expect(kpi(o, "usefulness")).toEqual([0.75, 0]);
    // Twelve Monday weeks (77 days or more): every 1:1 above, held or not (25, 18, 11, 4, 40, 50;
    // 20, 6; the review 1:1s 61, 62, 63 days ago), held: 25, 18, 11, 40, 20, 61, 62, 63.
    expect(o.weekly).toHaveLength(12);
    expect(o.weekly.reduce((n, x) => n + x.scheduled, 0)).toBe(11);
    expect(o.weekly.reduce((n, x) => n + x.held, 0)).toBe(8);
    expect(o.weekly.reduce((n, x) => n + x.received, 0)).toBe(3); // Pia→Raj, Mia→Raj, Raj→Pia
    expect(o.spans).toContainEqual({ bucket: "1–3", managers: 1 }); // Mia: 2 reports
    expect(JSON.stringify(o)).not.toContain(CANARY);
  });

  it("gives one line per report with health in words, the last touch, open items and levels", async () => {
    const w = await world();
    const { lines, thisWeek } = await w.as(w.manager).lines({ org: "acme" });
    expect(lines.map((l) => l.name)).toEqual(["Pia Peer", "Raj Report"]);
    const [pia, raj] = lines;
    // Pia: no cadence set, last 1:1 20 days ago, not recognised in 40 days.
    expect(pia).toMatchObject({ health: "amber", openItems: 0 });
    expect(pia?.reasons).toEqual(["no 1:1 cadence set", "not recognised in 40 days"]);
    expect(raj).toMatchObject({ openItems: 1, overdueItems: 1, lastTouch: { kind: "RECOGNITION", days: 3 } });
    expect(raj?.reasons).toEqual(["no 1:1 cadence set", "1 action item overdue"]);
    expect(raj?.levels.map((l) => [l.name, l.rating, l.stale])).toEqual([[expect.any(String), 3, false]]);
    expect(thisWeek.notRecognised.map((p) => p.name)).toEqual(["Pia Peer"]);
    expect(JSON.stringify(lines)).not.toContain(CANARY);
  });

  it("turns red past three cadence intervals and suggests weekly 1:1s for a new starter; Apply changes the cadence", async () => {
    const w = await world();
    await createCadence(t.db, {
      organizationId: w.org.id,
      managerId: w.manager.id,
      reportId: w.report.id,
      spec: { frequency: "WEEKLY", intervalWeeks: 2, weekday: "TU" },
    });
    await t.db.membership.update({ where: { id: w.report.id }, data: { startDate: daysAgo(30) } });
    // Raj's last held 1:1 was 11 days ago: under 1.5 × 14 days, so no 1:1 reason.
    let raj = (await w.as(w.manager).lines({ org: "acme" })).lines.find((l) => l.id === w.report.id);
    expect(raj?.reasons.some((r) => r.startsWith("no 1:1"))).toBe(false);
    expect(raj?.advice).toMatchObject({ summary: "Weekly", spec: { frequency: "WEEKLY", intervalWeeks: 1 } });
    await w.as(w.manager).applyAdvice({ org: "acme", reportId: w.report.id });
    const cadence = await t.db.cadence.findFirstOrThrow({ where: { reportId: w.report.id, status: "ACTIVE" } });
    expect(cadence.rrule).toBe("FREQ=WEEKLY;BYDAY=TU");
    raj = (await w.as(w.manager).lines({ org: "acme" })).lines.find((l) => l.id === w.report.id);
    expect(raj?.advice).toBeNull();
    expect(raj?.cadence?.summary).toBe("Weekly");
    // Nothing to apply now: a 400, and the cadence is unchanged.
    await expectCode(w.as(w.manager).applyAdvice({ org: "acme", reportId: w.report.id }), "BAD_REQUEST");
    // Someone else's report: not found.
    await expectCode(w.as(w.boss).applyAdvice({ org: "acme", reportId: w.report.id }), "NOT_FOUND");
    // Delete the recent held 1:1s: 40 days since the last, more than 3 × 7 days: red.
    await t.db.meeting.deleteMany({ where: { reportId: w.report.id, startsAt: { gt: daysAgo(30) }, status: "HELD" } });
    raj = (await w.as(w.manager).lines({ org: "acme" })).lines.find((l) => l.id === w.report.id);
    expect(raj?.health).toBe("red");
    expect(raj?.reasons[0]).toBe("no 1:1 in 40 days");
  });

  it("scopes: the subtree for a manager of managers, the org only for HR, numbers only, never another org", async () => {
    const w = await world();
    const boss = await w.as(w.boss).overview({ org: "acme", scope: "subtree", days: 30 });
    expect(boss.people).toBe(3); // Mia, Raj, Pia
    const direct = await w.as(w.boss).overview({ org: "acme", days: 30 });
    expect(direct.people).toBe(1);
    await expectCode(w.as(w.manager).overview({ org: "acme", scope: "org" }), "FORBIDDEN");
    await expectCode(w.as(w.manager).rollup({ org: "acme", scope: "org" }), "FORBIDDEN");
    const hr = await w.as(w.admin).overview({ org: "acme", scope: "org", days: 30 });
    expect(hr).toMatchObject({ mode: "hr", people: 5 });
    // Unasked, an HR admin with no reports gets the organization.
    expect(await w.as(w.admin).overview({ org: "acme", days: 30 })).toMatchObject({
      mode: "hr",
      scope: "org",
      people: 5,
    });
    const byManager = await w.as(w.admin).rollup({ org: "acme", scope: "org", by: "manager" });
    const mia = byManager.lines.find((l) => l.id === w.manager.id);
    // 90 days for Mia's pairs: Raj 25, 18, 11, 4 (skipped), 40, 50 days + the review 1:1s at 61 and
    // 62 days = 8 scheduled, 6 held; Pia 20, 6 + 63 = 3 scheduled, 2 held.
    expect(mia).toMatchObject({ people: 2, scheduled: 11, held: 8, covered: 1, coverage: 0.5 });
    expect(JSON.stringify([hr, byManager])).not.toContain(CANARY);
    // The employee has no dashboard numbers of their own: an empty scope.
    const raj = await w.as(w.report).overview({ org: "acme" });
    expect(raj).toMatchObject({ mode: "member", people: 0, scopes: [] });
    // Another org's team is not found; another org's member sees nothing of this one.
    const other = await createOrg(t.db, { slug: "other" });
    const stranger = await createPerson(t.db, { organizationId: other.id, name: "Olga Outsider", role: "ADMIN" });
    await expectCode(w.as(w.manager).overview({ org: "acme", teamId: "nope" }), "NOT_FOUND");
    await expectCode(callerFor(t.db, stranger.userId).dashboard.overview({ org: "acme" }), "NOT_FOUND");
    const theirs = await callerFor(t.db, stranger.userId).dashboard.overview({ org: "other", scope: "org" });
    expect(theirs.people).toBe(1);
  });

  it("offers the team filter the teams of the scope's people, every team only to HR", async () => {
    const w = await world();
    const team = (name: string) => createTeam(t.db, { organizationId: w.org.id, name });
    const [leads, platform, peopleOps, ghost] = await Promise.all([
      team("Leads"),
      team("Platform"),
      team("People Ops"),
      team("Ghost"),
    ]);
    const put = (m: { id: string }, teamId: string) =>
      t.db.membership.update({ where: { id: m.id }, data: { teamId } });
    await Promise.all([
      put(w.manager, leads.id),
      put(w.report, platform.id),
      put(w.peer, platform.id),
      put(w.admin, peopleOps.id),
    ]);
    const other = await createOrg(t.db, { slug: "other" });
    await createTeam(t.db, { organizationId: other.id, name: "Theirs" });
    const names = (teams: { name: string }[]) => teams.map((x) => x.name);
    // The boss's direct report is Mia (Leads); below her, Raj and Pia (Platform).
    expect(names(await w.as(w.boss).teams({ org: "acme" }))).toEqual(["Leads"]);
    expect(names(await w.as(w.boss).teams({ org: "acme", scope: "subtree" }))).toEqual(["Leads", "Platform"]);
    expect(await w.as(w.manager).teams({ org: "acme" })).toEqual([{ id: platform.id, name: "Platform" }]);
    // HR: every team of the org, even one nobody is in; never another org's.
    expect(names(await w.as(w.admin).teams({ org: "acme", scope: "org" }))).toEqual([
      ghost.name,
      "Leads",
      "People Ops",
      "Platform",
    ]);
    await expectCode(w.as(w.manager).teams({ org: "acme", scope: "org" }), "FORBIDDEN");
    await expectCode(w.as(w.manager).teams({ org: "acme", scope: "everyone" as never }), "BAD_REQUEST");
  });

  it("gives HR the whole org from the rollup, equal to the live numbers as of its refresh, and live again when stale", async () => {
    const w = await world();
    // A member who left after thanking Raj: their pair still counts (on Raj, the active side).
    const gone = await createPerson(t.db, { organizationId: w.org.id, name: "Gus Gone" });
    const r = await t.db.recognition.create({
      data: { organizationId: w.org.id, giverId: gone.id, message: "thanks", createdAt: daysAgo(8) },
    });
    await t.db.recognitionRecipient.create({
      data: {
        organizationId: w.org.id,
        recognitionId: r.id,
        recipientId: w.report.id,
        giverId: gone.id,
        visibility: "PUBLIC",
        createdAt: daysAgo(8),
      },
    });
    await t.db.membership.update({ where: { id: gone.id }, data: { status: "DEACTIVATED" } });
    // Another org's numbers never mix in.
    const other = await createOrg(t.db, { slug: "other" });
    const olga = await createPerson(t.db, { organizationId: other.id, name: "Olga Outsider", role: "ADMIN" });
    const hr = w.as(w.admin);
    const numbers = (o: Awaited<ReturnType<typeof hr.overview>>) => {
      const { asOf: _, ...rest } = o;
      return rest;
    };
    for (const days of [30, 90] as const) {
      const live = await hr.overview({ org: "acme", days });
      expect(live.asOf).toBeNull();
      const asOf = await refreshDashboardRollup(t.db);
      const rolled = await hr.overview({ org: "acme", days });
      expect(rolled.asOf).toEqual(asOf);
      // Cards, weekly and quarterly series and spans: the same as computed live a moment before.
      expect(numbers(rolled)).toEqual(numbers(live));
      expect(rolled.kpis.find((k) => k.key === "oneWay")?.detail).toMatch(/^\d+ recognition pairs/);
      // Stale (no worker for over 30 minutes): live again.
      await t.db.rollupRefresh.update({
        where: { name: DASHBOARD_ROLLUP },
        data: { refreshedAt: new Date(Date.now() - 31 * 60_000) },
      });
      expect((await hr.overview({ org: "acme", days })).asOf).toBeNull();
    }
    // The 30-day one-way pairs include Gus→Raj (Gus left; Raj never thanked him back): 2 of 3.
    await refreshDashboardRollup(t.db);
    expect(kpi(await hr.overview({ org: "acme", days: 30 }), "oneWay")[0]).toBe(2 / 3);
    const theirs = await callerFor(t.db, olga.userId).dashboard.overview({ org: "other" });
    expect(theirs).toMatchObject({ scope: "org", people: 1, asOf: expect.any(Date) });
    expect(theirs.kpis.find((k) => k.key === "adherence")?.value).toBeNull();
  });
});
