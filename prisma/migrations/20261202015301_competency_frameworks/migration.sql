-- CreateEnum
CREATE TYPE "FrameworkStatus" AS ENUM ('ACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('MANAGER', 'SELF');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('DRAFT', 'SHARED');

-- CreateTable
CREATE TABLE "Framework" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "FrameworkStatus" NOT NULL DEFAULT 'ACTIVE',
    "orgWide" BOOLEAN NOT NULL DEFAULT false,
    "scale" JSONB NOT NULL,
    "template" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkTeam" (
    "organizationId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,

    CONSTRAINT "FrameworkTeam_pkey" PRIMARY KEY ("frameworkId","teamId")
);

-- CreateTable
CREATE TABLE "Competency" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" DOUBLE PRECISION NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Competency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetencyVersion" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "competencyId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "behaviours" TEXT[],
    "expectedResult" TEXT NOT NULL DEFAULT '',
    "leaderCheck" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompetencyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetencyReview" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "managerId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "competencyId" TEXT NOT NULL,
    "competencyVersionId" TEXT NOT NULL,
    "kind" "ReviewKind" NOT NULL,
    "authorId" TEXT NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "rating" INTEGER,
    "ratingLabel" TEXT,
    "observed" INTEGER[],
    "evidence" TEXT NOT NULL DEFAULT '',
    "nextStepItemId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "sharedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CompetencyReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Framework_organizationId_status_idx" ON "Framework"("organizationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Framework_organizationId_id_key" ON "Framework"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkTeam_organizationId_teamId_key" ON "FrameworkTeam"("organizationId", "teamId");

-- CreateIndex
CREATE INDEX "Competency_organizationId_frameworkId_position_idx" ON "Competency"("organizationId", "frameworkId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Competency_organizationId_id_key" ON "Competency"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Competency_live_name_key" ON "Competency"("frameworkId", "name") WHERE ("archivedAt" IS NULL);

-- CreateIndex
CREATE UNIQUE INDEX "CompetencyVersion_competencyId_version_key" ON "CompetencyVersion"("competencyId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "CompetencyVersion_organizationId_id_key" ON "CompetencyVersion"("organizationId", "id");

-- CreateIndex
CREATE INDEX "CompetencyReview_organizationId_reportId_competencyId_creat_idx" ON "CompetencyReview"("organizationId", "reportId", "competencyId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CompetencyReview_meetingId_competencyId_kind_key" ON "CompetencyReview"("meetingId", "competencyId", "kind");

-- AddForeignKey
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkTeam" ADD CONSTRAINT "FrameworkTeam_organizationId_frameworkId_fkey" FOREIGN KEY ("organizationId", "frameworkId") REFERENCES "Framework"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkTeam" ADD CONSTRAINT "FrameworkTeam_organizationId_teamId_fkey" FOREIGN KEY ("organizationId", "teamId") REFERENCES "Team"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Competency" ADD CONSTRAINT "Competency_organizationId_frameworkId_fkey" FOREIGN KEY ("organizationId", "frameworkId") REFERENCES "Framework"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyVersion" ADD CONSTRAINT "CompetencyVersion_organizationId_competencyId_fkey" FOREIGN KEY ("organizationId", "competencyId") REFERENCES "Competency"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyReview" ADD CONSTRAINT "CompetencyReview_organizationId_meetingId_fkey" FOREIGN KEY ("organizationId", "meetingId") REFERENCES "Meeting"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyReview" ADD CONSTRAINT "CompetencyReview_organizationId_competencyId_fkey" FOREIGN KEY ("organizationId", "competencyId") REFERENCES "Competency"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyReview" ADD CONSTRAINT "CompetencyReview_organizationId_competencyVersionId_fkey" FOREIGN KEY ("organizationId", "competencyVersionId") REFERENCES "CompetencyVersion"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
