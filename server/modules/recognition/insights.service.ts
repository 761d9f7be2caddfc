// Recognition insights (the recognition page's insights, and later the dashboard): given and
// received per person, participation, one-way pairs (A thanks B, B never thanks A in the period),
// and who has not been recognised lately. Counts only, never messages, so HR admins see the org;
// managers see their subtree. No leaderboard: people are listed by name.
import "server-only";
import { DateTime } from "luxon";
import { Prisma } from "../../generated/prisma/client";
import type { OrgCtx } from "../../lib/context";
import { forbidden } from "../../lib/errors";
import { can } from "../../policy";
import { viewerOf } from "../access/access.service";
import type { TInsightsInput } from "./recognition.schema";

const DAY = 86_400_000;

type Pair = {
  giverId: string;
  giverName: string;
  recipientId: string;
  recipientName: string;
  count: number;
  back: boolean;
};

/** Every week of the period, oldest first, with zeros where nothing happened (ready for a chart). */
function weeklySeries(rows: { week: string; given: number; received: number }[], since: Date, now: Date, zone: string) {
  const byWeek = new Map(rows.map((r) => [r.week, r]));
  const out: { week: string; given: number; received: number }[] = [];
  const end = DateTime.fromJSDate(now).setZone(zone).startOf("week");
  for (let w = DateTime.fromJSDate(since).setZone(zone).startOf("week"); w <= end; w = w.plus({ weeks: 1 })) {
    const week = w.toISODate() ?? "";
    out.push({ week, given: byWeek.get(week)?.given ?? 0, received: byWeek.get(week)?.received ?? 0 });
  }
  return out;
}

export async function insights(ctx: OrgCtx, input: TInsightsInput, now = new Date()) {
  const viewer = await viewerOf(ctx);
  const all = can(viewer, "org.viewAggregates", {});
  if (!all && viewer.below.size === 0)
    throw forbidden("Recognition insights cover the people who report to you, and no one does yet");
  const ids = [...viewer.below];
  const since = new Date(now.getTime() - input.days * DAY);
  const staleSince = new Date(now.getTime() - input.staleDays * DAY);
  const org = ctx.org.id;
  // The people in scope: the org for HR, else the subtree by id (a plain predicate the planner can
  // index, not an OR with a flag).
  const scope = Prisma.sql`scope AS (
    SELECT m.id, m.name FROM "Membership" m
     WHERE m."organizationId" = ${org} AND m.status = 'ACTIVE' ${all ? Prisma.empty : Prisma.sql`AND m.id = ANY(${ids}::text[])`})`;
  // The period's recognition rows with an end in scope, walked from the scope's people on the
  // (organization, giver | recipient, date) indexes, each row once: a manager's twelve reach a few
  // hundred rows, not the org's whole quarter (6.3 s at 50,000 people when it was scanned).
  const touching = Prisma.sql`touching AS (
    SELECT x."recognitionId", x."giverId", x."recipientId", x."createdAt", true AS "giverIn",
           x."recipientId" IN (SELECT id FROM scope) AS "recipientIn"
      FROM scope s JOIN "RecognitionRecipient" x
        ON x."organizationId" = ${org} AND x."giverId" = s.id AND x."deletedAt" IS NULL AND x."createdAt" >= ${since}
    UNION ALL
    SELECT x."recognitionId", x."giverId", x."recipientId", x."createdAt", false, true
      FROM scope s JOIN "RecognitionRecipient" x
        ON x."organizationId" = ${org} AND x."recipientId" = s.id AND x."deletedAt" IS NULL AND x."createdAt" >= ${since}
     WHERE x."giverId" NOT IN (SELECT id FROM scope))`;
  const [people, pairs, weeks] = await Promise.all([
    ctx.db.$queryRaw<{ id: string; name: string; given: number; received: number; lastReceivedAt: Date | null }[]>`
      WITH ${scope}
      SELECT s.id, s.name,
             (SELECT count(DISTINCT g."recognitionId") FROM "RecognitionRecipient" g
               WHERE g."organizationId" = ${org} AND g."giverId" = s.id AND g."deletedAt" IS NULL
                 AND g."createdAt" >= ${since})::int AS given,
             (SELECT count(*) FROM "RecognitionRecipient" r
               WHERE r."organizationId" = ${org} AND r."recipientId" = s.id AND r."deletedAt" IS NULL
                 AND r."createdAt" >= ${since})::int AS received,
             (SELECT max(r."createdAt") FROM "RecognitionRecipient" r
               WHERE r."organizationId" = ${org} AND r."recipientId" = s.id AND r."deletedAt" IS NULL
             ) AS "lastReceivedAt"
        FROM scope s
       ORDER BY s.name, s.id`,
    // Directed pairs in the period with at least one end in scope, and whether the other way exists
    // (one probe each); with both names (the other end may be outside scope or gone), so the page
    // needs no directory.
    ctx.db.$queryRaw<Pair[]>`
      WITH ${scope}, ${touching}, pairs AS (
        SELECT "giverId", "recipientId", count(*)::int AS count FROM touching GROUP BY "giverId", "recipientId"
      )
      SELECT p."giverId", g.name AS "giverName", p."recipientId", r.name AS "recipientName", p.count,
             EXISTS (SELECT 1 FROM "RecognitionRecipient" b
                      WHERE b."organizationId" = ${org} AND b."giverId" = p."recipientId" AND b."recipientId" = p."giverId"
                        AND b."deletedAt" IS NULL AND b."createdAt" >= ${since}) AS back
        FROM pairs p
        JOIN "Membership" g ON g."organizationId" = ${org} AND g.id = p."giverId"
        JOIN "Membership" r ON r."organizationId" = ${org} AND r.id = p."recipientId"
       ORDER BY p."giverId", p."recipientId"`,
    // Weeks (Monday, in the viewer's zone) of recognition given and received by the people in scope.
    ctx.db.$queryRaw<{ week: string; given: number; received: number }[]>`
      WITH ${scope}, ${touching}
      SELECT to_char(date_trunc('week', t."createdAt" AT TIME ZONE ${ctx.me.timeZone}), 'YYYY-MM-DD') AS week,
             count(DISTINCT t."recognitionId") FILTER (WHERE t."giverIn")::int AS given,
             count(*) FILTER (WHERE t."recipientIn")::int AS received
        FROM touching t
       GROUP BY 1`,
  ]);
  const active = people.filter((p) => p.given > 0 || p.received > 0).length;
  const oneWay = pairs.filter((p) => !p.back);
  // Unordered pairs: a two-way pair appears twice among the directed ones.
  const unordered = oneWay.length + (pairs.length - oneWay.length) / 2;
  return {
    people,
    participation: people.length ? active / people.length : 0,
    oneWayPairs: oneWay.map((p) => ({
      giver: { id: p.giverId, name: p.giverName },
      recipient: { id: p.recipientId, name: p.recipientName },
      count: p.count,
    })),
    oneWayShare: unordered ? oneWay.length / unordered : 0,
    weekly: weeklySeries(weeks, since, now, ctx.me.timeZone),
    notRecognised: people
      .filter((p) => !p.lastReceivedAt || p.lastReceivedAt < staleSince)
      .map(({ id, name, lastReceivedAt }) => ({ id, name, lastReceivedAt })),
  };
}
