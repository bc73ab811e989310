-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "Article" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "knowledgePointId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "plainText" TEXT NOT NULL,
    "tags" TEXT[],
    "status" "ArticleStatus" NOT NULL DEFAULT 'DRAFT',
    "authorId" UUID NOT NULL,
    "authorName" TEXT NOT NULL,
    "updatedById" UUID NOT NULL,
    "updatedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleFile" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequiredReading" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "target" JSONB NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "month" TEXT NOT NULL,
    "assignedById" UUID NOT NULL,
    "assignedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequiredReading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequiredReader" (
    "requiredReadingId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "personName" TEXT NOT NULL,
    "staffNo" TEXT NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "orgName" TEXT NOT NULL,
    "orgPath" UUID[],

    CONSTRAINT "RequiredReader_pkey" PRIMARY KEY ("requiredReadingId","personId")
);

-- CreateTable
CREATE TABLE "ArticleRead" (
    "articleId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ArticleRead_pkey" PRIMARY KEY ("articleId","personId")
);

-- CreateTable
CREATE TABLE "ReadingMonthClose" (
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "closedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReadingMonthClose_pkey" PRIMARY KEY ("cityId","month")
);

-- CreateIndex
CREATE INDEX "Article_cityId_status_idx" ON "Article"("cityId", "status");

-- CreateIndex
CREATE INDEX "Article_knowledgePointId_idx" ON "Article"("knowledgePointId");

-- CreateIndex
CREATE INDEX "ArticleFile_articleId_idx" ON "ArticleFile"("articleId");

-- CreateIndex
CREATE INDEX "RequiredReading_cityId_month_idx" ON "RequiredReading"("cityId", "month");

-- CreateIndex
CREATE INDEX "RequiredReading_articleId_idx" ON "RequiredReading"("articleId");

-- CreateIndex
CREATE INDEX "RequiredReader_personId_idx" ON "RequiredReader"("personId");

-- CreateIndex
CREATE INDEX "RequiredReader_orgNodeId_idx" ON "RequiredReader"("orgNodeId");

-- CreateIndex
CREATE INDEX "ArticleRead_personId_idx" ON "ArticleRead"("personId");

-- AddForeignKey
ALTER TABLE "ArticleFile" ADD CONSTRAINT "ArticleFile_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequiredReading" ADD CONSTRAINT "RequiredReading_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequiredReader" ADD CONSTRAINT "RequiredReader_requiredReadingId_fkey" FOREIGN KEY ("requiredReadingId") REFERENCES "RequiredReading"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRead" ADD CONSTRAINT "ArticleRead_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
