// The SQL of the large-org seed (./large-org.ts, npm run seed:large): one INSERT … SELECT per table
// (meetings and recognitions in chunks) over generate_series, the chart's arrays (passed as int[] /
// boolean[] parameters) or the rows just written, with deterministic pseudo-random choices from
// PostgreSQL's own hashes (hashint8 of a row number, hashtextextended of an id), so every run loads
// the same rows. Ids are "<prefix><kind>-<n>", the prefix "lg<people>-" keeping two sizes apart.
// Each statement's parameters are listed above it. Subqueries end in OFFSET 0 where a computed
// column is used more than once: it keeps PostgreSQL from inlining (and so recomputing) it per use.
import { EMOJIS } from "../../server/modules/recognition/recognition.limits";
import type { Chart } from "./large-org";

/** 0 .. 2^31-1 from an integer expression and a salt (0..63): PostgreSQL's own int8 hash. */
const H = (x: string, salt: number) => `(hashint8((${x})::bigint * 64 + ${salt}) & 2147483647)`;
/** The same from a text expression (an id). */
const HT = (x: string, salt: number) => `(hashtextextended(${x}, ${salt}) & 2147483647)`;
/** A SQL text[] literal of "a|b|c"; pick one with `${words(..)}[1 + hash % count]`. */
const words = (s: string) => `(ARRAY['${s.split("|").join("','")}'])`;
const count = (s: string) => s.split("|").length;

export const ZONES = "UTC Europe/Berlin Europe/London America/New_York America/Los_Angeles Asia/Kolkata".split(" ");
const FIRST =
  "Ada|Ben|Chloe|Dev|Elif|Farid|Grace|Hugo|Ines|Jonas|Kemi|Liam|Maya|Nils|Omar|Priya|Quinn|Rosa|Sven|Tara|Uma|Victor|Wen|Yusuf|Zoe|Anton|Bea|Carlos|Dana|Emil|Freya";
const SURNAMES =
  "Abe|Brandt|Costa|Diaz|Eriksen|Fischer|Garcia|Haddad|Ito|Jensen|Kowalski|Lopez|Moreau|Nakamura|Okafor|Petrov|Quist|Rossi|Singh|Tanaka|Ueda|Varga|Weber|Xu|Yilmaz|Zhou|Andersen|Bauer|Chen";
const TITLES =
  "Software engineer|Senior software engineer|Product designer|Data analyst|Account executive|Support specialist|QA engineer|Product manager|Marketing specialist|Site reliability engineer";
const AREAS =
  "Platform|Payments|Growth|Mobile|Search|Data|Billing|Onboarding|Support|Sales|Security|Infrastructure|Design|Analytics|Partnerships|Identity";
const NOTES =
  "Talked through the roadmap and the next milestone.|Went over the blockers of last week, all cleared.|Career chat: next steps towards the senior role.|Feedback on the design review, agreed on two changes.|Workload check: moving one project to next quarter.|Reviewed goals for the quarter.";
const ITEMS =
  "Share the draft proposal|Book time with the design team|Write up the incident review|Update the onboarding doc|Follow up with the customer|Prepare the quarterly goals|Review the hiring plan|Send the feedback summary";
const POINTS =
  "How is the new project going?|Vacation plans for next month|Feedback on my last presentation|Training budget for the conference|Team process: are standups still useful?|Growth path and next role";
const OPENERS = "Thank you|Huge thanks|Kudos|Shout-out|A big thank you|Many thanks|Cheers|Bravo";
const WHAT =
  "for unblocking the release on Friday|for the clear write-up of the incident|for pairing with me on the migration|for covering the support rota|for the thoughtful code review|for onboarding our new colleague|for the customer demo that landed|for fixing the flaky build|for leading the retro so well|for making the offsite happen";
const CLOSERS = "- it made a real difference.|- the team noticed.|!|- much appreciated.|.|- you are a star.";
const EVIDENCE =
  "Seen in the team retro and two design reviews.|Came up in peer feedback this quarter.|Clear in how the last project was run.|Visible in the customer escalation.|Noted in the onboarding of a new colleague.";
