-- CreateEnum
CREATE TYPE "ChecklistKind" AS ENUM ('STANDARD', 'DAILY');

-- CreateEnum
CREATE TYPE "TemplateStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "InspectionKind" AS ENUM ('DAILY', 'SELF_CHECK', 'MONTHLY_VISIT', 'CROSS', 'MYSTERY');

-- CreateEnum
CREATE TYPE "InspectionStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ScopeLevel" AS ENUM ('CITY', 'DISTRICT');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('CRITICAL', 'MAJOR', 'MINOR');

-- CreateEnum
CREATE TYPE "RectificationStatus" AS ENUM ('OPEN', 'RESPONDED', 'REJECTED_BACK', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "NoticeStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "ChecklistTemplate" (
    "id" UUID NOT NULL,
    "lineId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ChecklistKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "TemplateStatus" NOT NULL,
    "passLine" DOUBLE PRECISION NOT NULL,
    "sections" JSONB NOT NULL,
    "itemCount" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID NOT NULL,

    CONSTRAINT "ChecklistTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionPlan" (
    "id" UUID NOT NULL,
    "scopeLevel" "ScopeLevel" NOT NULL,
    "scopeOrgId" UUID NOT NULL,
    "scopeName" TEXT NOT NULL,
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "authorId" UUID NOT NULL,
    "authorName" TEXT NOT NULL,
    "status" "PlanStatus" NOT NULL,
    "firstSubmittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InspectionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanEntry" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "hallId" UUID NOT NULL,
    "hallName" TEXT NOT NULL,
    "districtId" UUID NOT NULL,
    "kind" "InspectionKind" NOT NULL,
    "templateLineId" UUID NOT NULL,
    "inspectorIds" UUID[],
    "inspectorNames" TEXT[],
    "plannedDate" TEXT NOT NULL,

    CONSTRAINT "PlanEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanEvent" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" UUID NOT NULL,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "PlanStatus",
    "toStatus" "PlanStatus" NOT NULL,
    "comment" TEXT,

    CONSTRAINT "PlanEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" UUID NOT NULL,
    "kind" "InspectionKind" NOT NULL,
    "status" "InspectionStatus" NOT NULL,
    "hallId" UUID NOT NULL,
    "hallName" TEXT NOT NULL,
    "districtId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "templateId" UUID NOT NULL,
    "planEntryId" UUID,
    "inspectorId" UUID NOT NULL,
    "inspectorName" TEXT NOT NULL,
    "assigneeIds" UUID[],
    "inspectedOn" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "draftRevision" INTEGER NOT NULL DEFAULT 0,
    "draftResults" JSONB,
    "total" DOUBLE PRECISION,
    "passed" BOOLEAN,
    "vetoed" BOOLEAN,
    "sectionScores" JSONB,
    "problemCount" INTEGER NOT NULL DEFAULT 0,
    "summary" TEXT,
    "mysteryPublishedAt" TIMESTAMP(3),
    "clientKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemResult" (
    "id" BIGSERIAL NOT NULL,
    "inspectionId" UUID NOT NULL,
    "itemCode" TEXT NOT NULL,
    "sectionCode" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "points" DOUBLE PRECISION,
    "problem" BOOLEAN NOT NULL,
    "note" TEXT,
    "photoIds" UUID[],

    CONSTRAINT "ItemResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Photo" (
    "id" UUID NOT NULL,
    "hallId" UUID NOT NULL,
    "storageKey" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Photo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RectificationOrder" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "hallId" UUID NOT NULL,
    "hallName" TEXT NOT NULL,
    "districtId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "itemCode" TEXT NOT NULL,
    "itemTitle" TEXT NOT NULL,
    "sectionName" TEXT NOT NULL,
    "severity" "Severity" NOT NULL,
    "veto" BOOLEAN NOT NULL,
    "problem" TEXT NOT NULL,
    "problemPhotoIds" UUID[],
    "evidenceRequired" BOOLEAN NOT NULL,
    "status" "RectificationStatus" NOT NULL,
    "attempt" INTEGER NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "verifierId" UUID NOT NULL,
    "verifierName" TEXT NOT NULL,
    "responseMeasures" TEXT,
    "responsePhotoIds" UUID[],
    "respondedAt" TIMESTAMP(3),
    "respondedById" UUID,
    "rejectReason" TEXT,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "RectificationOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RectificationEvent" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" UUID NOT NULL,
    "actorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "RectificationStatus" NOT NULL,
    "toStatus" "RectificationStatus" NOT NULL,
    "comment" TEXT,

    CONSTRAINT "RectificationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HallMonthStat" (
    "hallId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "kind" "InspectionKind" NOT NULL,
    "hallName" TEXT NOT NULL,
    "districtId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "inspections" INTEGER NOT NULL,
    "scoreSum" DOUBLE PRECISION NOT NULL,
    "passedCount" INTEGER NOT NULL,
    "vetoedCount" INTEGER NOT NULL,
    "problemCount" INTEGER NOT NULL,

    CONSTRAINT "HallMonthStat_pkey" PRIMARY KEY ("hallId","month","kind")
);

-- CreateTable
CREATE TABLE "ItemMonthStat" (
    "hallId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "kind" "InspectionKind" NOT NULL,
    "itemCode" TEXT NOT NULL,
    "itemTitle" TEXT NOT NULL,
    "sectionName" TEXT NOT NULL,
    "districtId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "inspected" INTEGER NOT NULL,
    "problems" INTEGER NOT NULL,

    CONSTRAINT "ItemMonthStat_pkey" PRIMARY KEY ("hallId","month","kind","itemCode")
);

-- CreateTable
CREATE TABLE "MonthlyNotice" (
    "id" UUID NOT NULL,
    "scopeLevel" "ScopeLevel" NOT NULL,
    "scopeOrgId" UUID NOT NULL,
    "scopeName" TEXT NOT NULL,
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "status" "NoticeStatus" NOT NULL,
    "content" JSONB NOT NULL,
    "createdById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "publishedById" UUID,

    CONSTRAINT "MonthlyNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthArchive" (
    "id" UUID NOT NULL,
    "scopeOrgId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "archivedAt" TIMESTAMP(3) NOT NULL,
    "archivedById" UUID NOT NULL,

    CONSTRAINT "MonthArchive_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QueueReading" (
    "id" UUID NOT NULL,
    "hallId" UUID NOT NULL,
    "hallName" TEXT NOT NULL,
    "districtId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "openCounters" INTEGER NOT NULL,
    "waitingCustomers" INTEGER NOT NULL,
    "level" INTEGER NOT NULL,
    "beyondPlan" BOOLEAN NOT NULL,
    "actions" TEXT[],
    "reportedById" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" UUID,

    CONSTRAINT "QueueReading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QueueSettings" (
    "cityId" UUID NOT NULL,
    "level1" DOUBLE PRECISION NOT NULL,
    "level2" DOUBLE PRECISION NOT NULL,
    "planCeiling" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" UUID NOT NULL,

    CONSTRAINT "QueueSettings_pkey" PRIMARY KEY ("cityId")
);

-- CreateIndex
CREATE INDEX "ChecklistTemplate_cityId_kind_status_idx" ON "ChecklistTemplate"("cityId", "kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistTemplate_lineId_version_key" ON "ChecklistTemplate"("lineId", "version");

-- CreateIndex
CREATE INDEX "InspectionPlan_cityId_month_idx" ON "InspectionPlan"("cityId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionPlan_scopeOrgId_month_key" ON "InspectionPlan"("scopeOrgId", "month");

-- CreateIndex
CREATE INDEX "PlanEntry_planId_idx" ON "PlanEntry"("planId");

-- CreateIndex
CREATE INDEX "PlanEntry_hallId_idx" ON "PlanEntry"("hallId");

-- CreateIndex
CREATE INDEX "PlanEvent_planId_at_idx" ON "PlanEvent"("planId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Inspection_clientKey_key" ON "Inspection"("clientKey");

-- CreateIndex
CREATE INDEX "Inspection_hallId_month_idx" ON "Inspection"("hallId", "month");

-- CreateIndex
CREATE INDEX "Inspection_districtId_month_kind_idx" ON "Inspection"("districtId", "month", "kind");

-- CreateIndex
CREATE INDEX "Inspection_cityId_month_kind_idx" ON "Inspection"("cityId", "month", "kind");

-- CreateIndex
CREATE INDEX "Inspection_inspectorId_status_idx" ON "Inspection"("inspectorId", "status");

-- CreateIndex
CREATE INDEX "Inspection_planEntryId_idx" ON "Inspection"("planEntryId");

-- CreateIndex
CREATE INDEX "ItemResult_inspectionId_idx" ON "ItemResult"("inspectionId");

-- CreateIndex
CREATE UNIQUE INDEX "Photo_storageKey_key" ON "Photo"("storageKey");

-- CreateIndex
CREATE INDEX "Photo_hallId_idx" ON "Photo"("hallId");

-- CreateIndex
CREATE INDEX "RectificationOrder_hallId_status_idx" ON "RectificationOrder"("hallId", "status");

-- CreateIndex
CREATE INDEX "RectificationOrder_districtId_status_deadline_idx" ON "RectificationOrder"("districtId", "status", "deadline");

-- CreateIndex
CREATE INDEX "RectificationOrder_cityId_status_deadline_idx" ON "RectificationOrder"("cityId", "status", "deadline");

-- CreateIndex
CREATE INDEX "RectificationOrder_cityId_month_idx" ON "RectificationOrder"("cityId", "month");

-- CreateIndex
CREATE INDEX "RectificationOrder_inspectionId_idx" ON "RectificationOrder"("inspectionId");

-- CreateIndex
CREATE INDEX "RectificationEvent_orderId_at_idx" ON "RectificationEvent"("orderId", "at");

-- CreateIndex
CREATE INDEX "HallMonthStat_cityId_month_idx" ON "HallMonthStat"("cityId", "month");

-- CreateIndex
CREATE INDEX "HallMonthStat_districtId_month_idx" ON "HallMonthStat"("districtId", "month");

-- CreateIndex
CREATE INDEX "ItemMonthStat_cityId_month_idx" ON "ItemMonthStat"("cityId", "month");

-- CreateIndex
CREATE INDEX "ItemMonthStat_districtId_month_idx" ON "ItemMonthStat"("districtId", "month");

-- CreateIndex
CREATE INDEX "MonthlyNotice_cityId_month_idx" ON "MonthlyNotice"("cityId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyNotice_scopeOrgId_month_key" ON "MonthlyNotice"("scopeOrgId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "MonthArchive_scopeOrgId_month_key" ON "MonthArchive"("scopeOrgId", "month");

-- CreateIndex
CREATE INDEX "QueueReading_hallId_at_idx" ON "QueueReading"("hallId", "at");

-- CreateIndex
CREATE INDEX "QueueReading_districtId_level_at_idx" ON "QueueReading"("districtId", "level", "at");

-- AddForeignKey
ALTER TABLE "PlanEntry" ADD CONSTRAINT "PlanEntry_planId_fkey" FOREIGN KEY ("planId") REFERENCES "InspectionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanEvent" ADD CONSTRAINT "PlanEvent_planId_fkey" FOREIGN KEY ("planId") REFERENCES "InspectionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ChecklistTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_planEntryId_fkey" FOREIGN KEY ("planEntryId") REFERENCES "PlanEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemResult" ADD CONSTRAINT "ItemResult_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationOrder" ADD CONSTRAINT "RectificationOrder_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationEvent" ADD CONSTRAINT "RectificationEvent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "RectificationOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;
