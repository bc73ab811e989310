-- CreateEnum
CREATE TYPE "MonthRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "MonthRunTrigger" AS ENUM ('MANUAL', 'NIGHTLY');

-- CreateEnum
CREATE TYPE "MonthRunStage" AS ENUM ('PULLING', 'COMPUTING', 'WRITING');

-- CreateTable
CREATE TABLE "MonthRun" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "trigger" "MonthRunTrigger" NOT NULL,
    "requestedById" UUID,
    "requestedByName" TEXT,
    "runAs" JSONB NOT NULL,
    "status" "MonthRunStatus" NOT NULL DEFAULT 'QUEUED',
    "stage" "MonthRunStage",
    "stages" JSONB NOT NULL DEFAULT '[]',
    "sources" JSONB NOT NULL DEFAULT '[]',
    "scorecards" INTEGER,
    "written" INTEGER,
    "errorCode" TEXT,
    "errorParams" JSONB,
    "errorMessage" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "heartbeatAt" TIMESTAMP(3),

    CONSTRAINT "MonthRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MonthRun_cityId_month_createdAt_idx" ON "MonthRun"("cityId", "month", "createdAt");

-- CreateIndex
CREATE INDEX "MonthRun_status_idx" ON "MonthRun"("status");