const MILESTONES =
  "Promotion|New parent|Back from parental leave|Certification|Ten years in the field|Citizenship day|Marathon finished|Patent granted";

const ms = (c: Chart, n: string) => `'${c.prefix}m-' || ${n}`;
/** The number after "<prefix>m-" in a membership id. */
const nOf = (c: Chart, id: string) => `substr(${id}, ${c.prefix.length + 3})::int`;
/** "<n>-<k>" of a meeting id "<prefix>mt-<n>-<k>": its children's ids end with it. */
const tail = (c: Chart, id: string) => `substr(${id}, ${c.prefix.length + 4})`;
const NAME = `${words(FIRST)}[1 + ${H("n", 1)} % ${count(FIRST)}] || ' ' || ${words(SURNAMES)}[1 + ${H("n", 2)} % ${count(SURNAMES)}]`;

/** $1 org, $2 now, $3 the teams (a manager's n each). */
export const teams = (c: Chart) => `
  INSERT INTO "Team" (id, "organizationId", name, "createdAt")
  SELECT '${c.prefix}t-' || k, $1, ${words(AREAS)}[1 + ${H("k", 1)} % ${count(AREAS)}] || ' ' || k,
         $2::timestamptz - make_interval(days => ${H("k", 2)} % 3000)
    FROM unnest($3::int[]) k`;

/** $1 now. Emails lg<people>-<n>@large.example. */
export const users = (c: Chart) => `
  INSERT INTO "User" (id, name, email, "createdAt")
  SELECT '${c.prefix}u-' || n, ${NAME}, 'lg${c.people}-' || n || '@large.example', $1
    FROM generate_series(0, ${c.people - 1}) n`;

/*
 * $1 org, $2 now, $3 today, $4..$7 the chart's managerOf, teamOf, level and inactive, $8 ZONES.
 * Birthdays: a day of a leap year (employee + 1 has Feb 29), 5% unknown. Start dates over 10 years
 * (the CEO's 10 years ago; people who left started over a year ago and left 1 week to 10 months
 * ago). 85% celebrate PUBLIC, 10% PRIVATE, 5% NONE. One statement: the self-referencing manager key
 * is checked at its end, so row order does not matter.
 */
export const memberships = (c: Chart) => `
  INSERT INTO "Membership" (id, "organizationId", "userId", role, name, title, "managerId", "teamId", "birthdayMonth",
                            "birthdayDay", "startDate", "timeZone", celebrate, status, "deactivatedAt", "createdAt",
                            "updatedAt")
  SELECT ${ms(c, "n")}, $1, '${c.prefix}u-' || n,
         (CASE WHEN n < ${c.managers} THEN 'MANAGER' WHEN n >= ${c.adminsFrom} THEN 'ADMIN' ELSE 'EMPLOYEE' END)::"Role",
         ${NAME},
         CASE lvl WHEN 0 THEN 'Chief Executive Officer' WHEN 1 THEN 'Vice President' WHEN 2 THEN 'Director'
                  WHEN 3 THEN 'Engineering manager'
                  ELSE CASE WHEN n >= ${c.adminsFrom} THEN 'People partner'
                            ELSE ${words(TITLES)}[1 + ${H("n", 3)} % ${count(TITLES)}] END END,
         CASE WHEN mgr >= 0 THEN ${ms(c, "mgr")} END, '${c.prefix}t-' || team,
         CASE WHEN unknown THEN NULL ELSE EXTRACT(MONTH FROM birthday) END,
         CASE WHEN unknown THEN NULL ELSE EXTRACT(DAY FROM birthday) END,
         start, ($8::text[])[1 + ${H("n", 7)} % ${ZONES.length}],
         (CASE WHEN ${H("n", 8)} % 100 < 85 THEN 'PUBLIC' WHEN ${H("n", 8)} % 100 < 95 THEN 'PRIVATE' ELSE 'NONE'
          END)::"CelebratePreference",
         (CASE WHEN off THEN 'DEACTIVATED' ELSE 'ACTIVE' END)::"MembershipStatus",
         CASE WHEN off THEN $2::timestamptz - make_interval(days => 7 + ${H("n", 9)} % 300) END,
         LEAST($2::timestamptz, start::timestamp AT TIME ZONE 'UTC'), $2
    FROM (SELECT (i - 1)::int AS n, mgr, team, lvl, off
            FROM unnest($4::int[], $5::int[], $6::int[], $7::boolean[]) WITH ORDINALITY t(mgr, team, lvl, off, i)) p
   CROSS JOIN LATERAL (
     SELECT CASE WHEN n = ${c.employee + 1} THEN DATE '2024-02-29' ELSE DATE '2024-01-01' + ${H("n", 5)} % 366 END AS birthday,
            n <> ${c.employee + 1} AND ${H("n", 4)} % 20 = 0 AS unknown,
            CASE WHEN n = 0 THEN $3::date - 3650 WHEN off THEN $3::date - 365 - ${H("n", 6)} % 3285
                 ELSE $3::date - ${H("n", 6)} % 3650 END AS start) x`;

