// The recognition feed: the org's public feed, or one person's given / received / all tab as far as
// the viewer may see it. One SQL statement per page, written by hand because it is the hottest read
// of the product (1M recognitions in a 50,000-person org): the page's rows come off an index in feed
// order (keyset: a row comparison on (createdAt, id), so a deep page starts at its cursor), and each
// item's giver, tag, recipients and reactions are built as JSON in the same statement (Prisma's
// relation joins cost twice the raw floor here: PERF-NOTES, npm run bench).
//
// Private recognition (recipients, their managers, the giver) is decided in the statement by walking
// UP from each private row's recipients to the viewer (a few primary-key probes, only for private
// rows), never by sending the viewer's subtree (a CEO's is the whole org) as parameters. The policy
// then checks every item again, with the facts loaded for just those rows.
import "server-only";
import { Prisma } from "../../generated/prisma/client";
import type { OrgCtx } from "../../lib/context";
import { keysetPage } from "../../lib/keyset";
import { can, type Viewer } from "../../policy";
import { viewerOf } from "../access/access.service";
import type { TFeedInput } from "./recognition.schema";

type Ref = { id: string; name: string };
type Row = {
  id: string;
  message: string;
  visibility: "PUBLIC" | "PRIVATE";
  createdAt: Date;
  editedAt: Date | null;
  giverId: string;
  behaviour: string | null;
  giver: Ref;
  competency: Ref | null;
  recipients: Ref[];
  reactions: { emoji: string; count: number; mine: boolean }[];
};

/** Minutes since it was given, for the edit window. */
export const ageMinutes = (createdAt: Date, now: Date) => (now.getTime() - createdAt.getTime()) / 60_000;

/** May the viewer see it: the policy, given its recipients. */
export const visibleTo = (
  viewer: Viewer,
  r: { visibility: "PUBLIC" | "PRIVATE"; giverId: string; recipientIds: readonly string[] },
) => can(viewer, "recognition.view", r);

/**
 * Newest first, keyset-paged by (createdAt, id). Without a person: the org's public recognition.
 * With one: what they gave, received, or both, that is public or that the viewer may see privately.
 */
export async function feed(ctx: OrgCtx, input: TFeedInput, now = new Date()) {
  const c = input.cursor;
  const rows = await ctx.db.$queryRaw<Row[]>`
    WITH page AS (${pageOf(ctx, input)})
    SELECT r.id, r.message, r.visibility::text AS visibility, r."createdAt", r."editedAt", r."giverId", r.behaviour,
           json_build_object('id', g.id, 'name', g.name) AS giver,
           CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name) END AS competency,
           (SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY p.name, p.id)
              FROM "RecognitionRecipient" x
              JOIN "Membership" p ON p."organizationId" = x."organizationId" AND p.id = x."recipientId"
             WHERE x."organizationId" = r."organizationId" AND x."recognitionId" = r.id) AS recipients,
           (SELECT COALESCE(json_agg(json_build_object('emoji', e.emoji, 'count', e.n, 'mine', e.mine)
                                     ORDER BY e.first, e.emoji), '[]')
              FROM (SELECT emoji, count(*)::int AS n, bool_or("memberId" = ${ctx.me.id}) AS mine, min("createdAt") AS first
                      FROM "RecognitionReaction"
                     WHERE "organizationId" = r."organizationId" AND "recognitionId" = r.id GROUP BY emoji) e) AS reactions
    FROM page r
    JOIN "Membership" g ON g."organizationId" = r."organizationId" AND g.id = r."giverId"
    LEFT JOIN "Competency" c ON c."organizationId" = r."organizationId" AND c.id = r."competencyId"
    ORDER BY r."createdAt" DESC, r.id DESC`;

  const { page: items, nextCursor } = keysetPage(rows, {
    limit: input.limit,
    hadCursor: !!c,
    cursorOf: (r) => ({ at: r.createdAt, id: r.id }),
  });
  // The policy's facts for exactly the private items' recipients (none for a public page).
  const privateRecipients = items
    .filter((r) => r.visibility === "PRIVATE")
    .flatMap((r) => r.recipients.map((x) => x.id));
  const viewer = await viewerOf(ctx, privateRecipients);
  return {
    items: items
      .filter((r) => visibleTo(viewer, { ...r, recipientIds: r.recipients.map((x) => x.id) }))
      .map((r) => ({
        id: r.id,
        message: r.message,
        visibility: r.visibility,
        createdAt: r.createdAt,
        editedAt: r.editedAt,
        giver: r.giver,
        recipients: r.recipients,
        competency: r.competency,
        behaviour: r.behaviour,
        reactions: r.reactions,
        canEdit: can(viewer, "recognition.edit", { giverId: r.giverId, ageMinutes: ageMinutes(r.createdAt, now) }),
        canDelete: can(viewer, "recognition.delete", { giverId: r.giverId }),
      })),
    nextCursor,
  };
}

