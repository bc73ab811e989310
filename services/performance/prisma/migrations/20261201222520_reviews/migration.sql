-- CreateEnum
CREATE TYPE "ReviewCycleStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED', 'RELEASED');

-- CreateEnum
CREATE TYPE "ReviewPeriodKind" AS ENUM ('MONTH', 'QUARTER');

-- CreateEnum
CREATE TYPE "ReviewPerspective" AS ENUM ('SUPERIOR', 'PEER', 'SUBORDINATE');

-- CreateEnum
CREATE TYPE "ReviewRaterStatus" AS ENUM ('PROPOSED', 'APPROVED', 'DECLINED', 'SUBMITTED');

-- CreateTable
CREATE TABLE "ReviewCycle" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "cityName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "periodKind" "ReviewPeriodKind" NOT NULL,
    "period" TEXT NOT NULL,
    "questions" JSONB NOT NULL,
    "minSuperior" INTEGER NOT NULL,
    "minPeer" INTEGER NOT NULL,
    "minSubordinate" INTEGER NOT NULL,
    "status" "ReviewCycleStatus" NOT NULL DEFAULT 'DRAFT',
    "dueAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "releasedAt" TIMESTAMP(3),

    CONSTRAINT "ReviewCycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewSubject" (
    "id" UUID NOT NULL,
    "cycleId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "personName" TEXT NOT NULL,
    "staffNo" TEXT NOT NULL,
    "hallId" UUID NOT NULL,
    "hallName" TEXT NOT NULL,
    "superiorIds" UUID[],
    "candidates" JSONB NOT NULL,

    CONSTRAINT "ReviewSubject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewRater" (
    "id" UUID NOT NULL,
    "subjectId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "personName" TEXT NOT NULL,
    "staffNo" TEXT NOT NULL,
    "orgName" TEXT NOT NULL,
    "perspective" "ReviewPerspective" NOT NULL,
    "status" "ReviewRaterStatus" NOT NULL,
    "proposedBySubject" BOOLEAN NOT NULL DEFAULT false,
    "draft" JSONB,

    CONSTRAINT "ReviewRater_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewScore" (
    "id" UUID NOT NULL,
    "subjectId" UUID NOT NULL,
    "perspective" "ReviewPerspective" NOT NULL,
    "questionKey" TEXT NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "ReviewScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" UUID NOT NULL,
    "subjectId" UUID NOT NULL,
    "perspective" "ReviewPerspective" NOT NULL,
    "questionKey" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "withheld" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewCycle_cityId_createdAt_idx" ON "ReviewCycle"("cityId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewSubject_personId_idx" ON "ReviewSubject"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewSubject_cycleId_personId_key" ON "ReviewSubject"("cycleId", "personId");

-- CreateIndex
CREATE INDEX "ReviewRater_personId_idx" ON "ReviewRater"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewRater_subjectId_personId_key" ON "ReviewRater"("subjectId", "personId");

-- CreateIndex
CREATE INDEX "ReviewScore_subjectId_idx" ON "ReviewScore"("subjectId");

-- CreateIndex
CREATE INDEX "ReviewComment_subjectId_idx" ON "ReviewComment"("subjectId");

-- AddForeignKey
ALTER TABLE "ReviewSubject" ADD CONSTRAINT "ReviewSubject_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "ReviewCycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewRater" ADD CONSTRAINT "ReviewRater_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "ReviewSubject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewScore" ADD CONSTRAINT "ReviewScore_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "ReviewSubject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "ReviewSubject"("id") ON DELETE CASCADE ON UPDATE CASCADE;
