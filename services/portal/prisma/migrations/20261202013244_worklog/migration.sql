-- AlterEnum
ALTER TYPE "DutyEvidenceKind" ADD VALUE 'WORK_LOG';

-- CreateTable
CREATE TABLE "work_log" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "person_name" TEXT NOT NULL,
    "org_node_id" UUID NOT NULL,
    "org_name" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "entries" TEXT[],
    "floor_minutes" INTEGER NOT NULL,
    "issues" TEXT NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "work_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "weekly_report" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "person_name" TEXT NOT NULL,
    "org_node_id" UUID NOT NULL,
    "org_name" TEXT NOT NULL,
    "week_start" TEXT NOT NULL,
    "plan" TEXT,
    "plan_at" TIMESTAMPTZ(3),
    "summary" TEXT,
    "summary_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "weekly_report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "work_log_org_node_id_day_idx" ON "work_log"("org_node_id", "day");

-- CreateIndex
CREATE UNIQUE INDEX "work_log_person_id_day_key" ON "work_log"("person_id", "day");

-- CreateIndex
CREATE INDEX "weekly_report_org_node_id_week_start_idx" ON "weekly_report"("org_node_id", "week_start");

-- CreateIndex
CREATE UNIQUE INDEX "weekly_report_person_id_week_start_key" ON "weekly_report"("person_id", "week_start");
