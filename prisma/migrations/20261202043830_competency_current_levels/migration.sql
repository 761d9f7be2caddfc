-- CreateTable
CREATE TABLE "CompetencyLevel" (
    "organizationId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "competencyId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CompetencyLevel_pkey" PRIMARY KEY ("organizationId","personId","competencyId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CompetencyLevel_organizationId_reviewId_key" ON "CompetencyLevel"("organizationId", "reviewId");

-- CreateIndex
CREATE UNIQUE INDEX "CompetencyReview_organizationId_id_key" ON "CompetencyReview"("organizationId", "id");

-- AddForeignKey
ALTER TABLE "CompetencyLevel" ADD CONSTRAINT "CompetencyLevel_organizationId_reviewId_fkey" FOREIGN KEY ("organizationId", "reviewId") REFERENCES "CompetencyReview"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: every person's latest shared manager rating per competency.
INSERT INTO "CompetencyLevel" ("organizationId", "personId", "competencyId", "reviewId", rating, label, at)
SELECT DISTINCT ON (r."organizationId", r."reportId", r."competencyId")
       r."organizationId", r."reportId", r."competencyId", r.id, r.rating, COALESCE(r."ratingLabel", ''), r."sharedAt"
  FROM "CompetencyReview" r
 WHERE r.kind = 'MANAGER' AND r.status = 'SHARED' AND r.rating IS NOT NULL AND r."sharedAt" IS NOT NULL
 ORDER BY r."organizationId", r."reportId", r."competencyId", r."sharedAt" DESC, r.id DESC;
