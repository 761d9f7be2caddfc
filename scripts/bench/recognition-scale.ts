// Recognition and calendar at scale for npm run bench (issue 9): a separate organization,
// "bench-recognition", of 50,000 people with 1,000,000 recognitions over ~3 years, so the feed's
// keyset and the calendar month of a team of 40 are timed against a realistic table size rather
// than the demo's few dozen rows. Loaded like ./scale-org.ts: a handful of INSERT … SELECT
// generate_series statements (no transaction: the database is fresh and dropped after the run),
// deterministic pseudo-random choices from hashes of the row number, ids prefixed "bench-r-" so
// they never collide with the demo's cuids or the other scale org's "bench-" ids, ANALYZE between
// dependent inserts, VACUUM (ANALYZE) at the end. Everything is dated from one `now`.
import { DateTime } from "luxon";
import type pg from "pg";
import type { Db } from "../../server/db";
import { EMOJIS } from "../../server/modules/recognition/recognition.limits";
import { installStarterFramework } from "../../server/test/factories";

export const RECOGNITION_ORG = "bench-recognition";
const ORG_ID = "bench-r-org";
const PEOPLE = 50_000;
const RECOGNITIONS = 1_000_000;

/*
 * Membership n = 0..49,999 (id "bench-r-m-<n>", user "bench-r-u-<n>"), the manager tree:
 *   0              the CEO (MANAGER)
 *   1..10          10 VPs under 0
 *   11..110        100 directors, 10 under each VP
 *   111..4999      4,889 managers, round robin under the directors (~49 each)
 *   5000..5039     40 employees, all reporting to manager 111: the calendar case's team of 40
 *   5040..49999    44,960 employees, round robin under managers 112..4999 (9 or 10 each)
 * 5,000 MANAGERs in all; 49995..49999 are HR ADMINs (employees otherwise). Team "bench-r-t-<k>"
 * (k = 0..4999) is manager k's reports, and the CEO and VPs are team 0. So team 111 has exactly
 * 40 members, all direct reports of manager 111, who sits in their director's team (the calendar's
 * viewer is not in the team they look at: the team of 40 is the reports, with the manager above).
 */
const MANAGER_OF = `CASE WHEN n = 0 THEN NULL WHEN n <= 10 THEN 0 WHEN n <= 110 THEN 1 + (n - 11) / 10
  WHEN n <= 4999 THEN 11 + (n - 111) % 100 WHEN n <= 5039 THEN 111 ELSE 112 + (n - 5040) % 4888 END`;
const TEAM_OF = `CASE WHEN n = 0 THEN 0 ELSE ${MANAGER_OF} END`;
const TEAMS = 5000;
/** The calendar case's viewer: manager 111, with the team of 40 below them. */
const TEAM_MANAGER = 111;
const TEAM_FIRST = 5000;
const TEAM_SIZE = 40;
/** The feed cases' viewer: an ordinary employee. */
const EMPLOYEE = 20_000;
/** 20 well-liked people (2% of recognitions name one of them first): ~1,000 received each. */
const POPULAR_FIRST = 6000;
const POPULAR = 20;
const ZONES = ["UTC", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "Asia/Kolkata", "Asia/Tokyo"];
const VIEWER_ZONE = "Europe/Berlin";

/** 0 .. 2^31-1 from a row number and a salt (0..63): PostgreSQL's own int8 hash, stable across runs. */
const H = (x: string, salt: number) => `(hashint8((${x})::bigint * 64 + ${salt}) & 2147483647)`;
const words = (s: string) => `ARRAY['${s.split("|").join("','")}']`;

const FIRST = words(
  "Ada|Ben|Chloe|Dev|Elif|Farid|Grace|Hugo|Ines|Jonas|Kemi|Liam|Maya|Nils|Omar|Priya|Quinn|Rosa|Sven|Tara|Uma|Victor|Wen|Yusuf|Zoe|Anton|Bea|Carlos|Dana|Emil|Freya",
);
const SURNAMES = words(
  "Abe|Brandt|Costa|Diaz|Eriksen|Fischer|Garcia|Haddad|Ito|Jensen|Kowalski|Lopez|Moreau|Nakamura|Okafor|Petrov|Quist|Rossi|Singh|Tanaka|Ueda|Varga|Weber|Xu|Yilmaz|Zhou|Andersen|Bauer|Chen",
);
// 31 × 29 names, drawn by hash: ~55 people share each name, so name-ordered lists meet ties.
const NAME_OF = `(${FIRST})[1 + ${H("n", 1)} % 31] || ' ' || (${SURNAMES})[1 + ${H("n", 2)} % 29]`;
const IS_ACTIVE = `NOT (n >= 7000 AND n <> ${EMPLOYEE} AND ${H("n", 3)} % 100 = 0)`;

