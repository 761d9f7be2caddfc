-- CreateIndex
CREATE INDEX "ActionItem_due_idx" ON "ActionItem"("organizationId", "reportId", "dueOn") WHERE ("deletedAt" IS NULL);

-- CreateIndex
CREATE INDEX "RecognitionRecipient_given_idx" ON "RecognitionRecipient"("organizationId", "giverId", "createdAt") WHERE ("deletedAt" IS NULL);
