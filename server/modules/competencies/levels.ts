// The one place that keeps CompetencyLevel (each person's current level per competency) in step
// with the reviews it derives from: the latest shared manager rating, by when it was shared. Called
// in the same transaction as whatever changed those reviews (a share, an edit of a shared review),
// and once per org by the seed and the benchmark's loader. Plain SQL over a db handle: no caller,
// no policy (callers have already checked theirs). No "server-only" marker: the seed, which runs
// outside Next (scripts/run.ts), imports it too.
import { Prisma } from "../../generated/prisma/client";
import type { DbHandle } from "../../lib/context";

const LATEST = Prisma.sql`
  r.kind = 'MANAGER' AND r.status = 'SHARED' AND r.rating IS NOT NULL AND r."sharedAt" IS NOT NULL`;

/** Recomputes the levels of these (person, competency) pairs: set to the latest shared rating, or removed. */
export async function refreshLevels(
  db: DbHandle,
  organizationId: string,
  keys: readonly { personId: string; competencyId: string }[],
) {
  if (keys.length === 0) return;
  const people = keys.map((k) => k.personId);
  const competencies = keys.map((k) => k.competencyId);
  await db.$executeRaw`
    WITH keys AS (SELECT DISTINCT p, c FROM unnest(${people}::text[], ${competencies}::text[]) AS k(p, c)),
    latest AS (
      SELECT DISTINCT ON (r."reportId", r."competencyId")
             r."reportId", r."competencyId", r.id, r.rating, COALESCE(r."ratingLabel", '') AS label, r."sharedAt"
        FROM "CompetencyReview" r JOIN keys ON keys.p = r."reportId" AND keys.c = r."competencyId"
       WHERE r."organizationId" = ${organizationId} AND ${LATEST}
       ORDER BY r."reportId", r."competencyId", r."sharedAt" DESC, r.id DESC
    ), gone AS (
      DELETE FROM "CompetencyLevel" l USING keys
       WHERE l."organizationId" = ${organizationId} AND l."personId" = keys.p AND l."competencyId" = keys.c
         AND NOT EXISTS (SELECT 1 FROM latest WHERE latest."reportId" = keys.p AND latest."competencyId" = keys.c)
    )
    INSERT INTO "CompetencyLevel" ("organizationId", "personId", "competencyId", "reviewId", rating, label, at)
    SELECT ${organizationId}, "reportId", "competencyId", id, rating, label, "sharedAt" FROM latest
    ON CONFLICT ("organizationId", "personId", "competencyId")
    DO UPDATE SET "reviewId" = EXCLUDED."reviewId", rating = EXCLUDED.rating, label = EXCLUDED.label, at = EXCLUDED.at`;
}

/** Recomputes every level of an organization (after a bulk load: the seed, the benchmark's data). */
export async function refreshAllLevels(db: DbHandle, organizationId: string) {
  await db.$executeRaw`DELETE FROM "CompetencyLevel" WHERE "organizationId" = ${organizationId}`;
  await db.$executeRaw`
    INSERT INTO "CompetencyLevel" ("organizationId", "personId", "competencyId", "reviewId", rating, label, at)
    SELECT DISTINCT ON (r."reportId", r."competencyId")
           ${organizationId}, r."reportId", r."competencyId", r.id, r.rating, COALESCE(r."ratingLabel", ''), r."sharedAt"
      FROM "CompetencyReview" r
     WHERE r."organizationId" = ${organizationId} AND ${LATEST}
     ORDER BY r."reportId", r."competencyId", r."sharedAt" DESC, r.id DESC`;
}
