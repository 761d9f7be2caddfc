// Levels: what a person has been rated, over time. A level is a manager's review once it is shared
// with the report, dated by when it was shared (a draft is not a level). The person view shows
// levels, trends and (to those who may read 1:1 content of the pair) the evidence behind them; the
// team heatmap (heatmap.service.ts) shows levels and coverage only. Scoped by organizationId.
import "server-only";
import { DateTime } from "luxon";
import type { OrgCtx } from "../../lib/context";
import { notFound } from "../../lib/errors";
import { can } from "../../policy";
import { authorize } from "../access/access.service";
import type { TScale } from "./competencies.schema";
import { frameworkIdFor, frameworkWithCurrent } from "./frameworks.service";

/** A level older than this is stale: marked in the heatmap and the person view. */
export const STALE_DAYS = 90;
/** The radar compares now with this many months ago. */
export const RADAR_MONTHS = 3;

export const staleBefore = (now: Date) => new Date(now.getTime() - STALE_DAYS * 86_400_000);

type Level = { rating: number; label: string; at: Date };

/**
 * One person's competencies: the latest level of each with its date, the level three months ago
 * (radar), every shared level over time (line charts), and the evidence timeline when the viewer
 * may read the pair's 1:1 content (rating.view); for anyone else (an HR admin) it is left out.
 */
export async function personLevels(ctx: OrgCtx, personId: string, now = new Date()) {
  const viewer = await authorize(ctx, "rating.viewLevels", { personId }, [personId], {
    as: "NOT_FOUND",
    message: "Person not found",
  });
  const person = await ctx.db.membership.findFirst({
    where: { id: personId, organizationId: ctx.org.id },
    select: { id: true, name: true, status: true, timeZone: true },
  });
  if (!person || (person.status !== "ACTIVE" && !can(viewer, "person.viewDeactivated", {})))
    throw notFound("Person not found");
  const frameworkId = await frameworkIdFor(ctx, personId);
  const [framework, reviews] = await Promise.all([
    frameworkId ? frameworkWithCurrent(ctx, frameworkId) : null,
    ctx.db.competencyReview.findMany({
      where: { organizationId: ctx.org.id, reportId: personId, status: "SHARED", sharedAt: { not: null } },
      orderBy: [{ sharedAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        kind: true,
        managerId: true,
        reportId: true,
        meetingId: true,
        competencyId: true,
        competencyVersionId: true,
        rating: true,
        ratingLabel: true,
        observed: true,
        evidence: true,
        sharedAt: true,
        competencyVersion: { select: { name: true, category: true, behaviours: true, version: true } },
      },
    }),
  ]);
  const currentVersion = new Map(
    (framework?.competencies ?? []).flatMap((c) => (c.versions[0] ? [[c.id, c.versions[0].id]] : [])),
  );
  const levels = reviews.filter((r) => r.kind === "MANAGER" && r.rating !== null && r.sharedAt);
  const pointsOf = (competencyId: string) =>
    levels
      .filter((r) => r.competencyId === competencyId)
      .map((r) => ({ at: r.sharedAt as Date, rating: r.rating as number, label: r.ratingLabel ?? "" }));
  const asOf = (points: Level[], at: Date) => points.filter((p) => p.at <= at).at(-1) ?? null;
  const then = DateTime.fromJSDate(now).minus({ months: RADAR_MONTHS }).toJSDate();
  const stale = staleBefore(now);
  const row = (id: string, name: string, category: string, inFramework: boolean) => {
    const points = pointsOf(id);
    const latest = points.at(-1) ?? null;
    return {
      id,
      name,
      category,
      inFramework,
      latest: latest ? { ...latest, stale: latest.at < stale } : null,
      before: asOf(points, then),
      points,
    };
  };
  const inFramework = (framework?.competencies ?? []).flatMap((c) =>
    c.versions[0] ? [row(c.id, c.versions[0].name, c.versions[0].category, true)] : [],
  );
  // Rated on a competency that is no longer in their framework (archived, another team's framework):
  // still their history, listed after the current ones under the name of their latest rating.
  const earlier = Array.from(new Map(levels.map((r) => [r.competencyId, r])).values())
    .filter((r) => !currentVersion.has(r.competencyId))
    .map((r) => row(r.competencyId, r.competencyVersion.name, r.competencyVersion.category, false));
  const timeline = reviews
    .filter((r) => can(viewer, "rating.view", { managerId: r.managerId, reportId: r.reportId }))
    .reverse()
    .map((r) => ({
      id: r.id,
      at: r.sharedAt as Date,
      kind: r.kind,
      competencyId: r.competencyId,
      // What the person was rated on: the texts of the version the review was made against.
      name: r.competencyVersion.name,
      version: r.competencyVersion.version,
      changed: currentVersion.has(r.competencyId) && currentVersion.get(r.competencyId) !== r.competencyVersionId,
      rating: r.rating,
      ratingLabel: r.ratingLabel,
      observed: r.observed.flatMap((i) => r.competencyVersion.behaviours[i] ?? []),
      evidence: r.evidence,
      meetingId: r.meetingId,
    }));
  return {
    person: { id: person.id, name: person.name, timeZone: person.timeZone },
    framework: framework ? { id: framework.id, name: framework.name, scale: framework.scale as TScale } : null,
    radarFrom: then,
    competencies: [...inFramework, ...earlier],
    // Null when the viewer may see levels but not evidence (an HR admin outside the pair).
    timeline: reviews.length > 0 && timeline.length === 0 ? null : timeline,
  };
}
