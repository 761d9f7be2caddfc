-- Hand-written: the HR whole-organization dashboard's numbers, precomputed (issue 10, item 4). Live,
-- the KPI cards and charts for an org of 50,000 scan months of meetings, recognition and reviews
-- (seconds), so two materialized views hold them as of a refresh (the dashboard-rollup job, every
-- 10 minutes), which RollupRefresh records and the dashboard shows. Both must agree with the live
-- queries of server/modules/dashboard/kpis.service.ts (an integration test compares them): the
-- same HELD rule as server/lib/held-sql.ts, the same windows, active members only. One difference,
-- said in the README: due dates are compared with the refresh's UTC date, not the viewer's.
-- No semicolons in these comments: the offline migration engine splits the script on them.

-- One row per organization: the KPI inputs for the 30- and 90-day periods ending at the refresh
-- (c = the period, b = the period before it), summed from one row per active member, and the span
-- of control histogram (direct reports -> managers). One-way pairs are counted on the giver, or on
-- the recipient when the giver is no longer active, so the sum is every directed pair that touches
-- an active member, as the live query counts them.
CREATE MATERIALIZED VIEW "DashboardRollup" AS
WITH asof AS (
  SELECT date_trunc('milliseconds', now()) AS t, (date_trunc('milliseconds', now()) AT TIME ZONE 'UTC')::date AS d
),
win(k, days, lo, hi) AS (VALUES ('c30', 30, 30, 0), ('b30', 30, 60, 30), ('c90', 90, 90, 0), ('b90', 90, 180, 90)),
people AS (SELECT "organizationId", id FROM "Membership" WHERE status = 'ACTIVE'),
mt AS (
  SELECT x."organizationId", x.id,
         count(*) FILTER (WHERE x.at >= asof.t - interval '30 days') AS "s30c",
         count(*) FILTER (WHERE x.at >= asof.t - interval '30 days' AND x.held) AS "h30c",
         count(*) FILTER (WHERE x.at < asof.t - interval '30 days' AND x.at >= asof.t - interval '60 days') AS "s30b",
         count(*) FILTER (WHERE x.at < asof.t - interval '30 days' AND x.at >= asof.t - interval '60 days' AND x.held) AS "h30b",
         count(*) FILTER (WHERE x.at >= asof.t - interval '90 days') AS "s90c",
         count(*) FILTER (WHERE x.at >= asof.t - interval '90 days' AND x.held) AS "h90c",
         count(*) FILTER (WHERE x.at < asof.t - interval '90 days') AS "s90b",
         count(*) FILTER (WHERE x.at < asof.t - interval '90 days' AND x.held) AS "h90b"
    FROM asof, (
      SELECT m."organizationId", m."reportId" AS id, m."startsAt" AS at,
             (m.status = 'HELD' OR (m.status <> 'SKIPPED' AND (
               m."sharedNotes" <> ''
               OR EXISTS (SELECT 1 FROM "TalkingPoint" tp WHERE tp."organizationId" = m."organizationId" AND tp."checkedMeetingId" = m.id AND tp."deletedAt" IS NULL)
               OR EXISTS (SELECT 1 FROM "ActionItem" ai WHERE ai."organizationId" = m."organizationId" AND ai."meetingId" = m.id AND ai."deletedAt" IS NULL)))) AS held
        FROM "Meeting" m, asof
       WHERE m."startsAt" < asof.t AND m."startsAt" >= asof.t - interval '180 days'
      OFFSET 0
    ) x
   GROUP BY 1, 2
),
rr AS (
  SELECT r."organizationId", r."giverId", r."recipientId", r."createdAt" AS at
    FROM "RecognitionRecipient" r, asof
   WHERE r."deletedAt" IS NULL AND r."createdAt" < asof.t AND r."createdAt" >= asof.t - interval '180 days'
),
got AS (
  SELECT rr."organizationId", rr."recipientId" AS id,
         bool_or(rr.at >= asof.t - interval '30 days') AS covered,
         bool_or(rr.at < asof.t - interval '30 days') AS "coveredBefore"
    FROM rr, asof
   WHERE rr.at >= asof.t - interval '60 days'
   GROUP BY 1, 2
),
-- Each unordered pair of people once per window (hashed, never sorted), with the directions seen,
-- then one row per direction given: one-way when the other direction is missing.
undirected AS (
  SELECT rr."organizationId", win.k, least(rr."giverId", rr."recipientId") AS x,
         greatest(rr."giverId", rr."recipientId") AS y,
         bool_or(rr."giverId" < rr."recipientId") AS "xToY", bool_or(rr."giverId" > rr."recipientId") AS "yToX"
    FROM rr, asof, win
   WHERE rr.at >= asof.t - make_interval(days => win.lo) AND rr.at < asof.t - make_interval(days => win.hi)
   GROUP BY 1, 2, 3, 4
),
owned AS (
  SELECT u."organizationId", u.k, COALESCE(g.id, r.id) AS id, NOT (u."xToY" AND u."yToX") AS "oneWay"
    FROM undirected u
    CROSS JOIN LATERAL (VALUES (u."xToY", u.x, u.y), (u."yToX", u.y, u.x)) AS e(given, giver, recipient)
    LEFT JOIN people g ON g."organizationId" = u."organizationId" AND g.id = e.giver
    LEFT JOIN people r ON r."organizationId" = u."organizationId" AND r.id = e.recipient
   WHERE e.given AND (g.id IS NOT NULL OR r.id IS NOT NULL)
),
pairs AS (
  SELECT "organizationId", id,
         count(*) FILTER (WHERE k = 'c30') AS "p30c", count(*) FILTER (WHERE k = 'c30' AND "oneWay") AS "o30c",
         count(*) FILTER (WHERE k = 'b30') AS "p30b", count(*) FILTER (WHERE k = 'b30' AND "oneWay") AS "o30b",
         count(*) FILTER (WHERE k = 'c90') AS "p90c", count(*) FILTER (WHERE k = 'c90' AND "oneWay") AS "o90c",
         count(*) FILTER (WHERE k = 'b90') AS "p90b", count(*) FILTER (WHERE k = 'b90' AND "oneWay") AS "o90b"
    FROM owned GROUP BY 1, 2
),
ai AS (
  SELECT a."organizationId", a."reportId" AS id,
         count(*) FILTER (WHERE a."dueOn" >= asof.d - 30) AS "d30c",
         count(*) FILTER (WHERE a."dueOn" >= asof.d - 30 AND a.kept) AS "k30c",
         count(*) FILTER (WHERE a."dueOn" < asof.d - 30 AND a."dueOn" >= asof.d - 60) AS "d30b",
         count(*) FILTER (WHERE a."dueOn" < asof.d - 30 AND a."dueOn" >= asof.d - 60 AND a.kept) AS "k30b",
         count(*) FILTER (WHERE a."dueOn" >= asof.d - 90) AS "d90c",
         count(*) FILTER (WHERE a."dueOn" >= asof.d - 90 AND a.kept) AS "k90c",
         count(*) FILTER (WHERE a."dueOn" < asof.d - 90) AS "d90b",
         count(*) FILTER (WHERE a."dueOn" < asof.d - 90 AND a.kept) AS "k90b"
    FROM asof, (
      SELECT i."organizationId", i."reportId", i."dueOn",
             i."completedAt" IS NOT NULL AND i."completedAt" < (i."dueOn" + 1)::timestamp AT TIME ZONE 'UTC' AS kept
        FROM "ActionItem" i, asof
       WHERE i."deletedAt" IS NULL AND i."dueOn" < asof.d AND i."dueOn" >= asof.d - 180
    ) a
   GROUP BY 1, 2
),
fb AS (
  SELECT f."organizationId", f."reportId" AS id,
         count(*) FILTER (WHERE f.at >= asof.t - interval '30 days') AS "n30c",
         sum(f.score) FILTER (WHERE f.at >= asof.t - interval '30 days') AS "u30c",
         count(*) FILTER (WHERE f.at < asof.t - interval '30 days' AND f.at >= asof.t - interval '60 days') AS "n30b",
         sum(f.score) FILTER (WHERE f.at < asof.t - interval '30 days' AND f.at >= asof.t - interval '60 days') AS "u30b",
         count(*) FILTER (WHERE f.at >= asof.t - interval '90 days') AS "n90c",
         sum(f.score) FILTER (WHERE f.at >= asof.t - interval '90 days') AS "u90c",
         count(*) FILTER (WHERE f.at < asof.t - interval '90 days') AS "n90b",
         sum(f.score) FILTER (WHERE f.at < asof.t - interval '90 days') AS "u90b"
    FROM asof, (
      SELECT x."organizationId", x."reportId", x."createdAt" AS at,
             CASE x.rating WHEN 'YES' THEN 1.0 WHEN 'SOMEWHAT' THEN 0.5 ELSE 0.0 END AS score
        FROM "MeetingFeedback" x, asof
       WHERE x."createdAt" < asof.t AND x."createdAt" >= asof.t - interval '180 days'
    ) f
   GROUP BY 1, 2
),
lv AS (
  SELECT l."organizationId", l."personId" AS id, sum(l.rating) AS "levelSum", count(*) AS levels,
         sum(b."before30") AS "level30Sum", count(b."before30") AS "levels30",
         sum(b."before90") AS "level90Sum", count(b."before90") AS "levels90"
    FROM "CompetencyLevel" l
    CROSS JOIN asof
    CROSS JOIN LATERAL (
      SELECT (array_agg(r.rating ORDER BY r."sharedAt" DESC) FILTER (WHERE r."sharedAt" < asof.t - interval '30 days'))[1] AS "before30",
             (array_agg(r.rating ORDER BY r."sharedAt" DESC) FILTER (WHERE r."sharedAt" < asof.t - interval '90 days'))[1] AS "before90"
        FROM "CompetencyReview" r
       WHERE r."organizationId" = l."organizationId" AND r."reportId" = l."personId" AND r."competencyId" = l."competencyId"
         AND r.kind = 'MANAGER' AND r.status = 'SHARED' AND r.rating IS NOT NULL
         AND r."sharedAt" < asof.t - interval '30 days') b
   GROUP BY 1, 2
),
span AS (
  SELECT "organizationId", "managerId" AS id, count(*) AS reports
    FROM "Membership" WHERE status = 'ACTIVE' AND "managerId" IS NOT NULL GROUP BY 1, 2
),
person AS (
  SELECT p."organizationId", p.id,
         COALESCE(mt."s30c", 0)::int AS "s30c", COALESCE(mt."h30c", 0)::int AS "h30c",
         COALESCE(mt."s30b", 0)::int AS "s30b", COALESCE(mt."h30b", 0)::int AS "h30b",
         COALESCE(mt."s90c", 0)::int AS "s90c", COALESCE(mt."h90c", 0)::int AS "h90c",
         COALESCE(mt."s90b", 0)::int AS "s90b", COALESCE(mt."h90b", 0)::int AS "h90b",
         COALESCE(got.covered, false) AS covered, COALESCE(got."coveredBefore", false) AS "coveredBefore",
         COALESCE(pairs."p30c", 0)::int AS "p30c", COALESCE(pairs."o30c", 0)::int AS "o30c",
         COALESCE(pairs."p30b", 0)::int AS "p30b", COALESCE(pairs."o30b", 0)::int AS "o30b",
         COALESCE(pairs."p90c", 0)::int AS "p90c", COALESCE(pairs."o90c", 0)::int AS "o90c",
         COALESCE(pairs."p90b", 0)::int AS "p90b", COALESCE(pairs."o90b", 0)::int AS "o90b",
         COALESCE(ai."d30c", 0)::int AS "d30c", COALESCE(ai."k30c", 0)::int AS "k30c",
         COALESCE(ai."d30b", 0)::int AS "d30b", COALESCE(ai."k30b", 0)::int AS "k30b",
         COALESCE(ai."d90c", 0)::int AS "d90c", COALESCE(ai."k90c", 0)::int AS "k90c",
         COALESCE(ai."d90b", 0)::int AS "d90b", COALESCE(ai."k90b", 0)::int AS "k90b",
         COALESCE(fb."n30c", 0)::int AS "n30c", COALESCE(fb."u30c", 0)::float AS "u30c",
         COALESCE(fb."n30b", 0)::int AS "n30b", COALESCE(fb."u30b", 0)::float AS "u30b",
         COALESCE(fb."n90c", 0)::int AS "n90c", COALESCE(fb."u90c", 0)::float AS "u90c",
         COALESCE(fb."n90b", 0)::int AS "n90b", COALESCE(fb."u90b", 0)::float AS "u90b",
         COALESCE(lv."levelSum", 0)::float AS "levelSum", COALESCE(lv.levels, 0)::int AS levels,
         COALESCE(lv."level30Sum", 0)::float AS "level30Sum", COALESCE(lv."levels30", 0)::int AS "levels30",
         COALESCE(lv."level90Sum", 0)::float AS "level90Sum", COALESCE(lv."levels90", 0)::int AS "levels90",
         COALESCE(span.reports, 0)::int AS reports
    FROM people p
    LEFT JOIN mt ON mt."organizationId" = p."organizationId" AND mt.id = p.id
    LEFT JOIN got ON got."organizationId" = p."organizationId" AND got.id = p.id
    LEFT JOIN pairs ON pairs."organizationId" = p."organizationId" AND pairs.id = p.id
    LEFT JOIN ai ON ai."organizationId" = p."organizationId" AND ai.id = p.id
    LEFT JOIN fb ON fb."organizationId" = p."organizationId" AND fb.id = p.id
    LEFT JOIN lv ON lv."organizationId" = p."organizationId" AND lv.id = p.id
    LEFT JOIN span ON span."organizationId" = p."organizationId" AND span.id = p.id
),
hist AS (
  SELECT "organizationId", jsonb_object_agg(reports, managers) AS spans
    FROM (SELECT "organizationId", reports, count(*) AS managers FROM person WHERE reports > 0 GROUP BY 1, 2) x
   GROUP BY 1
)
SELECT person."organizationId", count(*)::int AS people,
       (count(*) FILTER (WHERE covered))::int AS covered, (count(*) FILTER (WHERE "coveredBefore"))::int AS "coveredBefore",
       sum("s30c")::int AS "s30c",
       sum("h30c")::int AS "h30c",
       sum("s30b")::int AS "s30b",
       sum("h30b")::int AS "h30b",
       sum("s90c")::int AS "s90c",
       sum("h90c")::int AS "h90c",
       sum("s90b")::int AS "s90b",
       sum("h90b")::int AS "h90b",
       sum("p30c")::int AS "p30c",
       sum("o30c")::int AS "o30c",
       sum("p30b")::int AS "p30b",
       sum("o30b")::int AS "o30b",
       sum("p90c")::int AS "p90c",
       sum("o90c")::int AS "o90c",
       sum("p90b")::int AS "p90b",
       sum("o90b")::int AS "o90b",
       sum("d30c")::int AS "d30c",
       sum("k30c")::int AS "k30c",
       sum("d30b")::int AS "d30b",
       sum("k30b")::int AS "k30b",
       sum("d90c")::int AS "d90c",
       sum("k90c")::int AS "k90c",
       sum("d90b")::int AS "d90b",
       sum("k90b")::int AS "k90b",
       sum("n30c")::int AS "n30c",
       sum("u30c")::float AS "u30c",
       sum("n30b")::int AS "n30b",
       sum("u30b")::float AS "u30b",
       sum("n90c")::int AS "n90c",
       sum("u90c")::float AS "u90c",
       sum("n90b")::int AS "n90b",
       sum("u90b")::float AS "u90b",
       sum("levelSum")::float AS "levelSum",
       sum(levels)::int AS levels,
       sum("level30Sum")::float AS "level30Sum",
       sum("levels30")::int AS "levels30",
       sum("level90Sum")::float AS "level90Sum",
       sum("levels90")::int AS "levels90",
       COALESCE(min(hist.spans::text), '{}')::jsonb AS spans
  FROM person LEFT JOIN hist ON hist."organizationId" = person."organizationId"
 GROUP BY person."organizationId";

