-- CreateIndex
CREATE INDEX "CompetencyReview_level_idx" ON "CompetencyReview"("organizationId", "reportId", "competencyId", "sharedAt" DESC) WHERE (kind = 'MANAGER' AND status = 'SHARED');
