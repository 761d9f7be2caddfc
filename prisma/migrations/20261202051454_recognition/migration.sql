-- CreateEnum
CREATE TYPE "RecognitionVisibility" AS ENUM ('PUBLIC', 'PRIVATE');

-- CreateTable
CREATE TABLE "Recognition" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "giverId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "visibility" "RecognitionVisibility" NOT NULL DEFAULT 'PUBLIC',
    "competencyId" TEXT,
    "behaviour" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" TIMESTAMPTZ(3),
    "deletedAt" TIMESTAMPTZ(3),
    "deletedById" TEXT,

    CONSTRAINT "Recognition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecognitionRecipient" (
    "organizationId" TEXT NOT NULL,
    "recognitionId" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "giverId" TEXT NOT NULL,
    "visibility" "RecognitionVisibility" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RecognitionRecipient_pkey" PRIMARY KEY ("recognitionId","recipientId")
);

-- CreateTable
CREATE TABLE "RecognitionReaction" (
    "organizationId" TEXT NOT NULL,
    "recognitionId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "emoji" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecognitionReaction_pkey" PRIMARY KEY ("recognitionId","memberId","emoji")
);

-- CreateIndex
CREATE INDEX "Recognition_feed_idx" ON "Recognition"("organizationId", "createdAt" DESC, "id" DESC) WHERE ("deletedAt" IS NULL);

-- CreateIndex
CREATE INDEX "Recognition_organizationId_giverId_createdAt_idx" ON "Recognition"("organizationId", "giverId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Recognition_organizationId_id_key" ON "Recognition"("organizationId", "id");

-- CreateIndex
CREATE INDEX "RecognitionRecipient_organizationId_recipientId_createdAt_idx" ON "RecognitionRecipient"("organizationId", "recipientId", "createdAt");

-- CreateIndex
CREATE INDEX "RecognitionRecipient_organizationId_giverId_recipientId_cre_idx" ON "RecognitionRecipient"("organizationId", "giverId", "recipientId", "createdAt");

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_organizationId_giverId_fkey" FOREIGN KEY ("organizationId", "giverId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recognition" ADD CONSTRAINT "Recognition_organizationId_competencyId_fkey" FOREIGN KEY ("organizationId", "competencyId") REFERENCES "Competency"("organizationId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "RecognitionRecipient" ADD CONSTRAINT "RecognitionRecipient_organizationId_recognitionId_fkey" FOREIGN KEY ("organizationId", "recognitionId") REFERENCES "Recognition"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognitionRecipient" ADD CONSTRAINT "RecognitionRecipient_organizationId_recipientId_fkey" FOREIGN KEY ("organizationId", "recipientId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognitionReaction" ADD CONSTRAINT "RecognitionReaction_organizationId_recognitionId_fkey" FOREIGN KEY ("organizationId", "recognitionId") REFERENCES "Recognition"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecognitionReaction" ADD CONSTRAINT "RecognitionReaction_organizationId_memberId_fkey" FOREIGN KEY ("organizationId", "memberId") REFERENCES "Membership"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
