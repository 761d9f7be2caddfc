// A scale data set for npm run bench: the demo orgs have ~40 people, too few for the team heatmap
// (a manager's whole subtree × competencies, coverage over all of it) to show how it grows. So the
// bench database also gets a separate organization, "bench-scale": one top manager (the caller)
// with exactly 500 people below them in 3 levels, 100 more under another top (outside the subtree,
// so the scope filter does real work), the starter framework org-wide, and two years of quarterly
// shared manager reviews for everyone. A few INSERT … SELECT generate_series statements (seconds,
// where row-by-row inserts would take minutes), deterministic, ids prefixed "bench-" so they never
// collide with the demo's cuids. No transaction: the database is fresh and dropped after the run.
import type pg from "pg";
import type { Db } from "../../server/db";
import { refreshAllLevels } from "../../server/modules/competencies/levels";
import { DEFAULT_SCALE } from "../../server/modules/competencies/starter";
import { installStarterFramework } from "../../server/test/factories";

export const SCALE_ORG = "bench-scale";

/*
 * Membership n (id "bench-m-<n>", user "bench-u-<n>"), the manager tree:
 *   0          the caller, top of the subtree (MANAGER, no team)
 *   1..5       5 managers under 0, one team each ("Team 1".."Team 5")
 *   6..50      45 managers, 9 under each of 1..5, in their manager's team
 *   51..500    450 employees, 10 under each of 6..50, in their manager's team
 *   501        the other top (MANAGER), "Team 6" like everyone under them
 *   502..511   10 managers under 501
 *   512..601   90 employees, 9 under each of 502..511
 */
const LAST = 601;
export const SUBTREE_SIZE = 500;
const MANAGER_OF = `CASE WHEN n IN (0, 501) THEN NULL
  WHEN n <= 5 THEN 0 WHEN n <= 50 THEN 1 + (n - 6) / 9 WHEN n <= 500 THEN 6 + (n - 51) / 10
  WHEN n <= 511 THEN 501 ELSE 502 + (n - 512) / 9 END`;
const TEAM_OF = `CASE WHEN n = 0 THEN NULL
  WHEN n <= 5 THEN n WHEN n <= 50 THEN 1 + (n - 6) / 9 WHEN n <= 500 THEN 1 + (n - 51) / 90 ELSE 6 END`;
const IS_MANAGER = "(n <= 50 OR n >= 501 AND n <= 511)";

// 24 first names × 23 last names repeat after 552 people, so a few names are shared: the heatmap's
// (name, id) keyset order is exercised on ties. Constants, inlined as SQL array literals.
const FIRST =
  "Ada Ben Chloe Dev Elif Farid Grace Hugo Ines Jonas Kemi Liam Maya Nils Omar Priya Quinn Rosa Sven Tara Uma Victor Wen Yusuf";
const SURNAMES =
  "Abe Brandt Costa Diaz Eriksen Fischer Garcia Haddad Ito Jensen Kowalski Lopez Moreau Nakamura Okafor Petrov Quist Rossi Singh Tanaka Ueda Varga Weber";
const sqlArray = (words: string) => `ARRAY['${words.split(" ").join("','")}']`;
const NAME_OF = `(${sqlArray(FIRST)})[1 + n % 24] || ' ' || (${sqlArray(SURNAMES)})[1 + (n * 7) % 23]`;

/*
 * The reviews: for every person with a manager (600), every competency i (8) and quarter k = 1..8
 * back from now, one shared manager review in its own held 1:1 (a review needs a Meeting of the
 * org; one each stays within the panel's three picks per 1:1). Pseudo-random but deterministic
 * (HASH, prime multipliers mod a prime), so coverage differs per competency: 6% to 20% of people
 * never reviewed on i, else 6 to 8 reviews, the latest 0 to 100 + 10i days old (so 20% to 50%
 * stale past 90 days), ratings 1..4 with a level per competency, the oldest quarters one lower.
 * Every date is now - d days - 12 h: no level lies within hours of the 90-day line, so the
 * procedure and its floor, timed a moment apart, agree on what is fresh.
 * $1 org, $2 competency ids, $3 their version ids (same order), $4 now.
 */
const HASH = (k: string) => `(p.n * 7919 + c.i::int * 104729 + ${k} * 15485863) % 10007`;
const PLAN = `
  SELECT p.n, p.id AS "reportId", p."managerId", c.i, c.id AS "competencyId", c.vid AS "versionId", k,
         GREATEST(1, 1 + LEAST(3, (${HASH("k")} % 4 + c.i::int % 4) / 2) - k / 6) AS rating,
         $4::timestamptz
           - make_interval(days => (k - 1) * 91 + ${HASH("0")} % (100 + 10 * c.i::int), hours => 12) AS at
    FROM (SELECT substr(id, 9)::int AS n, id, "managerId" FROM "Membership"
           WHERE "organizationId" = $1 AND "managerId" IS NOT NULL) p
   CROSS JOIN unnest($2::text[], $3::text[]) WITH ORDINALITY AS c(id, vid, i)
   CROSS JOIN generate_series(1, 8) AS k
   WHERE ${HASH("0")} % 100 >= 4 + 2 * c.i::int AND k <= 8 - (p.n + c.i::int) % 3`;

