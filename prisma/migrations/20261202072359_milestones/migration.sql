-- CreateEnum
CREATE TYPE "MilestoneRecurrence" AS ENUM ('ONE_OFF', 'YEARLY');

-- CreateTable
CREATE TABLE "CustomMilestone" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "recurrence" "MilestoneRecurrence" NOT NULL DEFAULT 'ONE_OFF',
    "personId" TEXT,
    "teamId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CustomMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarFeedToken" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CalendarFeedToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CustomMilestone_organizationId_personId_idx" ON "CustomMilestone"("organizationId", "personId");

-- CreateIndex
CREATE INDEX "CustomMilestone_organizationId_teamId_idx" ON "CustomMilestone"("organizationId", "teamId");

-- CreateIndex
CREATE INDEX "CustomMilestone_organizationId_date_idx" ON "CustomMilestone"("organizationId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "CustomMilestone_organizationId_id_key" ON "CustomMilestone"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeedToken_membershipId_key" ON "CalendarFeedToken"("membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeedToken_tokenHash_key" ON "CalendarFeedToken"("tokenHash");

-- CreateIndex
CREATE INDEX "Membership_organizationId_birthdayMonth_birthdayDay_idx" ON "Membership"("organizationId", "birthdayMonth", "birthdayDay");

-- AddForeignKey
ALTER TABLE "CustomMilestone" ADD CONSTRAINT "CustomMilestone_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomMilestone" ADD CONSTRAINT "CustomMilestone_organizationId_personId_fkey" FOREIGN KEY ("organizationId", "personId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomMilestone" ADD CONSTRAINT "CustomMilestone_organizationId_teamId_fkey" FOREIGN KEY ("organizationId", "teamId") REFERENCES "Team"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomMilestone" ADD CONSTRAINT "CustomMilestone_organizationId_createdById_fkey" FOREIGN KEY ("organizationId", "createdById") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeedToken" ADD CONSTRAINT "CalendarFeedToken_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CalendarFeedToken" ADD CONSTRAINT "CalendarFeedToken_organizationId_membershipId_fkey" FOREIGN KEY ("organizationId", "membershipId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: Prisma does not model CHECK constraints (db:check ignores them). No semicolons
-- in these comments: the offline migration engine splits the script on them.
-- A custom milestone is about exactly one person or exactly one team.
ALTER TABLE "CustomMilestone" ADD CONSTRAINT "CustomMilestone_person_xor_team" CHECK (("personId" IS NULL) <> ("teamId" IS NULL));

-- The title limits of calendar.limits.ts, as a backstop for writes that bypass the schemas.
ALTER TABLE "CustomMilestone" ADD CONSTRAINT "CustomMilestone_title_length" CHECK (char_length("title") BETWEEN 1 AND 120);