/** $1 org: everyone's current reporting line, open since they started. */
export const managerHistory = (c: Chart) => `
  INSERT INTO "ManagerHistory" (id, "organizationId", "reportId", "managerId", "startedAt")
  SELECT '${c.prefix}mh-' || ${nOf(c, "id")}, $1, id, "managerId", "startDate"::timestamp AT TIME ZONE 'UTC'
    FROM "Membership" WHERE "organizationId" = $1 AND "managerId" IS NOT NULL`;

/*
 * $1 org, $2 now, $3 today. One cadence per pair (id "c-<report n>"), in the report's zone: weekly
 * (60%) or every two weeks on a weekday, 09:00 to 16:30, from the report's start or 3 years ago;
 * materialized 8 weeks ahead (HORIZON_DAYS), as the materialize job leaves it. A person who left
 * has their cadence ENDED when they left (setStatus does that).
 */
export const cadences = (c: Chart) => `
  INSERT INTO "Cadence" (id, "organizationId", "managerId", "reportId", rrule, "timeZone", "localTime", "startDate",
                         status, "materializedUntil", "endedAt", "createdAt", "updatedAt")
  SELECT '${c.prefix}c-' || n, $1, "managerId", id,
         'FREQ=WEEKLY' || CASE WHEN ${H("n", 40)} % 100 < 60 THEN '' ELSE ';INTERVAL=2' END
           || ';BYDAY=' || (ARRAY['MO','TU','WE','TH','FR'])[1 + ${H("n", 41)} % 5],
         "timeZone", lpad((9 + ${H("n", 42)} % 16 / 2)::text, 2, '0') || CASE WHEN ${H("n", 42)} % 2 = 0 THEN ':00' ELSE ':30' END,
         start, (CASE WHEN status = 'ACTIVE' THEN 'ACTIVE' ELSE 'ENDED' END)::"CadenceStatus",
         CASE WHEN status = 'ACTIVE' THEN $2::timestamptz + interval '56 days' END, "deactivatedAt",
         start::timestamp AT TIME ZONE 'UTC', $2
    FROM (SELECT ${nOf(c, "id")} AS n, * FROM "Membership" WHERE "organizationId" = $1 AND "managerId" IS NOT NULL) m
   CROSS JOIN LATERAL (SELECT GREATEST(m."startDate", $3::date - 1095) AS start) s`;

/*
 * $1 org, $2 now, $3 today, $4 chart.lapsed. Every occurrence of every cadence (as cadence.ts
 * computes them: the weekday on or after the start date, then every 7 or 14 days, at the local time
 * in the cadence's zone) until it ended or 8 weeks from now; id "mt-<report n>-<k>". Past ones:
 * 85% HELD (held at their end; 30% with shared notes), 10% SKIPPED, 5% left SCHEDULED (missed);
 * in a lapsed pair the last five intervals have none held. Future ones SCHEDULED.
 */
