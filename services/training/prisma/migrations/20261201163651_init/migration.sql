-- CreateEnum
CREATE TYPE "QuestionType" AS ENUM ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'FILL_IN', 'MATCHING', 'SHORT_ANSWER');

-- CreateEnum
CREATE TYPE "PaperKind" AS ENUM ('FIXED', 'RANDOM');

-- CreateEnum
CREATE TYPE "PaperStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

-- CreateEnum
CREATE TYPE "ExamKind" AS ENUM ('DISTRICT_WRITTEN', 'CITY_MONTHLY', 'RETAKE', 'PRACTICE');

-- CreateEnum
CREATE TYPE "ExamStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "GradingMethod" AS ENUM ('HIGHEST', 'FIRST', 'LAST', 'AVERAGE');

-- CreateEnum
CREATE TYPE "OverdueHandling" AS ENUM ('AUTOSUBMIT', 'GRACE_PERIOD', 'NOT_COUNTED');

-- CreateEnum
CREATE TYPE "ReviewRule" AS ENUM ('IMMEDIATELY', 'AFTER_CLOSE', 'ON_DATE', 'NEVER');

-- CreateEnum
CREATE TYPE "MultipleChoiceScoring" AS ENUM ('ALL_OR_NOTHING', 'PROPORTIONAL');

-- CreateEnum
CREATE TYPE "AttemptStatus" AS ENUM ('IN_PROGRESS', 'OVERDUE', 'SUBMITTED', 'ABANDONED');

-- CreateTable
CREATE TABLE "KnowledgePoint" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "parentId" UUID,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KnowledgePoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "type" "QuestionType" NOT NULL,
    "knowledgePointId" UUID NOT NULL,
    "businessLine" TEXT NOT NULL,
    "difficulty" INTEGER NOT NULL,
    "source" TEXT NOT NULL DEFAULT '',
    "tags" TEXT[],
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" TIMESTAMP(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionVersion" (
    "id" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "stem" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "answerKey" JSONB NOT NULL,
    "points" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "usedAt" TIMESTAMP(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Paper" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "PaperKind" NOT NULL,
    "status" "PaperStatus" NOT NULL DEFAULT 'DRAFT',
    "shuffleQuestions" BOOLEAN NOT NULL DEFAULT true,
    "shuffleOptions" BOOLEAN NOT NULL DEFAULT true,
    "slots" JSONB NOT NULL DEFAULT '[]',
    "rules" JSONB NOT NULL DEFAULT '[]',
    "totalPoints" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Paper_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Exam" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "orgName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "ExamKind" NOT NULL,
    "month" TEXT NOT NULL,
    "status" "ExamStatus" NOT NULL DEFAULT 'DRAFT',
    "paperId" UUID NOT NULL,
    "target" JSONB NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "timeLimitMinutes" INTEGER NOT NULL,
    "attemptsAllowed" INTEGER NOT NULL DEFAULT 1,
    "gradingMethod" "GradingMethod" NOT NULL DEFAULT 'HIGHEST',
    "overdueHandling" "OverdueHandling" NOT NULL DEFAULT 'AUTOSUBMIT',
    "graceMinutes" INTEGER NOT NULL DEFAULT 0,
    "passMark" DOUBLE PRECISION NOT NULL,
    "reviewRule" "ReviewRule" NOT NULL DEFAULT 'AFTER_CLOSE',
    "reviewAt" TIMESTAMP(3),
    "multipleChoiceScoring" "MultipleChoiceScoring" NOT NULL DEFAULT 'ALL_OR_NOTHING',
    "retakeOfId" UUID,
    "publishedAt" TIMESTAMP(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Exam_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExamCandidate" (
    "examId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "personName" TEXT NOT NULL,
    "staffNo" TEXT NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "orgName" TEXT NOT NULL,
    "orgPath" UUID[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExamCandidate_pkey" PRIMARY KEY ("examId","personId")
);

-- CreateTable
CREATE TABLE "ExamAttempt" (
    "id" UUID NOT NULL,
    "examId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "attemptNo" INTEGER NOT NULL,
    "status" "AttemptStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "draw" JSONB NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "deadlineAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "deviceId" TEXT NOT NULL,
    "focusLosses" INTEGER NOT NULL DEFAULT 0,
    "score" DOUBLE PRECISION,
    "maxScore" DOUBLE PRECISION NOT NULL,
    "needsMarking" BOOLEAN NOT NULL DEFAULT false,
    "counted" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExamAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttemptAnswer" (
    "attemptId" UUID NOT NULL,
    "slot" INTEGER NOT NULL,
    "response" JSONB NOT NULL,
    "seq" INTEGER NOT NULL,
    "savedAt" TIMESTAMP(3) NOT NULL,
    "mark" DOUBLE PRECISION,
    "markedById" UUID,
    "markedAt" TIMESTAMP(3),
    "comment" TEXT,

    CONSTRAINT "AttemptAnswer_pkey" PRIMARY KEY ("attemptId","slot")
);

-- CreateIndex
CREATE INDEX "KnowledgePoint_parentId_idx" ON "KnowledgePoint"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "KnowledgePoint_cityId_parentId_name_key" ON "KnowledgePoint"("cityId", "parentId", "name");

-- CreateIndex
CREATE INDEX "Question_cityId_knowledgePointId_difficulty_idx" ON "Question"("cityId", "knowledgePointId", "difficulty");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionVersion_questionId_version_key" ON "QuestionVersion"("questionId", "version");

-- CreateIndex
CREATE INDEX "Paper_cityId_status_idx" ON "Paper"("cityId", "status");

-- CreateIndex
CREATE INDEX "Exam_cityId_month_idx" ON "Exam"("cityId", "month");

-- CreateIndex
CREATE INDEX "Exam_status_closesAt_idx" ON "Exam"("status", "closesAt");

-- CreateIndex
CREATE INDEX "ExamCandidate_personId_idx" ON "ExamCandidate"("personId");

-- CreateIndex
CREATE INDEX "ExamCandidate_orgNodeId_idx" ON "ExamCandidate"("orgNodeId");

-- CreateIndex
CREATE INDEX "ExamAttempt_status_deadlineAt_idx" ON "ExamAttempt"("status", "deadlineAt");

-- CreateIndex
CREATE INDEX "ExamAttempt_personId_idx" ON "ExamAttempt"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "ExamAttempt_examId_personId_attemptNo_key" ON "ExamAttempt"("examId", "personId", "attemptNo");

-- AddForeignKey
ALTER TABLE "KnowledgePoint" ADD CONSTRAINT "KnowledgePoint_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "KnowledgePoint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_knowledgePointId_fkey" FOREIGN KEY ("knowledgePointId") REFERENCES "KnowledgePoint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionVersion" ADD CONSTRAINT "QuestionVersion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exam" ADD CONSTRAINT "Exam_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamCandidate" ADD CONSTRAINT "ExamCandidate_examId_fkey" FOREIGN KEY ("examId") REFERENCES "Exam"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamAttempt" ADD CONSTRAINT "ExamAttempt_examId_fkey" FOREIGN KEY ("examId") REFERENCES "Exam"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttemptAnswer" ADD CONSTRAINT "AttemptAnswer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "ExamAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