const OPENERS = words("Thank you|Huge thanks|Kudos|Shout-out|A big thank you|Many thanks|Cheers|Bravo");
const WHAT = words(
  "for unblocking the release on Friday|for the clear write-up of the incident|for pairing with me on the migration|for covering the support rota|for the thoughtful code review|for onboarding our new colleague|for the customer demo that landed|for fixing the flaky build|for the patient walkthrough of the budget|for leading the retro so well|for the quick turnaround on the contract|for making the offsite happen",
);
const CLOSERS = words("- it made a real difference.|- the team noticed.|!|- much appreciated.|.|- you are a star.");

/*
 * Recognition i = 1..1,000,000 (id "bench-r-rc-<i, 7 digits>": ids grow with i and dates fall, so
 * the primary key and the feed index are appended to in order, not split all over): about one
 * every 94 s going back ~3 years from now (i = 1 is the newest), from a giver drawn over everyone;
 * 10% PRIVATE, 20% tagged with a starter competency (half of them with one of its behaviours), 2%
 * edited, 1% soft-deleted (two hours later, by the giver). 1 to 3 recipients (70/20/10%): never the
 * giver, the first one of the 20 popular people 2% of the time. $1 org, $2 competency ids, $3 now.
 */
const PLAN = `
  SELECT i, g, at, vis,
         CASE WHEN ${H("i", 4)} % 5 = 0 THEN 1 + ${H("i", 5)} % array_length($2::text[], 1) END AS ci,
         CASE WHEN ${H("i", 8)} % 100 = 0 THEN LEAST($3::timestamptz, at + interval '2 hours') END AS deleted
    FROM (SELECT i, ${H("i", 1)} % ${PEOPLE} AS g,
                 $3::timestamptz - make_interval(secs => i * 94 + ${H("i", 2)} % 90) AS at,
                 (CASE WHEN ${H("i", 3)} % 10 = 0 THEN 'PRIVATE' ELSE 'PUBLIC' END)::"RecognitionVisibility" AS vis
            FROM generate_series(1, ${RECOGNITIONS}) i) x`;

export type RecognitionOrg = {
  slug: string;
  /** The feed's viewer, an ordinary employee (a User id). */
  employeeUserId: string;
  /** The received tab's subject (a Membership id): one of the popular people. */
  popularId: string;
  /** The calendar case: the viewer (a User id), the team of 40 and the month shown ("YYYY-MM"). */
  managerUserId: string;
  teamId: string;
  month: string;
  counts: Record<string, number>;
  ms: number;
};

/** Loads the recognition org (unless a kept bench database has it: BENCH_DATABASE_URL), then VACUUM ANALYZE; returns whom to call as and what was loaded. */
export async function loadRecognitionOrg(db: Db, pool: pg.Pool, now = new Date()): Promise<RecognitionOrg> {
  const started = performance.now();
  // The month the calendar case shows: the viewer's current month, its first day as a date.
  const month = DateTime.fromJSDate(now, { zone: VIEWER_ZONE }).toFormat("yyyy-MM");
  const first = `${month}-01`;
  const today = now.toISOString().slice(0, 10);
  const loaded = await pool.query(`SELECT 1 FROM "Organization" WHERE id = $1`, [ORG_ID]);
  if (loaded.rowCount === 0) await load(db, pool, now, first, today);
  return described(pool, month, loaded.rowCount === 0 ? performance.now() - started : 0);
}