export type ScaleOrg = { slug: string; callerUserId: string; people: number; reviews: number; ms: number };

const described = { slug: SCALE_ORG, callerUserId: "bench-u-0", people: LAST + 1 };

/** Loads the scale org (unless a kept bench database has it already: BENCH_DATABASE_URL), then VACUUM ANALYZE; returns who to call the heatmap as and what was loaded. */
export async function loadScaleOrg(db: Db, pool: pg.Pool, now = new Date()): Promise<ScaleOrg> {
  const started = performance.now();
  const orgId = `${SCALE_ORG}-org`;
  const loaded = await pool.query(`SELECT count(*)::int AS n FROM "CompetencyReview" WHERE "organizationId" = $1`, [
    orgId,
  ]);
  if (loaded.rows[0].n > 0) return { ...described, reviews: loaded.rows[0].n, ms: 0 };
  await pool.query(`INSERT INTO "Organization" (id, name, slug, "updatedAt") VALUES ($1, 'Bench Scale', $2, now())`, [
    orgId,
    SCALE_ORG,
  ]);
  await pool.query(
    `INSERT INTO "Team" (id, "organizationId", name) SELECT 'bench-t-' || t, $1, 'Team ' || t FROM generate_series(1, 6) t`,
    [orgId],
  );
  await pool.query(
    `INSERT INTO "User" (id, name, email)
     SELECT 'bench-u-' || n, ${NAME_OF}, 'bench-' || n || '@bench-scale.example' FROM generate_series(0, $1::int) n`,
    [LAST],
  );
  // One statement: the self-referencing manager key is checked at its end, so row order does not matter.
  await pool.query(
    `INSERT INTO "Membership" (id, "organizationId", "userId", role, name, title, "managerId", "teamId", "updatedAt")
     SELECT 'bench-m-' || n, $1, 'bench-u-' || n, (CASE WHEN ${IS_MANAGER} THEN 'MANAGER' ELSE 'EMPLOYEE' END)::"Role",
            ${NAME_OF}, CASE WHEN ${IS_MANAGER} THEN 'Engineering manager' ELSE 'Engineer' END,
            'bench-m-' || (${MANAGER_OF}), 'bench-t-' || (${TEAM_OF}), now()
       FROM generate_series(0, $2::int) n`,
    [orgId, LAST],
  );
  // Statistics before the bulk inserts that reference these rows: planned on an empty table, each
  // row's foreign-key check would scan it (seconds more for the 30k meetings and reviews).
  await pool.query(`ANALYZE "Membership"`);
  // The starter framework the way the seed installs it (Prisma, three inserts); its ids feed the plan.
  const framework = await installStarterFramework(db, { organizationId: orgId });
  const plan = [orgId, framework.competencies.map((c) => c.id), framework.competencies.map((c) => c.versionId), now];
  await pool.query(
    `INSERT INTO "Meeting" (id, "organizationId", "managerId", "reportId", "startsAt", "timeZone", status, "heldAt",
                            "createdAt", "updatedAt")
     SELECT 'bench-mt-' || n || '-' || i || '-' || k, $1, "managerId", "reportId", at, 'UTC', 'HELD', at, at, at
       FROM (${PLAN}) plan`,
    plan,
  );
  await pool.query(`ANALYZE "Meeting"`);
  const { rowCount } = await pool.query(
    `INSERT INTO "CompetencyReview" (id, "organizationId", "meetingId", "managerId", "reportId", "competencyId",
                                     "competencyVersionId", kind, "authorId", status, rating, "ratingLabel", observed,
                                     evidence, version, "sharedAt", "createdAt", "updatedAt")
     SELECT 'bench-cr-' || n || '-' || i || '-' || k, $1, 'bench-mt-' || n || '-' || i || '-' || k, "managerId",
            "reportId", "competencyId", "versionId", 'MANAGER', "managerId", 'SHARED', rating, ($5::text[])[rating],
            '{}', 'Quarterly review ' || k || ': seen in the team retro and two design reviews.', 1, at, at, at
       FROM (${PLAN}) plan`,
    [...plan, DEFAULT_SCALE.map((l) => l.label)],
  );
  // Each person's current levels, derived the way the app keeps them (one row per person and competency).
  await refreshAllLevels(db, orgId);
  // Statistics and visibility maps for the new rows, as a live database has them (autovacuum would
  // otherwise vacuum these 30k-row inserts mid-run, and an index-only scan needs the visibility map).
  await pool.query(
    `VACUUM (ANALYZE) "User", "Team", "Membership", "Meeting", "Framework", "Competency", "CompetencyVersion", "CompetencyReview", "CompetencyLevel"`,
  );
  return { ...described, reviews: rowCount ?? 0, ms: performance.now() - started };
}
