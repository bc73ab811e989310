-- CreateEnum
CREATE TYPE "DutyCadence" AS ENUM ('DAILY', 'WEEKLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "DutyEvidenceKind" AS ENUM ('DAILY_CHECK', 'SELF_CHECK', 'SUPERVISION_VISIT', 'RECTIFICATION_CLOSED');

-- CreateEnum
CREATE TYPE "DutyStatus" AS ENUM ('OPEN', 'DONE', 'MISSED');

-- CreateTable
CREATE TABLE "duty_template" (
    "id" UUID NOT NULL,
    "city_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "effective_from" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "cadence" "DutyCadence" NOT NULL,
    "title" TEXT NOT NULL,
    "target" INTEGER NOT NULL,
    "due_day" INTEGER,
    "due_time" TEXT NOT NULL,
    "window_start" TEXT,
    "weekdays_only" BOOLEAN NOT NULL,
    "evidence" "DutyEvidenceKind",
    "active" BOOLEAN NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "duty_template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "duty_holder" (
    "person_id" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "org_node_id" UUID NOT NULL,
    "city_id" UUID NOT NULL,
    "person_name" TEXT NOT NULL,
    "org_name" TEXT NOT NULL,
    "seen_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "duty_holder_pkey" PRIMARY KEY ("person_id","role","org_node_id")
);

-- CreateTable
CREATE TABLE "duty_task" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "person_name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "org_node_id" UUID NOT NULL,
    "org_name" TEXT NOT NULL,
    "city_id" UUID NOT NULL,
    "template_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "cadence" "DutyCadence" NOT NULL,
    "period_key" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "period_end" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "target" INTEGER NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "evidence" "DutyEvidenceKind",
    "window_start_at" TIMESTAMPTZ(3),
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "DutyStatus" NOT NULL DEFAULT 'OPEN',
    "completed_at" TIMESTAMPTZ(3),
    "missed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "duty_task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "duty_proof" (
    "id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "source_event_id" UUID NOT NULL,
    "evidence" "DutyEvidenceKind",
    "note" TEXT,
    "area" TEXT,
    "link" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "duty_proof_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "duty_template_city_id_effective_from_idx" ON "duty_template"("city_id", "effective_from");

-- CreateIndex
CREATE UNIQUE INDEX "duty_template_city_id_code_version_key" ON "duty_template"("city_id", "code", "version");

-- CreateIndex
CREATE INDEX "duty_holder_city_id_idx" ON "duty_holder"("city_id");

-- CreateIndex
CREATE INDEX "duty_task_person_id_period_start_idx" ON "duty_task"("person_id", "period_start");

-- CreateIndex
CREATE INDEX "duty_task_status_period_end_idx" ON "duty_task"("status", "period_end");

-- CreateIndex
CREATE INDEX "duty_task_org_node_id_period_start_idx" ON "duty_task"("org_node_id", "period_start");

-- CreateIndex
CREATE UNIQUE INDEX "duty_task_person_id_code_period_key_key" ON "duty_task"("person_id", "code", "period_key");

-- CreateIndex
CREATE UNIQUE INDEX "duty_proof_task_id_source_event_id_key" ON "duty_proof"("task_id", "source_event_id");

-- AddForeignKey
ALTER TABLE "duty_task" ADD CONSTRAINT "duty_task_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "duty_template"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "duty_proof" ADD CONSTRAINT "duty_proof_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "duty_task"("id") ON DELETE CASCADE ON UPDATE CASCADE;