async function load(db: Db, pool: pg.Pool, now: Date, first: string, today: string) {
  await pool.query(
    `INSERT INTO "Organization" (id, name, slug, "timeZone", "createdAt", "updatedAt")
     VALUES ($1, 'Bench Recognition', $2, $3, $4, $4)`,
    [ORG_ID, RECOGNITION_ORG, VIEWER_ZONE, now],
  );
  await pool.query(
    `INSERT INTO "Team" (id, "organizationId", name, "createdAt")
     SELECT 'bench-r-t-' || k, $1, 'Team ' || k, $2 FROM generate_series(0, ${TEAMS - 1}) k`,
    [ORG_ID, now],
  );
  await pool.query(
    `INSERT INTO "User" (id, name, email, "createdAt")
     SELECT 'bench-r-u-' || n, ${NAME_OF}, 'bench-r-' || n || '@bench-recognition.example', $1
       FROM generate_series(0, ${PEOPLE - 1}) n`,
    [now],
  );
  // Birthdays: a day of a leap year (Feb 29 included), 5% unknown. Start dates over 10 years.
  // One statement: the self-referencing manager key is checked at its end, so row order does not matter.
  await pool.query(
    `INSERT INTO "Membership" (id, "organizationId", "userId", role, name, title, "managerId", "teamId", "birthdayMonth",
                               "birthdayDay", "startDate", "timeZone", celebrate, status, "deactivatedAt", "createdAt",
                               "updatedAt")
     SELECT 'bench-r-m-' || n, $1, 'bench-r-u-' || n,
            (CASE WHEN n < 5000 THEN 'MANAGER' WHEN n >= ${PEOPLE - 5} THEN 'ADMIN' ELSE 'EMPLOYEE' END)::"Role",
            ${NAME_OF},
            CASE WHEN n < 5000 THEN 'Engineering manager' WHEN n >= ${PEOPLE - 5} THEN 'People partner' ELSE 'Engineer' END,
            'bench-r-m-' || (${MANAGER_OF}), 'bench-r-t-' || (${TEAM_OF}),
            CASE WHEN ${H("n", 4)} % 20 <> 0 THEN EXTRACT(MONTH FROM birthday) END,
            CASE WHEN ${H("n", 4)} % 20 <> 0 THEN EXTRACT(DAY FROM birthday) END,
            $4::date - ${H("n", 6)} % 3650,
            CASE WHEN n = ${TEAM_MANAGER} THEN '${VIEWER_ZONE}' ELSE ($3::text[])[1 + ${H("n", 7)} % ${ZONES.length}] END,
            (CASE WHEN ${H("n", 8)} % 100 < 85 THEN 'PUBLIC' WHEN ${H("n", 8)} % 100 < 95 THEN 'PRIVATE' ELSE 'NONE'
             END)::"CelebratePreference",
            (CASE WHEN ${IS_ACTIVE} THEN 'ACTIVE' ELSE 'DEACTIVATED' END)::"MembershipStatus",
            CASE WHEN NOT ${IS_ACTIVE} THEN $2::timestamptz END, $2::timestamptz, $2::timestamptz
       FROM generate_series(0, ${PEOPLE - 1}) n
      CROSS JOIN LATERAL (SELECT DATE '2024-01-01' + ${H("n", 5)} % 366 AS birthday) b`,
    [ORG_ID, now, ZONES, today],
  );
  // The team of 40 gets, whatever the hashes said, six birthdays in the bench month (one PRIVATE,
  // one NONE: shown to their manager as private, and not at all) and four start dates in it (one
  // this year: no anniversary yet), so the case always covers each rule.
  await pool.query(
    `UPDATE "Membership" m SET "birthdayMonth" = EXTRACT(MONTH FROM $2::date), "birthdayDay" = x.bday,
                               celebrate = x.celebrate::"CelebratePreference"
       FROM (VALUES (0, 3, 'PUBLIC'), (1, 9, 'PRIVATE'), (2, 14, 'NONE'), (3, 20, 'PUBLIC'), (4, 26, 'PUBLIC'),
                    (5, 28, 'PUBLIC')) x(k, bday, celebrate)
      WHERE m."organizationId" = $1 AND m.id = 'bench-r-m-' || (${TEAM_FIRST} + x.k)`,
    [ORG_ID, first],
  );
  await pool.query(
    `UPDATE "Membership" m SET "startDate" = $2::date + x.day - 1 - make_interval(years => x.years), celebrate = 'PUBLIC'
       FROM (VALUES (6, 1, 1), (7, 5, 4), (8, 10, 5), (9, 0, 12)) x(k, years, day)
      WHERE m."organizationId" = $1 AND m.id = 'bench-r-m-' || (${TEAM_FIRST} + x.k)`,
    [ORG_ID, first],
  );
  // Statistics before the bulk inserts that reference these rows: planned on an empty table, each
  // row's foreign-key check would scan it.
  await pool.query(`ANALYZE "Team", "Membership"`);
  const framework = await installStarterFramework(db, { organizationId: ORG_ID });
  const competencies = framework.competencies.map((c) => c.id);
  const behaviours = JSON.stringify(framework.competencies.map((c) => c.behaviours));

  await pool.query(
    `INSERT INTO "Recognition" (id, "organizationId", "giverId", message, visibility, "competencyId", behaviour,
                                "createdAt", "editedAt", "deletedAt", "deletedById")
     SELECT 'bench-r-rc-' || lpad(i::text, 7, '0'), $1, 'bench-r-m-' || g,
            (${OPENERS})[1 + ${H("i", 10)} % 8] || ' ' || (${WHAT})[1 + ${H("i", 11)} % 12] || ' '
              || (${CLOSERS})[1 + ${H("i", 12)} % 6],
            vis, ($2::text[])[ci],
            CASE WHEN ci IS NOT NULL AND ${H("i", 6)} % 2 = 0
                 THEN ($4::jsonb -> (ci - 1)) ->> (${H("i", 7)} % jsonb_array_length($4::jsonb -> (ci - 1))) END,
            at, CASE WHEN ${H("i", 9)} % 50 = 0 THEN LEAST($3::timestamptz, at + interval '5 minutes') END,
            deleted, CASE WHEN deleted IS NOT NULL THEN 'bench-r-m-' || g END
       FROM (${PLAN}) plan`,
    [ORG_ID, competencies, now, behaviours],
  );
  await pool.query(`ANALYZE "Recognition"`);
  // Recipients carry the recognition's giver, visibility, date and deletion, as `give` and `remove`
  // write them. Offsets o, o+1, o+2 from the giver (o in 1..49,997) are distinct and never the
  // giver; a popular first recipient may repeat one of them (ON CONFLICT keeps one row).
  await pool.query(
    `INSERT INTO "RecognitionRecipient" ("organizationId", "recognitionId", "recipientId", "giverId", visibility,
                                         "createdAt", "deletedAt")
     SELECT $1, 'bench-r-rc-' || lpad(i::text, 7, '0'),
            'bench-r-m-' || CASE WHEN j = 1 AND ${H("i", 14)} % 50 = 0
                                      AND g NOT BETWEEN ${POPULAR_FIRST} AND ${POPULAR_FIRST + POPULAR - 1}
                                 THEN ${POPULAR_FIRST} + ${H("i", 15)} % ${POPULAR}
                                 ELSE (g + 1 + ${H("i", 16)} % ${PEOPLE - 3} + j - 1) % ${PEOPLE} END,
            'bench-r-m-' || g, vis, at, deleted
       FROM (${PLAN}) plan
      CROSS JOIN LATERAL generate_series(1, CASE WHEN ${H("i", 13)} % 10 < 7 THEN 1
                                                 WHEN ${H("i", 13)} % 10 < 9 THEN 2 ELSE 3 END) j
     ON CONFLICT DO NOTHING`,
    [ORG_ID, competencies, now],
  );
  // Reactions, as `react` allows them: on 15% of the live public recognitions, 1 to 3 from people
  // other than the giver, one of each emoji per person.
  await pool.query(
    `INSERT INTO "RecognitionReaction" ("organizationId", "recognitionId", "memberId", emoji, "createdAt")
     SELECT $1, 'bench-r-rc-' || lpad(i::text, 7, '0'), 'bench-r-m-' || (g + 1 + ${H("i * 4 + j", 18)} % ${PEOPLE - 1}) % ${PEOPLE},
            ($4::text[])[1 + ${H("i * 4 + j", 19)} % ${EMOJIS.length}], LEAST($3::timestamptz, at + make_interval(mins => j))
       FROM (${PLAN}) plan
      CROSS JOIN LATERAL generate_series(1, 1 + ${H("i", 17)} % 3) j
      WHERE vis = 'PUBLIC' AND deleted IS NULL AND ${H("i", 20)} % 100 < 15
     ON CONFLICT DO NOTHING`,
    [ORG_ID, competencies, now, [...EMOJIS]],
  );

  /*
   * Custom milestones. 10,000 about people (15% YEARLY, begun up to 10 years ago; the rest ONE_OFF,
   * from 2 years back to 1 ahead), by their manager; every team a founding day (YEARLY) with 40%
   * chance and a ONE_OFF launch with 20%, by an HR admin; 2% soft-deleted. The team of 40 also has,
   * in the bench month: its founding day, a launch, a ONE_OFF and a YEARLY milestone of two members
   * (the YEARLY one PRIVATE), one of the NONE member's (hidden) and a deleted one.
   */
  const admin = `'bench-r-m-${PEOPLE - 5}'`;
  await pool.query(
    `INSERT INTO "CustomMilestone" (id, "organizationId", title, date, recurrence, "personId", "createdById", "createdAt",
                                    "deletedAt")
     SELECT 'bench-r-ms-p-' || k, $1,
            (${words("Promotion|New parent|Back from parental leave|Certification|Ten years in the field|Citizenship day|Marathon finished|Patent granted")})[1 + ${H("k", 21)} % 8],
            CASE WHEN yearly THEN $3::date - ${H("k", 22)} % 3650 ELSE $3::date - 730 + ${H("k", 22)} % 1095 END,
            (CASE WHEN yearly THEN 'YEARLY' ELSE 'ONE_OFF' END)::"MilestoneRecurrence",
            'bench-r-m-' || n, 'bench-r-m-' || COALESCE(${MANAGER_OF}, ${PEOPLE - 5}), $2::timestamptz,
            CASE WHEN ${H("k", 24)} % 50 = 0 THEN $2::timestamptz END
       FROM (SELECT k, ${H("k", 20)} % ${PEOPLE} AS n, ${H("k", 23)} % 100 < 15 AS yearly
               FROM generate_series(1, 10000) k) x`,
    [ORG_ID, now, today],
  );
  await pool.query(
    `INSERT INTO "CustomMilestone" (id, "organizationId", title, date, recurrence, "teamId", "createdById", "createdAt",
                                    "deletedAt")
     SELECT 'bench-r-ms-' || kind || '-' || k, $1, CASE WHEN kind = 'f' THEN 'Team founding day' ELSE 'Product launch' END,
            CASE WHEN kind = 'f' THEN $3::date - ${H("k", 26)} % 3650 ELSE $3::date - 365 + ${H("k", 27)} % 730 END,
            (CASE WHEN kind = 'f' THEN 'YEARLY' ELSE 'ONE_OFF' END)::"MilestoneRecurrence",
            'bench-r-t-' || k, ${admin}, $2::timestamptz, CASE WHEN ${H("k", 28)} % 50 = 0 THEN $2::timestamptz END
       FROM generate_series(0, ${TEAMS - 1}) k CROSS JOIN unnest(ARRAY['f', 'l']) kind
      WHERE k <> ${TEAM_MANAGER} AND (kind = 'f' AND ${H("k", 25)} % 100 < 40 OR kind = 'l' AND ${H("k", 29)} % 100 < 20)`,
    [ORG_ID, now, today],
  );
  const m = (k: number) => `'bench-r-m-${TEAM_FIRST + k}'`;
  await pool.query(
    `INSERT INTO "CustomMilestone" (id, "organizationId", title, date, recurrence, "personId", "teamId", "createdById",
                                    "createdAt", "deletedAt")
     SELECT 'bench-r-ms-x-' || x.k, $1, x.title, $2::date + x.day - 1 - make_interval(years => x.years),
            x.recurrence::"MilestoneRecurrence", x.person, x.team, x.author, $3::timestamptz, x.deleted
       FROM (VALUES
         (1, 'Team founding day', 12, 3, 'YEARLY', NULL, 'bench-r-t-${TEAM_MANAGER}', ${admin}, NULL::timestamptz),
         (2, 'Product launch', 18, 0, 'ONE_OFF', NULL, 'bench-r-t-${TEAM_MANAGER}', ${admin}, NULL),
         (3, 'Promotion', 7, 0, 'ONE_OFF', ${m(10)}, NULL, 'bench-r-m-${TEAM_MANAGER}', NULL),
         (4, 'Citizenship day', 22, 2, 'YEARLY', ${m(1)}, NULL, 'bench-r-m-${TEAM_MANAGER}', NULL),
         (5, 'Certification', 16, 0, 'ONE_OFF', ${m(2)}, NULL, 'bench-r-m-${TEAM_MANAGER}', NULL),
         (6, 'New parent', 15, 0, 'ONE_OFF', ${m(12)}, NULL, 'bench-r-m-${TEAM_MANAGER}', $3)
       ) x(k, title, day, years, recurrence, person, team, author, deleted)`,
    [ORG_ID, first, now],
  );

  /*
   * The manager's 1:1s: weekly with each of the 40 reports (report k on weekday k % 5 at 9 + k / 5
   * o'clock, the manager's zone) and with their own director (Fridays 15:00), 13 weeks either side
   * of this week: past ones HELD (every 10th SKIPPED), later ones SCHEDULED.
   */
  await pool.query(
    `INSERT INTO "Meeting" (id, "organizationId", "managerId", "reportId", "startsAt", "timeZone", status, "heldAt",
                            "createdAt", "updatedAt")
     SELECT 'bench-r-mt-' || p.k || '-' || (w + 13), $1, p.manager, p.report, s.at, $3,
            (CASE WHEN s.at >= $2 THEN 'SCHEDULED' WHEN ${H("p.k * 64 + w + 13", 30)} % 10 = 0 THEN 'SKIPPED'
                  ELSE 'HELD' END)::"MeetingStatus",
            CASE WHEN s.at < $2 AND ${H("p.k * 64 + w + 13", 30)} % 10 <> 0 THEN s.at END, LEAST(s.at, $2), LEAST(s.at, $2)
       FROM (SELECT k, 'bench-r-m-${TEAM_MANAGER}' AS manager, 'bench-r-m-' || (${TEAM_FIRST} + k) AS report,
                    make_interval(days => k % 5, hours => 9 + k / 5) AS slot
               FROM generate_series(0, ${TEAM_SIZE - 1}) k
             UNION ALL
             SELECT -1, 'bench-r-m-' || (11 + (${TEAM_MANAGER} - 111) % 100), 'bench-r-m-${TEAM_MANAGER}',
                    make_interval(days => 4, hours => 15)) p
      CROSS JOIN generate_series(-13, 13) w
      CROSS JOIN LATERAL (
        SELECT (date_trunc('week', $2::timestamptz AT TIME ZONE $3) + make_interval(weeks => w) + p.slot) AT TIME ZONE $3 AS at
      ) s`,
    [ORG_ID, now, VIEWER_ZONE],
  );

  // Statistics and visibility maps for the new rows, as a live database has them.
  await pool.query(
    `VACUUM (ANALYZE) "User", "Team", "Membership", "Framework", "Competency", "CompetencyVersion", "Recognition",
                      "RecognitionRecipient", "RecognitionReaction", "CustomMilestone", "Meeting"`,
  );
}