export const meetings = (c: Chart, from: number, to: number) => `
  INSERT INTO "Meeting" (id, "organizationId", "cadenceId", "managerId", "reportId", "occurrenceDate", "startsAt",
                         "timeZone", status, "heldAt", "sharedNotes", "sharedNotesVersion", "sharedNotesUpdatedAt",
                         "sharedNotesUpdatedBy", "createdAt", "updatedAt")
  SELECT '${c.prefix}mt-' || n || '-' || k, $1, id, "managerId", "reportId", d, at, "timeZone", status::"MeetingStatus",
         CASE WHEN status = 'HELD' THEN ends END,
         CASE WHEN notes THEN ${words(NOTES)}[1 + ${H("n * 1024 + k", 32)} % ${count(NOTES)}] ELSE '' END,
         CASE WHEN notes THEN 1 ELSE 0 END, CASE WHEN notes THEN ends END, CASE WHEN notes THEN "managerId" END,
         created, CASE WHEN ends <= $2 THEN ends ELSE created END
    FROM (SELECT o.*, status = 'HELD' AND ${H("n * 1024 + k", 31)} % 10 < 3 AS notes
            FROM (SELECT o.*, at + interval '30 minutes' AS ends,
                         LEAST($2::timestamptz, GREATEST(since, at - interval '56 days')) AS created,
                         CASE WHEN at + interval '30 minutes' > $2 THEN 'SCHEDULED'
                              WHEN lapsed AND at > $2 - make_interval(days => 5 * step)
                                THEN CASE WHEN r < 30 THEN 'SKIPPED' ELSE 'SCHEDULED' END
                              WHEN r < 85 THEN 'HELD' WHEN r < 95 THEN 'SKIPPED' ELSE 'SCHEDULED' END AS status
                    FROM (SELECT c.id, c.n, c."managerId", c."reportId", c."timeZone", c.step, c.lapsed, c.until,
                                 c."createdAt" AS since, k, c.anchor + k * c.step AS d,
                                 ((c.anchor + k * c.step) + c."localTime"::time) AT TIME ZONE c."timeZone" AS at,
                                 ${H("c.n * 1024 + k", 30)} % 100 AS r
                            FROM (SELECT c.*, c."startDate" + (c.wd - EXTRACT(ISODOW FROM c."startDate")::int + 7) % 7 AS anchor
                                    FROM (SELECT c.*, substr(c.id, ${c.prefix.length + 3})::int AS n,
                                                 CASE WHEN c.rrule LIKE '%INTERVAL=2%' THEN 14 ELSE 7 END AS step,
                                                 array_position(ARRAY['MO','TU','WE','TH','FR','SA','SU'],
                                                                substring(c.rrule FROM 'BYDAY=([A-Z]{2})')) AS wd,
                                                 ($4::boolean[])[substr(c.id, ${c.prefix.length + 3})::int + 1] AS lapsed,
                                                 COALESCE(c."endedAt", $2::timestamptz + interval '56 days') AS until
                                            FROM "Cadence" c WHERE c."organizationId" = $1
                                             AND substr(c.id, ${c.prefix.length + 3})::int BETWEEN ${from} AND ${to}) c
                                  OFFSET 0) c
                           CROSS JOIN LATERAL generate_series(0, ($3::date + 58 - c.anchor) / c.step) k
                          OFFSET 0) o
                   WHERE at < until OFFSET 0) o OFFSET 0) o`;

/*
 * $1 org. On 30% of held meetings one action item, owned by the manager or the report, due a week
 * later; done (92% of the time) in the first of the pair's next two meetings that was held, so the
 * latest ones and a few old ones stay open; 1% deleted.
 */
