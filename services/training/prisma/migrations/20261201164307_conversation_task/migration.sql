-- CreateEnum
CREATE TYPE "ConversationStatus" AS ENUM ('OPEN', 'DONE');

-- CreateTable
CREATE TABLE "ConversationTask" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "examId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "personName" TEXT NOT NULL,
    "staffNo" TEXT NOT NULL,
    "hallId" UUID NOT NULL,
    "hallName" TEXT NOT NULL,
    "orgPath" UUID[],
    "managerId" UUID,
    "managerName" TEXT,
    "score" DOUBLE PRECISION NOT NULL,
    "cityMean" DOUBLE PRECISION NOT NULL,
    "retakeExamId" UUID,
    "status" "ConversationStatus" NOT NULL DEFAULT 'OPEN',
    "notes" TEXT NOT NULL DEFAULT '',
    "doneAt" TIMESTAMP(3),
    "doneById" UUID,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConversationTask_hallId_status_idx" ON "ConversationTask"("hallId", "status");

-- CreateIndex
CREATE INDEX "ConversationTask_cityId_month_idx" ON "ConversationTask"("cityId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationTask_examId_personId_key" ON "ConversationTask"("examId", "personId");

-- AddForeignKey
ALTER TABLE "ConversationTask" ADD CONSTRAINT "ConversationTask_examId_fkey" FOREIGN KEY ("examId") REFERENCES "Exam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