/** The page's recognition rows (`limit + 1`, newest first, after the cursor), for the tab asked. */
function pageOf(ctx: OrgCtx, input: TFeedInput): Prisma.Sql {
  const org = ctx.org.id;
  const limit = input.limit + 1;
  const c = input.cursor;
  const before = (at: Prisma.Sql, id: Prisma.Sql) =>
    c ? Prisma.sql`AND (${at}, ${id}) < (${c.at}, ${c.id})` : Prisma.empty;
  const newest = Prisma.sql`ORDER BY r."createdAt" DESC, r.id DESC LIMIT ${limit}`;
  const live = Prisma.sql`r."organizationId" = ${org} AND r."deletedAt" IS NULL`;
  const filters = Prisma.sql`
    ${input.competencyId ? Prisma.sql`AND r."competencyId" = ${input.competencyId}` : Prisma.empty}
    ${
      input.teamId
        ? Prisma.sql`AND EXISTS (SELECT 1 FROM "RecognitionRecipient" t JOIN "Membership" tm
              ON tm."organizationId" = t."organizationId" AND tm.id = t."recipientId"
            WHERE t."organizationId" = ${org} AND t."recognitionId" = r.id AND tm."teamId" = ${input.teamId})`
        : Prisma.empty
    }`;
  const person = input.personId;
  if (!person)
    return Prisma.sql`
      SELECT r.* FROM "Recognition" r
      WHERE ${live} AND r.visibility = 'PUBLIC' ${filters} ${before(Prisma.sql`r."createdAt"`, Prisma.sql`r.id`)}
      ${newest}`;
  const given = Prisma.sql`
    SELECT r.* FROM "Recognition" r
    WHERE ${live} AND r."giverId" = ${person} AND ${mayView(ctx)} ${filters}
      ${before(Prisma.sql`r."createdAt"`, Prisma.sql`r.id`)}
    ${newest}`;
  if (input.tab === "given") return given;
  // Walked on the recipient rows (organization, recipient, date: copied there for this), not by
  // testing each of the org's recognitions for the person.
  const received = Prisma.sql`
    SELECT r.* FROM "RecognitionRecipient" rr
    JOIN "Recognition" r ON r."organizationId" = rr."organizationId" AND r.id = rr."recognitionId"
    WHERE rr."organizationId" = ${org} AND rr."recipientId" = ${person} AND rr."deletedAt" IS NULL
      AND r."deletedAt" IS NULL AND ${mayView(ctx)} ${filters}
      ${before(Prisma.sql`rr."createdAt"`, Prisma.sql`rr."recognitionId"`)}
    ORDER BY rr."createdAt" DESC, rr."recognitionId" DESC LIMIT ${limit}`;
  if (input.tab === "received") return received;
  // Both: each side's page, merged (nobody gives recognition to themself, so no row is in both).
  return Prisma.sql`SELECT r.* FROM ((${given}) UNION ALL (${received})) r ${newest}`;
}

/**
 * The SQL form of `recognition.view` for a row `r`: public, given by the viewer, or to the viewer or
 * someone below them (one walk up from the row's recipients, stopping at the viewer; run only for
 * private rows the viewer did not give).
 */
function mayView(ctx: OrgCtx) {
  const org = ctx.org.id;
  const me = ctx.me.id;
  return Prisma.sql`(r.visibility = 'PUBLIC' OR r."giverId" = ${me} OR EXISTS (
    WITH RECURSIVE up AS (
      SELECT v."recipientId" AS id, 0 AS depth FROM "RecognitionRecipient" v
       WHERE v."organizationId" = ${org} AND v."recognitionId" = r.id
      UNION ALL
      SELECT m."managerId", up.depth + 1 FROM up
      JOIN "Membership" m ON m."organizationId" = ${org} AND m.id = up.id
       WHERE up.id <> ${me} AND up.depth < 50 AND m."managerId" IS NOT NULL)
    SELECT 1 FROM up WHERE id = ${me}))`;
}
