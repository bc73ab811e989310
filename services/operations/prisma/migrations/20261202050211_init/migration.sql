-- CreateEnum
CREATE TYPE "EntryStatus" AS ENUM ('OPEN', 'DONE');

-- CreateTable
CREATE TABLE "Entry" (
    "id" UUID NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "orgName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "EntryStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Entry_orgNodeId_createdAt_idx" ON "Entry"("orgNodeId", "createdAt");
