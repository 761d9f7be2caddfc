-- CreateTable
CREATE TABLE "RollupRefresh" (
    "name" TEXT NOT NULL,
    "refreshedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RollupRefresh_pkey" PRIMARY KEY ("name")
);

-- Hand-written: Prisma does not manage materialized views (db:check ignores them). No semicolons
-- in these comments: the offline migration engine splits the script on them.
-- HR adherence per manager-report pair over the last 30 and 90 days, as of the last refresh (the
-- adherence-rollup job, every 10 minutes, RollupRefresh says when, to the millisecond, which is
-- why "now" is truncated). "Counts as held" is HELD_SQL in server/modules/one-on-ones/access.ts,
-- copied here: change both together, in a new migration (adherence-rollup.int.test.ts compares
-- the view with the live query).
CREATE MATERIALIZED VIEW "AdherenceRollup" AS
WITH asof AS (SELECT date_trunc('milliseconds', now()) AS t),
recent AS (
  SELECT m."organizationId", m."managerId", m."reportId",
         m."startsAt" >= asof.t - make_interval(days => 30) AS "in30",
         (m.status = 'HELD' OR (m.status <> 'SKIPPED' AND (
           m."sharedNotes" <> ''
           OR EXISTS (SELECT 1 FROM "TalkingPoint" tp WHERE tp."organizationId" = m."organizationId" AND tp."checkedMeetingId" = m.id)
           OR EXISTS (SELECT 1 FROM "ActionItem" ai WHERE ai."organizationId" = m."organizationId" AND ai."meetingId" = m.id)))) AS held
  FROM "Meeting" m, asof
  WHERE m."startsAt" < asof.t AND m."startsAt" >= asof.t - make_interval(days => 90)
)
SELECT "organizationId", "managerId", "reportId",
       (count(*) FILTER (WHERE "in30"))::int AS "scheduled30",
       (count(*) FILTER (WHERE "in30" AND held))::int AS "held30",
       count(*)::int AS "scheduled90",
       (count(*) FILTER (WHERE held))::int AS "held90"
FROM recent
GROUP BY 1, 2, 3;

-- REFRESH ... CONCURRENTLY (readers never wait) needs a unique index, which also serves the per-org read.
CREATE UNIQUE INDEX "AdherenceRollup_pair_key" ON "AdherenceRollup" ("organizationId", "managerId", "reportId");
