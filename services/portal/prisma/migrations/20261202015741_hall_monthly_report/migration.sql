-- CreateEnum
CREATE TYPE "HallReportStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateTable
CREATE TABLE "hall_monthly_report" (
    "id" UUID NOT NULL,
    "hall_id" UUID NOT NULL,
    "hall_name" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "status" "HallReportStatus" NOT NULL DEFAULT 'DRAFT',
    "prefill" JSONB NOT NULL,
    "prefilled_at" TIMESTAMPTZ(3) NOT NULL,
    "sections" JSONB NOT NULL DEFAULT '{}',
    "author_id" UUID NOT NULL,
    "author_name" TEXT NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "hall_monthly_report_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "hall_monthly_report_month_status_idx" ON "hall_monthly_report"("month", "status");

-- CreateIndex
CREATE UNIQUE INDEX "hall_monthly_report_hall_id_month_key" ON "hall_monthly_report"("hall_id", "month");
