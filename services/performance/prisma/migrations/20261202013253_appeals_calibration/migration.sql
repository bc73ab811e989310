-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('FILED', 'INTERVIEWED', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "GradeMethod" AS ENUM ('BANDS', 'DISTRIBUTION');

-- AlterTable
ALTER TABLE "GradeSetting" ADD COLUMN     "appealWindowDays" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "method" "GradeMethod" NOT NULL DEFAULT 'BANDS';

-- AlterTable
ALTER TABLE "Scorecard" ADD COLUMN     "calibratedGrade" "Grade";

-- CreateTable
CREATE TABLE "Appeal" (
    "id" UUID NOT NULL,
    "scorecardId" UUID NOT NULL,
    "kpiId" UUID NOT NULL,
    "kpiName" TEXT NOT NULL,
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "personName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "hallId" UUID NOT NULL,
    "hallName" TEXT NOT NULL,
    "districtId" UUID,
    "reason" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'FILED',
    "interview" JSONB,
    "decisionReason" TEXT,
    "adjustmentId" UUID,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppealStep" (
    "id" UUID NOT NULL,
    "appealId" UUID NOT NULL,
    "status" "AppealStatus" NOT NULL,
    "note" TEXT NOT NULL,
    "byId" UUID NOT NULL,
    "byName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AppealStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalibrationMove" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "districtId" UUID NOT NULL,
    "scorecardId" UUID NOT NULL,
    "personName" TEXT NOT NULL,
    "fromGrade" "Grade" NOT NULL,
    "toGrade" "Grade" NOT NULL,
    "reason" TEXT NOT NULL,
    "byId" UUID NOT NULL,
    "byName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalibrationMove_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalibrationLock" (
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "districtId" UUID NOT NULL,
    "lockedById" UUID NOT NULL,
    "lockedByName" TEXT NOT NULL,
    "lockedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalibrationLock_pkey" PRIMARY KEY ("cityId","month","districtId")
);

-- CreateIndex
CREATE INDEX "Appeal_personId_idx" ON "Appeal"("personId");

-- CreateIndex
CREATE INDEX "Appeal_hallId_status_idx" ON "Appeal"("hallId", "status");

-- CreateIndex
CREATE INDEX "Appeal_scorecardId_kpiId_idx" ON "Appeal"("scorecardId", "kpiId");

-- CreateIndex
CREATE INDEX "AppealStep_appealId_at_idx" ON "AppealStep"("appealId", "at");

-- CreateIndex
CREATE INDEX "CalibrationMove_cityId_month_districtId_idx" ON "CalibrationMove"("cityId", "month", "districtId");

-- AddForeignKey
ALTER TABLE "AppealStep" ADD CONSTRAINT "AppealStep_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE CASCADE ON UPDATE CASCADE;