async function described(pool: pg.Pool, month: string, ms: number): Promise<RecognitionOrg> {
  const { rows } = await pool.query<{ table: string; n: number }>(
    `SELECT t AS table, n::int FROM (
       SELECT 'Membership' t, count(*) n FROM "Membership" WHERE "organizationId" = $1
       UNION ALL SELECT 'Team', count(*) FROM "Team" WHERE "organizationId" = $1
       UNION ALL SELECT 'Recognition', count(*) FROM "Recognition" WHERE "organizationId" = $1
       UNION ALL SELECT 'RecognitionRecipient', count(*) FROM "RecognitionRecipient" WHERE "organizationId" = $1
       UNION ALL SELECT 'RecognitionReaction', count(*) FROM "RecognitionReaction" WHERE "organizationId" = $1
       UNION ALL SELECT 'CustomMilestone', count(*) FROM "CustomMilestone" WHERE "organizationId" = $1
       UNION ALL SELECT 'Meeting', count(*) FROM "Meeting" WHERE "organizationId" = $1) c`,
    [ORG_ID],
  );
  return {
    slug: RECOGNITION_ORG,
    employeeUserId: `bench-r-u-${EMPLOYEE}`,
    popularId: `bench-r-m-${POPULAR_FIRST}`,
    managerUserId: `bench-r-u-${TEAM_MANAGER}`,
    teamId: `bench-r-t-${TEAM_MANAGER}`,
    month,
    counts: Object.fromEntries(rows.map((r) => [r.table, r.n])),
    ms,
  };
}
