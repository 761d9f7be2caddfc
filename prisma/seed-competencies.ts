// Demo competency reviews for Northwind: six months of shared manager ratings on the starter
// framework for four of Marcus Chen's reports, with visible trends (Priya Patel climbs from "Not
// yet" to "Role model" on Active listening; Arjun Mehta from "Developing" to "Consistent" on
// Trust). Deterministic: ratings follow fixed paths, spread evenly over each pair's held 1:1s
// (a pair with too few is skipped). Everyone else with a manager gets a lighter baseline (three
// competencies, one or two ratings each, some older than 90 days) so the team heatmap has texture.
// Reads the meetings the 1:1 seed wrote; one insert.
import type { Prisma } from "../server/generated/prisma/client";
import { refreshAllLevels } from "../server/modules/competencies/levels";
import type { FactoryDb, InstalledFramework } from "../server/test/factories";

type Path = { report: string; competency: string; ratings: number[]; evidence: string[] };

/** Rating paths, oldest first; each reuses the pair's held 1:1s spread over the six months. */
const PATHS: Path[] = [
  {
    report: "Priya Patel",
    competency: "Active listening",
    ratings: [1, 2, 2, 3, 3, 4],
    evidence: [
      "Jumped to solutions in the on-call review before hearing the whole problem.",
      "Asked two clarifying questions before proposing the retry change.",
      "Summarised the incident call's decisions, but not who owns them.",
      "Sent the migration plan's next steps with owners the same afternoon.",
      "Reflected Ben's concern back before answering it; the thread calmed down.",
      "Ran the design review: summarised every decision and owner at the end, unprompted.",
    ],
  },
  {
    report: "Priya Patel",
    competency: "Feedback & follow-through",
    ratings: [2, 3, 3],
    evidence: [
      "Two action items slipped a week without a heads-up.",
      "Closed every item from the last three 1:1s on time.",
      "Flagged the API delay early, with a new date.",
    ],
  },
  {
    report: "Arjun Mehta",
    competency: "Trust",
    ratings: [2, 2, 3, 3],
    evidence: [
      "Took credit for the cache fix in the demo; Chloe did most of it.",
      "Kept the reorg news to himself as asked.",
      "Thanked Chloe by name in the release notes.",
      "Shared the postmortem's blame-free summary with the team.",
    ],
  },
  {
    report: "Chloe Martin",
    competency: "Rapport",
    ratings: [1, 2, 3],
    evidence: [
      "Rarely speaks before the agenda starts.",
      "Started the standup asking about the hackathon.",
      "Set up the Friday coffee for the new joiners.",
    ],
  },
  {
    report: "Noah Williams",
    competency: "Emotional intelligence",
    ratings: [3, 3],
    evidence: [
      "Asked whether it was a good time before raising the budget cut.",
      "Adapted his tone with the upset customer.",
    ],
  },
];

export async function seedCompetencyReviews(db: FactoryDb, orgId: string, framework: InstalledFramework, now: Date) {
  const rows: Prisma.CompetencyReviewCreateManyInput[] = [];
  for (const path of PATHS) {
    const competency = framework.competencies.find((c) => c.name === path.competency);
    const report = await db.membership.findFirst({
      where: { organizationId: orgId, name: path.report },
      select: { id: true, managerId: true },
    });
    const manager = report?.managerId;
    if (!competency || !report || !manager) continue;
    const held = await db.meeting.findMany({
      where: { organizationId: orgId, reportId: report.id, managerId: manager, status: "HELD", startsAt: { lt: now } },
      orderBy: { startsAt: "asc" },
      select: { id: true, startsAt: true },
    });
    if (held.length < path.ratings.length) continue;
    // Evenly spread over the held 1:1s, the last one among the most recent.
    const step = (held.length - 1) / Math.max(1, path.ratings.length - 1);
    path.ratings.forEach((rating, i) => {
      const meeting = held[Math.round(i * step)];
      if (!meeting) return;
      rows.push(
        sharedRating({ orgId, manager, reportId: report.id, competency, meeting, rating }, path.evidence[i] ?? ""),
      );
    });
  }
  rows.push(...(await baseline(db, orgId, framework, now)));
  await db.competencyReview.createMany({ data: rows });
  await refreshAllLevels(db, orgId);
  return rows.length;
}