export function actionItems(c: Chart) {
  const next = (d: number) =>
    `'${c.prefix}mt-' || split_part(m.id, '-', 3) || '-' || (split_part(m.id, '-', 4)::int + ${d})`;
  return `
  INSERT INTO "ActionItem" (id, "organizationId", "meetingId", "managerId", "reportId", text, "ownerId", "dueOn",
                            "completedAt", "completedMeetingId", "createdById", "createdAt", "deletedAt")
  SELECT '${c.prefix}ai-' || ${tail(c, "m.id")}, $1, m.id, m."managerId", m."reportId",
         ${words(ITEMS)}[1 + ${HT("m.id", 51)} % ${count(ITEMS)}],
         CASE WHEN ${HT("m.id", 52)} % 2 = 0 THEN m."managerId" ELSE m."reportId" END, m."occurrenceDate" + 7,
         CASE WHEN d.done THEN nx."heldAt" END, CASE WHEN d.done THEN nx.id END, m."managerId",
         m."startsAt" + interval '15 minutes', CASE WHEN ${HT("m.id", 54)} % 100 = 0 THEN m."heldAt" END
    FROM "Meeting" m
    LEFT JOIN LATERAL (
      SELECT nx.id, nx."heldAt" FROM "Meeting" nx
       WHERE nx.id IN (${next(1)}, ${next(2)}) AND nx.status = 'HELD' ORDER BY nx."startsAt" LIMIT 1) nx ON true
   CROSS JOIN LATERAL (SELECT nx.id IS NOT NULL AND ${HT("m.id", 53)} % 100 < 92 AS done) d
   WHERE m."organizationId" = $1 AND m.status = 'HELD' AND ${HT("m.id", 50)} % 10 < 3`;
}

/**
 * $1 org, $2 now, $3 the descriptor's employee. A talking point checked in 15% of held meetings,
 * and an open one on 30% of next week's 1:1s (always on the employee's).
 */
export const talkingPoints = (c: Chart) => `
  INSERT INTO "TalkingPoint" (id, "organizationId", "meetingId", "managerId", "reportId", "authorId", text, position,
                              "checkedAt", "checkedById", "checkedMeetingId", "createdAt")
  SELECT '${c.prefix}tp-' || ${tail(c, "m.id")}, $1, m.id, m."managerId", m."reportId",
         CASE WHEN ${HT("m.id", 61)} % 5 < 3 THEN m."reportId" ELSE m."managerId" END,
         ${words(POINTS)}[1 + ${HT("m.id", 62)} % ${count(POINTS)}], 1,
         CASE WHEN held THEN m."heldAt" END, CASE WHEN held THEN m."managerId" END, CASE WHEN held THEN m.id END,
         CASE WHEN held THEN m."startsAt" - interval '1 day' ELSE $2::timestamptz - interval '1 hour' END
    FROM "Meeting" m CROSS JOIN LATERAL (SELECT m.status = 'HELD' AS held) x
   WHERE m."organizationId" = $1
     AND (m.status = 'HELD' AND ${HT("m.id", 60)} % 100 < 15
          OR m.status = 'SCHEDULED' AND m."startsAt" > $2 AND m."startsAt" <= $2::timestamptz + interval '7 days'
             AND (${HT("m.id", 60)} % 100 < 30 OR m."reportId" = $3))`;

/** $1 org, $2 now. The report's "Was this useful?" on 40% of held meetings: 60% yes, 30% somewhat. */
export const feedback = (c: Chart) => `
  INSERT INTO "MeetingFeedback" (id, "organizationId", "meetingId", "reportId", rating, comment, "createdAt")
  SELECT '${c.prefix}fb-' || ${tail(c, "m.id")}, $1, m.id, m."reportId",
         (CASE WHEN r < 60 THEN 'YES' WHEN r < 90 THEN 'SOMEWHAT' ELSE 'NO' END)::"Usefulness",
         CASE WHEN ${HT("m.id", 72)} % 10 = 0 THEN ${words("Good one, thanks.|Ran out of time.|Very helpful.|Felt rushed.")}[1 + r % 4] END,
         LEAST($2::timestamptz, m."heldAt" + interval '2 hours')
    FROM "Meeting" m CROSS JOIN LATERAL (SELECT ${HT("m.id", 71)} % 100 AS r) x
   WHERE m."organizationId" = $1 AND m.status = 'HELD' AND ${HT("m.id", 70)} % 100 < 40`;