CREATE UNIQUE INDEX "DashboardRollup_org_key" ON "DashboardRollup" ("organizationId");

-- The weekly and quarterly charts, per organization and UTC hour (so that weeks and quarters are
-- cut in each viewer's zone when read): 1:1s scheduled and held, recognition given and received
-- (13 weeks), and shared manager ratings (15 months), of active members.
CREATE MATERIALIZED VIEW "DashboardSeries" AS
WITH asof AS (SELECT date_trunc('milliseconds', now()) AS t),
people AS (SELECT "organizationId", id FROM "Membership" WHERE status = 'ACTIVE'),
mt AS (
  SELECT m."organizationId", date_trunc('hour', m."startsAt") AS hour, count(*) AS scheduled,
         count(*) FILTER (WHERE m.status = 'HELD' OR (m.status <> 'SKIPPED' AND (
           m."sharedNotes" <> ''
           OR EXISTS (SELECT 1 FROM "TalkingPoint" tp WHERE tp."organizationId" = m."organizationId" AND tp."checkedMeetingId" = m.id AND tp."deletedAt" IS NULL)
           OR EXISTS (SELECT 1 FROM "ActionItem" ai WHERE ai."organizationId" = m."organizationId" AND ai."meetingId" = m.id AND ai."deletedAt" IS NULL)))) AS held
    FROM "Meeting" m
    JOIN people p ON p."organizationId" = m."organizationId" AND p.id = m."reportId", asof
   WHERE m."startsAt" < asof.t AND m."startsAt" >= asof.t - interval '14 weeks'
   GROUP BY 1, 2
),
rr AS (
  SELECT r."organizationId", date_trunc('hour', r."createdAt") AS hour,
         count(DISTINCT r."recognitionId") FILTER (WHERE g.id IS NOT NULL) AS given,
         count(*) FILTER (WHERE p.id IS NOT NULL) AS received
    FROM "RecognitionRecipient" r
    LEFT JOIN people g ON g."organizationId" = r."organizationId" AND g.id = r."giverId"
    LEFT JOIN people p ON p."organizationId" = r."organizationId" AND p.id = r."recipientId", asof
   WHERE r."deletedAt" IS NULL AND r."createdAt" < asof.t AND r."createdAt" >= asof.t - interval '14 weeks'
     AND (g.id IS NOT NULL OR p.id IS NOT NULL)
   GROUP BY 1, 2
),
rv AS (
  SELECT r."organizationId", date_trunc('hour', r."sharedAt") AS hour, sum(r.rating) AS "ratingSum", count(*) AS ratings
    FROM "CompetencyReview" r
    JOIN people p ON p."organizationId" = r."organizationId" AND p.id = r."reportId", asof
   WHERE r.kind = 'MANAGER' AND r.status = 'SHARED' AND r.rating IS NOT NULL
     AND r."sharedAt" < asof.t AND r."sharedAt" >= asof.t - interval '15 months'
   GROUP BY 1, 2
)
SELECT COALESCE(mt."organizationId", rr."organizationId", rv."organizationId") AS "organizationId",
       COALESCE(mt.hour, rr.hour, rv.hour) AS hour,
       COALESCE(mt.scheduled, 0)::int AS scheduled, COALESCE(mt.held, 0)::int AS held,
       COALESCE(rr.given, 0)::int AS given, COALESCE(rr.received, 0)::int AS received,
       COALESCE(rv."ratingSum", 0)::int AS "ratingSum", COALESCE(rv.ratings, 0)::int AS ratings
  FROM mt
  FULL JOIN rr ON rr."organizationId" = mt."organizationId" AND rr.hour = mt.hour
  FULL JOIN rv ON rv."organizationId" = COALESCE(mt."organizationId", rr."organizationId") AND rv.hour = COALESCE(mt.hour, rr.hour);

CREATE UNIQUE INDEX "DashboardSeries_hour_key" ON "DashboardSeries" ("organizationId", hour);