const LABELS = ["Not yet", "Developing", "Consistent", "Role model"];

/** A manager's rating shared in a held 1:1, with the behaviours below its level ticked. */
function sharedRating(
  r: {
    orgId: string;
    manager: string;
    reportId: string;
    competency: InstalledFramework["competencies"][number];
    meeting: { id: string; startsAt: Date };
    rating: number;
  },
  evidence: string,
): Prisma.CompetencyReviewCreateManyInput {
  return {
    organizationId: r.orgId,
    meetingId: r.meeting.id,
    managerId: r.manager,
    reportId: r.reportId,
    competencyId: r.competency.id,
    competencyVersionId: r.competency.versionId,
    kind: "MANAGER",
    authorId: r.manager,
    status: "SHARED",
    rating: r.rating,
    ratingLabel: LABELS[r.rating - 1] ?? null,
    observed: r.competency.behaviours.map((_, b) => b).filter((b) => b < r.rating - 1),
    evidence,
    version: 1,
    sharedAt: r.meeting.startsAt,
    createdAt: r.meeting.startsAt,
  };
}
const SCENES = [
  "in the sprint review",
  "with a new joiner",
  "on the customer call",
  "in planning",
  "during the incident",
];

/** A small stable number from a name, so the baseline is the same on every machine. */
const hashOf = (name: string) => Array.from(name).reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 9973, 7);

/**
 * The baseline: for everyone with a manager who has no rating path above, three competencies picked
 * by their name, each rated once or twice on their held 1:1s with that manager; a quarter of them
 * rated only once, early on (so stale by now), the rest once more among the latest 1:1s.
 */
async function baseline(db: FactoryDb, orgId: string, framework: InstalledFramework, now: Date) {
  const onPath = new Set(PATHS.map((p) => p.report));
  const people = await db.membership.findMany({
    where: { organizationId: orgId, status: "ACTIVE", managerId: { not: null } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, managerId: true },
  });
  const meetings = await db.meeting.findMany({
    where: { organizationId: orgId, status: "HELD", startsAt: { lt: now } },
    orderBy: { startsAt: "asc" },
    select: { id: true, startsAt: true, managerId: true, reportId: true },
  });
  const rows: Prisma.CompetencyReviewCreateManyInput[] = [];
  const n = framework.competencies.length;
  for (const person of people) {
    const manager = person.managerId;
    if (onPath.has(person.name) || !manager) continue;
    const held = meetings.filter((m) => m.reportId === person.id && m.managerId === manager);
    if (held.length < 3) continue;
    const k = hashOf(person.name);
    [k, k + 3, k + 5].forEach((pick, j) => {
      const competency = framework.competencies[pick % n];
      if (!competency) return;
      const base = 1 + ((k + j) % 3);
      const once = (k + j) % 4 === 0;
      const early = Math.floor(held.length / 3);
      const late = Math.max(early + 1, held.length - 1 - j);
      const at = once ? [held[0]] : [held[early], held[late]];
      at.forEach((meeting, i) => {
        if (!meeting) return;
        const rating = Math.min(4, base + i);
        const behaviour = competency.behaviours[(k + i) % competency.behaviours.length] ?? "";
        const evidence = `Seen ${SCENES[(k + j + i) % SCENES.length]}: ${behaviour.charAt(0).toLowerCase()}${behaviour.slice(1)}.`;
        rows.push(sharedRating({ orgId, manager, reportId: person.id, competency, meeting, rating }, evidence));
      });
    });
  }
  return rows;
}