/*
 * $1 org, $2 now, $3 competency ids, $4 their version ids, $5 their behaviour counts, $6 the scale's
 * labels. Quarterly reviews: in each 91-day quarter of the last 12 (none for 10% of people and
 * quarters), the pair's last held 1:1 gets SHARED MANAGER reviews of 3 competencies (the panel's
 * three picks), rotating so each is reviewed about every 3 quarters: ratings 1-4 around a per-person
 * level that rises a step over the three years.
 */
export const reviews = (c: Chart) => `
  INSERT INTO "CompetencyReview" (id, "organizationId", "meetingId", "managerId", "reportId", "competencyId",
                                  "competencyVersionId", kind, "authorId", status, rating, "ratingLabel", observed,
                                  evidence, version, "sharedAt", "createdAt", "updatedAt")
  SELECT '${c.prefix}cr-' || x.n || '-' || x.q || '-' || j, $1, x.id, x."managerId", x."reportId", ($3::text[])[ci],
         ($4::text[])[ci], 'MANAGER', x."managerId", 'SHARED', rating, ($6::text[])[rating],
         CASE WHEN ${H("x.n * 64 + x.q * 4 + j", 83)} % 2 = 0 THEN ARRAY[${H("x.n * 64 + x.q * 4 + j", 84)} % ($5::int[])[ci]]
              ELSE '{}'::int[] END,
         ${words(EVIDENCE)}[1 + ${H("x.n * 64 + x.q * 4 + j", 85)} % ${count(EVIDENCE)}], 1, x."heldAt",
         x."startsAt" + interval '20 minutes', x."heldAt"
    FROM (SELECT DISTINCT ON (m."reportId", w.q) m.id, m."managerId", m."reportId", m."startsAt", m."heldAt", w.q,
                 ${nOf(c, 'm."reportId"')} AS n
            FROM "Meeting" m
           CROSS JOIN LATERAL (SELECT floor(extract(epoch FROM $2::timestamptz - m."startsAt") / 7862400)::int AS q) w
           WHERE m."organizationId" = $1 AND m.status = 'HELD' AND m."startsAt" > $2::timestamptz - interval '1092 days'
           ORDER BY m."reportId", w.q, m."startsAt" DESC) x
   CROSS JOIN generate_series(0, 2) j
   CROSS JOIN LATERAL (SELECT 1 + (x.q * 3 + j + x.n) % array_length($3::text[], 1) AS ci,
                              LEAST(4, GREATEST(1, 1 + ${H("x.n", 80)} % 3 + (11 - x.q) / 6
                                                     + ${H("x.n * 64 + x.q * 4 + j", 81)} % 3 - 1)) AS rating) r
   WHERE ${H("x.n * 16 + x.q", 82)} % 10 <> 0`;

/*
 * Recognition i = 1..total (id "rc-<i, 8 digits>": ids grow as dates fall, so the indexes are
 * appended to in order): evenly over the last 3 years (i = 1 the newest), each from an active
 * member; 10% PRIVATE, 20% tagged with a competency (half with a behaviour), 2% edited, 1% deleted.
 * $1 org, $2 now, $3 the active members' n, $4 competency ids.
 */
export function recognitionPlan(active: number, total: number, from: number, to: number) {
  const every = Math.max(1, Math.floor((3 * 365 * 86_400) / total));
  return `
  SELECT i, gi, ($3::int[])[gi + 1] AS g, at, vis,
         CASE WHEN ${H("i", 4)} % 5 = 0 THEN 1 + ${H("i", 5)} % array_length($4::text[], 1) END AS ci,
         CASE WHEN ${H("i", 8)} % 100 = 0 THEN LEAST($2::timestamptz, at + interval '2 hours') END AS deleted
    FROM (SELECT i, ${H("i", 1)} % ${active} AS gi,
                 $2::timestamptz - make_interval(secs => (i - 1) * ${every} + ${H("i", 2)} % ${every}) AS at,
                 (CASE WHEN ${H("i", 3)} % 10 = 0 THEN 'PRIVATE' ELSE 'PUBLIC' END)::"RecognitionVisibility" AS vis
            FROM generate_series(${from}, ${to}) i OFFSET 0) x OFFSET 0`;
}
const rc = (c: Chart) => `'${c.prefix}rc-' || lpad(i::text, 8, '0')`;

