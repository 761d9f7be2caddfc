-- CreateIndex
CREATE INDEX "TalkingPoint_organizationId_checkedMeetingId_idx" ON "TalkingPoint"("organizationId", "checkedMeetingId");
