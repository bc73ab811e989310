-- CreateEnum
CREATE TYPE "HandlingTask" AS ENUM ('OPEN_ACCOUNT', 'NUMBER_PORTING', 'PLAN_CHANGE', 'BROADBAND', 'SIM_REPLACEMENT', 'REAL_NAME_UPDATE');

-- CreateTable
CREATE TABLE "OralExam" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "personName" TEXT NOT NULL,
    "staffNo" TEXT NOT NULL,
    "hallId" UUID NOT NULL,
    "hallName" TEXT NOT NULL,
    "orgPath" UUID[],
    "heldOn" TEXT NOT NULL,
    "weekOf" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "questions" JSONB NOT NULL,
    "score" INTEGER NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "recordedById" UUID NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),
    "deletedById" UUID,
    "deleteReason" TEXT,

    CONSTRAINT "OralExam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TypingResult" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "personName" TEXT NOT NULL,
    "staffNo" TEXT NOT NULL,
    "hallId" UUID NOT NULL,
    "hallName" TEXT NOT NULL,
    "orgPath" UUID[],
    "passageId" TEXT NOT NULL,
    "typed" TEXT NOT NULL,
    "elapsedMs" INTEGER NOT NULL,
    "cpm" DOUBLE PRECISION NOT NULL,
    "accuracy" DOUBLE PRECISION NOT NULL,
    "errors" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TypingResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandlingRecord" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "personName" TEXT NOT NULL,
    "staffNo" TEXT NOT NULL,
    "hallId" UUID NOT NULL,
    "hallName" TEXT NOT NULL,
    "orgPath" UUID[],
    "task" "HandlingTask" NOT NULL,
    "seconds" INTEGER NOT NULL,
    "errors" INTEGER NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "heldOn" TEXT NOT NULL,
    "weekOf" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "recordedById" UUID NOT NULL,
    "recordedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HandlingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OralExam_hallId_weekOf_idx" ON "OralExam"("hallId", "weekOf");

-- CreateIndex
CREATE INDEX "OralExam_personId_month_idx" ON "OralExam"("personId", "month");

-- CreateIndex
CREATE INDEX "TypingResult_personId_month_idx" ON "TypingResult"("personId", "month");

-- CreateIndex
CREATE INDEX "TypingResult_hallId_month_idx" ON "TypingResult"("hallId", "month");

-- CreateIndex
CREATE INDEX "HandlingRecord_hallId_month_idx" ON "HandlingRecord"("hallId", "month");

-- CreateIndex
CREATE INDEX "HandlingRecord_personId_month_idx" ON "HandlingRecord"("personId", "month");
