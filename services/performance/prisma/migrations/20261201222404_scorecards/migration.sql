-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('HIGHER', 'LOWER');

-- CreateEnum
CREATE TYPE "KpiSource" AS ENUM ('HALL_INSPECTION_SCORE', 'RECTIFICATION_RATE', 'RECTIFICATION_OVERDUE', 'EXAM_SCORE', 'EXAM_RETAKE', 'SKILL_TEST', 'UNREAD_READING', 'COMPLAINTS', 'SATISFACTION_RATE', 'FIRST_SALE_RATE', 'MARKETING_VOLUME', 'TEAM_ATTITUDE');

-- CreateEnum
CREATE TYPE "Grade" AS ENUM ('EXCELLENT', 'GOOD', 'PASS', 'FAIL');

-- CreateEnum
CREATE TYPE "MonthStatus" AS ENUM ('OPEN', 'SIGNED_OFF');

-- CreateEnum
CREATE TYPE "ScorecardStatus" AS ENUM ('COMPUTED', 'SELF_ASSESSED', 'ASSESSED');

-- CreateTable
CREATE TABLE "Kpi" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "direction" "KpiDirection" NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "rule" JSONB NOT NULL,
    "source" "KpiSource" NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Scheme" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fromMonth" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Scheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchemeKpi" (
    "schemeId" UUID NOT NULL,
    "kpiId" UUID NOT NULL,
    "weight" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SchemeKpi_pkey" PRIMARY KEY ("schemeId","kpiId")
);

-- CreateTable
CREATE TABLE "TargetAllocation" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "kpiId" UUID NOT NULL,
    "subjectId" UUID NOT NULL,
    "subjectName" TEXT NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "allocatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TargetAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetAcknowledgement" (
    "personId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "schemeId" UUID NOT NULL,
    "acknowledgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TargetAcknowledgement_pkey" PRIMARY KEY ("personId","month")
);

-- CreateTable
CREATE TABLE "PerformanceMonth" (
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "status" "MonthStatus" NOT NULL DEFAULT 'OPEN',
    "lastRunAt" TIMESTAMP(3),
    "signedOffAt" TIMESTAMP(3),
    "signedOffById" UUID,
    "signedOffByName" TEXT,

    CONSTRAINT "PerformanceMonth_pkey" PRIMARY KEY ("cityId","month")
);

-- CreateTable
CREATE TABLE "Scorecard" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "personName" TEXT NOT NULL,
    "staffNo" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "hallId" UUID NOT NULL,
    "hallName" TEXT NOT NULL,
    "districtId" UUID,
    "districtName" TEXT,
    "schemeId" UUID NOT NULL,
    "computed" DOUBLE PRECISION NOT NULL,
    "adjustmentTotal" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "final" DOUBLE PRECISION NOT NULL,
    "grade" "Grade" NOT NULL,
    "status" "ScorecardStatus" NOT NULL DEFAULT 'COMPUTED',
    "selfComment" TEXT,
    "selfAssessedAt" TIMESTAMP(3),
    "assessorId" UUID,
    "assessorName" TEXT,
    "assessorComment" TEXT,
    "assessedAt" TIMESTAMP(3),
    "computedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scorecard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardLine" (
    "scorecardId" UUID NOT NULL,
    "kpiId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kpiName" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "source" "KpiSource" NOT NULL,
    "weight" INTEGER NOT NULL,
    "direction" "KpiDirection" NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "rule" JSONB NOT NULL,
    "value" DOUBLE PRECISION,
    "points" DOUBLE PRECISION NOT NULL,
    "evidence" JSONB NOT NULL,
    "enteredByName" TEXT,

    CONSTRAINT "ScorecardLine_pkey" PRIMARY KEY ("scorecardId","kpiId")
);

-- CreateTable
CREATE TABLE "ScorecardAdjustment" (
    "id" UUID NOT NULL,
    "scorecardId" UUID NOT NULL,
    "points" DOUBLE PRECISION NOT NULL,
    "reason" TEXT NOT NULL,
    "byId" UUID NOT NULL,
    "byName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScorecardAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GradeSetting" (
    "cityId" UUID NOT NULL,
    "excellent" DOUBLE PRECISION NOT NULL,
    "good" DOUBLE PRECISION NOT NULL,
    "pass" DOUBLE PRECISION NOT NULL,
    "excellentMax" DOUBLE PRECISION NOT NULL,
    "failMin" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "GradeSetting_pkey" PRIMARY KEY ("cityId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Kpi_cityId_name_key" ON "Kpi"("cityId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Scheme_cityId_role_fromMonth_key" ON "Scheme"("cityId", "role", "fromMonth");

-- CreateIndex
CREATE INDEX "TargetAllocation_cityId_month_idx" ON "TargetAllocation"("cityId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "TargetAllocation_month_kpiId_subjectId_key" ON "TargetAllocation"("month", "kpiId", "subjectId");

-- CreateIndex
CREATE INDEX "Scorecard_cityId_month_hallId_idx" ON "Scorecard"("cityId", "month", "hallId");

-- CreateIndex
CREATE UNIQUE INDEX "Scorecard_month_personId_key" ON "Scorecard"("month", "personId");

-- CreateIndex
CREATE INDEX "ScorecardAdjustment_scorecardId_idx" ON "ScorecardAdjustment"("scorecardId");

-- AddForeignKey
ALTER TABLE "SchemeKpi" ADD CONSTRAINT "SchemeKpi_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "Scheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchemeKpi" ADD CONSTRAINT "SchemeKpi_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardLine" ADD CONSTRAINT "ScorecardLine_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardAdjustment" ADD CONSTRAINT "ScorecardAdjustment_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;
