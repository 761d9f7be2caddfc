-- CreateEnum
CREATE TYPE "CadenceStatus" AS ENUM ('ACTIVE', 'PAUSED', 'ENDED');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('SCHEDULED', 'HELD', 'SKIPPED', 'RESCHEDULED');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('REGULAR', 'NO_AGENDA', 'AD_HOC');

-- CreateEnum
CREATE TYPE "Usefulness" AS ENUM ('YES', 'SOMEWHAT', 'NO');

-- CreateTable
CREATE TABLE "Cadence" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "managerId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "rrule" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "localTime" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "durationMinutes" SMALLINT NOT NULL DEFAULT 30,
    "kind" "MeetingKind" NOT NULL DEFAULT 'REGULAR',
    "status" "CadenceStatus" NOT NULL DEFAULT 'ACTIVE',
    "materializedUntil" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Cadence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "cadenceId" TEXT,
    "managerId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "occurrenceDate" DATE,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "durationMinutes" SMALLINT NOT NULL DEFAULT 30,
    "timeZone" TEXT NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "kind" "MeetingKind" NOT NULL DEFAULT 'REGULAR',
    "heldAt" TIMESTAMPTZ(3),
    "sharedNotes" TEXT NOT NULL DEFAULT '',
    "sharedNotesVersion" INTEGER NOT NULL DEFAULT 0,
    "sharedNotesUpdatedAt" TIMESTAMPTZ(3),
    "sharedNotesUpdatedBy" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TalkingPoint" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "managerId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" DOUBLE PRECISION NOT NULL,
    "checkedAt" TIMESTAMPTZ(3),
    "checkedById" TEXT,
    "checkedMeetingId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TalkingPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "managerId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "dueOn" DATE,
    "completedAt" TIMESTAMPTZ(3),
    "completedMeetingId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrivateNote" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PrivateNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingFeedback" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "rating" "Usefulness" NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Cadence_organizationId_reportId_status_idx" ON "Cadence"("organizationId", "reportId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Cadence_live_pair_key" ON "Cadence"("organizationId", "managerId", "reportId") WHERE (status <> 'ENDED');

-- CreateIndex
CREATE UNIQUE INDEX "Cadence_organizationId_id_key" ON "Cadence"("organizationId", "id");

-- CreateIndex
CREATE INDEX "Meeting_organizationId_managerId_reportId_startsAt_idx" ON "Meeting"("organizationId", "managerId", "reportId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_organizationId_reportId_startsAt_idx" ON "Meeting"("organizationId", "reportId", "startsAt");

-- CreateIndex
CREATE INDEX "Meeting_organizationId_managerId_startsAt_idx" ON "Meeting"("organizationId", "managerId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_cadenceId_occurrenceDate_key" ON "Meeting"("cadenceId", "occurrenceDate");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_organizationId_id_key" ON "Meeting"("organizationId", "id");

-- CreateIndex
CREATE INDEX "TalkingPoint_organizationId_meetingId_idx" ON "TalkingPoint"("organizationId", "meetingId");

-- CreateIndex
CREATE INDEX "TalkingPoint_open_idx" ON "TalkingPoint"("organizationId", "managerId", "reportId", "createdAt") WHERE ("checkedAt" IS NULL);

-- CreateIndex
CREATE INDEX "ActionItem_organizationId_meetingId_idx" ON "ActionItem"("organizationId", "meetingId");

-- CreateIndex
CREATE INDEX "ActionItem_open_idx" ON "ActionItem"("organizationId", "managerId", "reportId", "dueOn") WHERE ("completedAt" IS NULL);

-- CreateIndex
CREATE INDEX "ActionItem_organizationId_ownerId_completedAt_idx" ON "ActionItem"("organizationId", "ownerId", "completedAt");

-- CreateIndex
CREATE INDEX "PrivateNote_organizationId_authorId_idx" ON "PrivateNote"("organizationId", "authorId");

-- CreateIndex
CREATE UNIQUE INDEX "PrivateNote_meetingId_authorId_key" ON "PrivateNote"("meetingId", "authorId");

-- CreateIndex
CREATE UNIQUE INDEX "Question_organizationId_text_key" ON "Question"("organizationId", "text");

-- CreateIndex
CREATE INDEX "MeetingFeedback_organizationId_reportId_createdAt_idx" ON "MeetingFeedback"("organizationId", "reportId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingFeedback_organizationId_meetingId_key" ON "MeetingFeedback"("organizationId", "meetingId");

-- AddForeignKey
ALTER TABLE "Cadence" ADD CONSTRAINT "Cadence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cadence" ADD CONSTRAINT "Cadence_organizationId_managerId_fkey" FOREIGN KEY ("organizationId", "managerId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cadence" ADD CONSTRAINT "Cadence_organizationId_reportId_fkey" FOREIGN KEY ("organizationId", "reportId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_organizationId_cadenceId_fkey" FOREIGN KEY ("organizationId", "cadenceId") REFERENCES "Cadence"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_organizationId_managerId_fkey" FOREIGN KEY ("organizationId", "managerId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_organizationId_reportId_fkey" FOREIGN KEY ("organizationId", "reportId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalkingPoint" ADD CONSTRAINT "TalkingPoint_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalkingPoint" ADD CONSTRAINT "TalkingPoint_organizationId_meetingId_fkey" FOREIGN KEY ("organizationId", "meetingId") REFERENCES "Meeting"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalkingPoint" ADD CONSTRAINT "TalkingPoint_organizationId_authorId_fkey" FOREIGN KEY ("organizationId", "authorId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_organizationId_meetingId_fkey" FOREIGN KEY ("organizationId", "meetingId") REFERENCES "Meeting"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_organizationId_ownerId_fkey" FOREIGN KEY ("organizationId", "ownerId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivateNote" ADD CONSTRAINT "PrivateNote_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivateNote" ADD CONSTRAINT "PrivateNote_organizationId_meetingId_fkey" FOREIGN KEY ("organizationId", "meetingId") REFERENCES "Meeting"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrivateNote" ADD CONSTRAINT "PrivateNote_organizationId_authorId_fkey" FOREIGN KEY ("organizationId", "authorId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingFeedback" ADD CONSTRAINT "MeetingFeedback_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingFeedback" ADD CONSTRAINT "MeetingFeedback_organizationId_meetingId_fkey" FOREIGN KEY ("organizationId", "meetingId") REFERENCES "Meeting"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingFeedback" ADD CONSTRAINT "MeetingFeedback_organizationId_reportId_fkey" FOREIGN KEY ("organizationId", "reportId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
