-- CreateEnum
CREATE TYPE "ImprovementPlanStatus" AS ENUM ('OPEN', 'IMPROVED', 'NOT_IMPROVED', 'MOVED_ON');

-- CreateTable
CREATE TABLE "CoachingSetting" (
    "cityId" UUID NOT NULL,
    "lowScore" DOUBLE PRECISION NOT NULL,
    "improveBy" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedByName" TEXT NOT NULL,

    CONSTRAINT "CoachingSetting_pkey" PRIMARY KEY ("cityId")
);

-- CreateTable
CREATE TABLE "ImprovementPlan" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "scorecardId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "personName" TEXT NOT NULL,
    "staffNo" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "hallId" UUID NOT NULL,
    "hallName" TEXT NOT NULL,
    "districtId" UUID,
    "goal" TEXT NOT NULL,
    "status" "ImprovementPlanStatus" NOT NULL DEFAULT 'OPEN',
    "coachId" UUID NOT NULL,
    "coachName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "closedByName" TEXT,
    "closingNote" TEXT,

    CONSTRAINT "ImprovementPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImprovementAction" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "ownerId" UUID NOT NULL,
    "ownerName" TEXT NOT NULL,
    "followUpOn" TEXT NOT NULL,
    "followUpNote" TEXT,
    "followedUpAt" TIMESTAMP(3),
    "followedUpByName" TEXT,

    CONSTRAINT "ImprovementAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recognition" (
    "scorecardId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "personName" TEXT NOT NULL,
    "hallId" UUID NOT NULL,
    "note" TEXT NOT NULL,
    "byId" UUID NOT NULL,
    "byName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Recognition_pkey" PRIMARY KEY ("scorecardId")
);

-- CreateIndex
CREATE INDEX "ImprovementPlan_personId_idx" ON "ImprovementPlan"("personId");

-- CreateIndex
CREATE INDEX "ImprovementPlan_hallId_status_idx" ON "ImprovementPlan"("hallId", "status");

-- CreateIndex
CREATE INDEX "ImprovementPlan_coachId_status_idx" ON "ImprovementPlan"("coachId", "status");

-- CreateIndex
CREATE INDEX "ImprovementAction_planId_position_idx" ON "ImprovementAction"("planId", "position");

-- CreateIndex
CREATE INDEX "ImprovementAction_followUpOn_idx" ON "ImprovementAction"("followUpOn");

-- CreateIndex
CREATE INDEX "Recognition_cityId_month_idx" ON "Recognition"("cityId", "month");

-- AddForeignKey
ALTER TABLE "ImprovementAction" ADD CONSTRAINT "ImprovementAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ImprovementPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
