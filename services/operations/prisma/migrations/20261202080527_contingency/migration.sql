-- CreateEnum
CREATE TYPE "PlanKind" AS ENUM ('SYSTEM_OUTAGE', 'POWER_NETWORK', 'CROWDING', 'SECURITY', 'PUBLIC_HEALTH');

-- CreateEnum
CREATE TYPE "IncidentMode" AS ENUM ('INCIDENT', 'DRILL');

-- CreateEnum
CREATE TYPE "DrillRating" AS ENUM ('GOOD', 'PASS', 'FAIL');

-- CreateTable
CREATE TABLE "PlanTemplate" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "kind" "PlanKind" NOT NULL,
    "title" TEXT NOT NULL,
    "activation" TEXT NOT NULL,
    "escalateAt" INTEGER NOT NULL,
    "steps" JSONB NOT NULL,
    "contacts" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HallPlan" (
    "id" UUID NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "orgName" TEXT NOT NULL,
    "templateId" UUID,
    "templateRevision" INTEGER,
    "kind" "PlanKind" NOT NULL,
    "title" TEXT NOT NULL,
    "activation" TEXT NOT NULL,
    "escalateAt" INTEGER NOT NULL,
    "steps" JSONB NOT NULL,
    "contacts" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HallPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "orgName" TEXT NOT NULL,
    "mode" "IncidentMode" NOT NULL,
    "title" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "escalateAt" INTEGER NOT NULL,
    "startedById" UUID NOT NULL,
    "startedByName" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "escalatedAt" TIMESTAMP(3),
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedByName" TEXT,
    "closedAt" TIMESTAMP(3),
    "closedByName" TEXT,
    "review" TEXT,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentStep" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "order" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "doneAt" TIMESTAMP(3),
    "doneById" UUID,
    "doneByName" TEXT,

    CONSTRAINT "IncidentStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentNote" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "photoId" UUID,
    "byId" UUID NOT NULL,
    "byName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IncidentNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Drill" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "orgName" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "scheduledByName" TEXT NOT NULL,
    "incidentId" UUID,
    "rating" "DrillRating",
    "findings" TEXT,
    "actions" TEXT,
    "evaluatedByName" TEXT,
    "evaluatedAt" TIMESTAMP(3),

    CONSTRAINT "Drill_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanTemplate_cityId_kind_idx" ON "PlanTemplate"("cityId", "kind");

-- CreateIndex
CREATE INDEX "HallPlan_orgNodeId_kind_idx" ON "HallPlan"("orgNodeId", "kind");

-- CreateIndex
CREATE INDEX "Incident_orgNodeId_startedAt_idx" ON "Incident"("orgNodeId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentStep_incidentId_order_key" ON "IncidentStep"("incidentId", "order");

-- CreateIndex
CREATE INDEX "IncidentNote_incidentId_at_idx" ON "IncidentNote"("incidentId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Drill_incidentId_key" ON "Drill"("incidentId");

-- CreateIndex
CREATE INDEX "Drill_orgNodeId_dueOn_idx" ON "Drill"("orgNodeId", "dueOn");

-- AddForeignKey
ALTER TABLE "HallPlan" ADD CONSTRAINT "HallPlan_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "PlanTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_planId_fkey" FOREIGN KEY ("planId") REFERENCES "HallPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentStep" ADD CONSTRAINT "IncidentStep_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentNote" ADD CONSTRAINT "IncidentNote_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Drill" ADD CONSTRAINT "Drill_planId_fkey" FOREIGN KEY ("planId") REFERENCES "HallPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Drill" ADD CONSTRAINT "Drill_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;
