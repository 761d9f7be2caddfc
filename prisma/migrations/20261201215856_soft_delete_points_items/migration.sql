-- DropIndex
DROP INDEX "ActionItem_open_idx";

-- DropIndex
DROP INDEX "TalkingPoint_open_idx";

-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN     "deletedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "TalkingPoint" ADD COLUMN     "deletedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "ActionItem_open_idx" ON "ActionItem"("organizationId", "managerId", "reportId", "dueOn") WHERE ("completedAt" IS NULL AND "deletedAt" IS NULL);

-- CreateIndex
CREATE INDEX "TalkingPoint_open_idx" ON "TalkingPoint"("organizationId", "managerId", "reportId", "createdAt") WHERE ("checkedAt" IS NULL AND "deletedAt" IS NULL);

-- Hand-written: the "AdherenceRollup" view of 20261201211231_adherence_rollup again, now with
-- HELD_SQL's soft-delete rule (server/lib/held-sql.ts): a deleted point or action item no longer
-- makes a meeting count as held. No semicolons in these comments: the offline migration engine
-- splits the script on them. Dropping the view drops its unique index, so both are created again.
DROP MATERIALIZED VIEW "AdherenceRollup";

CREATE MATERIALIZED VIEW "AdherenceRollup" AS
WITH asof AS (SELECT date_trunc('milliseconds', now()) AS t),
recent AS (
  SELECT m."organizationId", m."managerId", m."reportId",
         m."startsAt" >= asof.t - make_interval(days => 30) AS "in30",
         (m.status = 'HELD' OR (m.status <> 'SKIPPED' AND (
           m."sharedNotes" <> ''
           OR EXISTS (SELECT 1 FROM "TalkingPoint" tp WHERE tp."organizationId" = m."organizationId" AND tp."checkedMeetingId" = m.id AND tp."deletedAt" IS NULL)
           OR EXISTS (SELECT 1 FROM "ActionItem" ai WHERE ai."organizationId" = m."organizationId" AND ai."meetingId" = m.id AND ai."deletedAt" IS NULL)))) AS held
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