/** The plan's rows; $5 each competency's behaviours (JSON). */
export const recognitions = (c: Chart, plan: string) => `
  INSERT INTO "Recognition" (id, "organizationId", "giverId", message, visibility, "competencyId", behaviour,
                             "createdAt", "editedAt", "deletedAt", "deletedById")
  SELECT ${rc(c)}, $1, ${ms(c, "g")},
         ${words(OPENERS)}[1 + ${H("i", 10)} % ${count(OPENERS)}] || ' ' || ${words(WHAT)}[1 + ${H("i", 11)} % ${count(WHAT)}]
           || ' ' || ${words(CLOSERS)}[1 + ${H("i", 12)} % ${count(CLOSERS)}],
         vis, ($4::text[])[ci],
         CASE WHEN ci IS NOT NULL AND ${H("i", 6)} % 2 = 0
              THEN ($5::jsonb -> (ci - 1)) ->> (${H("i", 7)} % jsonb_array_length($5::jsonb -> (ci - 1))) END,
         at, CASE WHEN ${H("i", 9)} % 50 = 0 THEN LEAST($2::timestamptz, at + interval '5 minutes') END,
         deleted, CASE WHEN deleted IS NOT NULL THEN ${ms(c, "g")} END
    FROM (${plan}) plan`;

/*
 * 1 to 3 recipients (70/20/10%), copying the recognition's giver, visibility, date and deletion as
 * `give` and `remove` write them: active members at offsets o, o+1, o+2 from the giver in the
 * chart's order (never the giver, never twice); 60% of the time near them (o <= 6: the same team, mostly),
 * before or after, so neighbours thank each other back; otherwise anyone after them.
 */
export const recipients = (c: Chart, plan: string, active: number) => `
  INSERT INTO "RecognitionRecipient" ("organizationId", "recognitionId", "recipientId", "giverId", visibility,
                                      "createdAt", "deletedAt")
  SELECT $1, ${rc(c)}, ${ms(c, `($3::int[])[1 + ((gi + s * (o + j - 1)) % ${active} + ${active}) % ${active}]`)},
         ${ms(c, "g")}, vis, at, deleted
    FROM (${plan}) plan
   CROSS JOIN LATERAL (SELECT ${H("i", 16)} % 10 < 6 AS near) n
   CROSS JOIN LATERAL (SELECT CASE WHEN near AND ${H("i", 14)} % 2 = 0 THEN -1 ELSE 1 END AS s,
                              1 + ${H("i", 17)} % CASE WHEN near THEN 6 ELSE ${active - 3} END AS o) r
   CROSS JOIN LATERAL generate_series(1, CASE WHEN ${H("i", 13)} % 10 < 7 THEN 1
                                              WHEN ${H("i", 13)} % 10 < 9 THEN 2 ELSE 3 END) j`;

/** On 15% of live public recognitions, 1 to 3 reactions from other members (one of each emoji per person). */
export const reactions = (c: Chart, plan: string, active: number) => `
  INSERT INTO "RecognitionReaction" ("organizationId", "recognitionId", "memberId", emoji, "createdAt")
  SELECT $1, ${rc(c)}, ${ms(c, `($3::int[])[1 + (gi + 1 + ${H("i * 4 + j", 18)} % ${active - 1}) % ${active}]`)},
         (ARRAY['${EMOJIS.join("','")}'])[1 + ${H("i * 4 + j", 19)} % ${EMOJIS.length}],
         LEAST($2::timestamptz, at + make_interval(mins => j))
    FROM (${plan}) plan
   CROSS JOIN LATERAL generate_series(1, 1 + ${H("i", 17)} % 3) j
   WHERE vis = 'PUBLIC' AND deleted IS NULL AND ${H("i", 20)} % 100 < 15
  ON CONFLICT DO NOTHING`;

/*
 * $1 org, $2 now, $3 today, $4 active members' n, $5 chart.managerOf, $6 the teams. People's
 * milestones (one per 50 people, 50 to 250; 30% YEARLY, begun up to 10 years ago, the rest ONE_OFF
 * from 2 years back to 1 ahead) by their manager; teams' (one per 5 teams, 20 to 150; founding days
 * YEARLY, launches ONE_OFF) by HR; 2% deleted. The team of 40 has its founding day this month and
 * two of its people a milestone this month.
 */
export function milestones(c: Chart, active: number) {
  const people = Math.min(250, Math.max(50, Math.round(c.people / 50)));
  const teamCount = Math.min(150, Math.max(20, Math.round(c.teams.length / 5)));
  const hr = ms(c, String(c.hr));
  return `
  INSERT INTO "CustomMilestone" (id, "organizationId", title, date, recurrence, "personId", "teamId", "createdById",
                                 "createdAt", "deletedAt")
  SELECT '${c.prefix}ms-p-' || k, $1, ${words(MILESTONES)}[1 + ${H("k", 21)} % ${count(MILESTONES)}],
         CASE WHEN yearly THEN $3::date - ${H("k", 22)} % 3650 ELSE $3::date - 730 + ${H("k", 22)} % 1095 END,
         (CASE WHEN yearly THEN 'YEARLY' ELSE 'ONE_OFF' END)::"MilestoneRecurrence", ${ms(c, "n")}, NULL,
         CASE WHEN ($5::int[])[n + 1] >= 0 THEN ${ms(c, "($5::int[])[n + 1]")} ELSE ${hr} END, $2::timestamptz,
         CASE WHEN ${H("k", 24)} % 50 = 0 THEN $2::timestamptz END
    FROM (SELECT k, ($4::int[])[1 + ${H("k", 20)} % ${active}] AS n, ${H("k", 23)} % 100 < 30 AS yearly
            FROM generate_series(1, ${people}) k) x
  UNION ALL
  SELECT '${c.prefix}ms-t-' || k, $1, CASE WHEN founding THEN 'Team founding day' ELSE 'Product launch' END,
         CASE WHEN founding THEN $3::date - ${H("k", 26)} % 3650 ELSE $3::date - 365 + ${H("k", 27)} % 730 END,
         (CASE WHEN founding THEN 'YEARLY' ELSE 'ONE_OFF' END)::"MilestoneRecurrence", NULL,
         '${c.prefix}t-' || ($6::int[])[1 + ${H("k", 25)} % ${c.teams.length}], ${hr}, $2::timestamptz,
         CASE WHEN ${H("k", 28)} % 50 = 0 THEN $2::timestamptz END
    FROM (SELECT k, k % 2 = 1 AS founding FROM generate_series(1, ${teamCount}) k) x
  UNION ALL
  SELECT '${c.prefix}ms-x-' || k, $1, title, date_trunc('month', $3::date)::date + day - 1 - make_interval(years => years),
         recurrence::"MilestoneRecurrence", person, team, author, $2::timestamptz, NULL
    FROM (VALUES (1, 'Team founding day', 12, 4, 'YEARLY', NULL, '${c.prefix}t-${c.team}', ${hr}),
                 (2, 'Promotion', 7, 0, 'ONE_OFF', ${ms(c, String(c.employee + 12))}, NULL, ${ms(c, String(c.team))}),
                 (3, 'Citizenship day', 21, 2, 'YEARLY', ${ms(c, String(c.employee + 13))}, NULL, ${ms(c, String(c.team))})
         ) x(k, title, day, years, recurrence, person, team, author)`;
}
