-- CreateEnum
CREATE TYPE "EntryKind" AS ENUM ('CREDIT', 'DEBIT');

-- CreateTable
CREATE TABLE "Entry" (
    "id" SERIAL NOT NULL,
    "kind" "EntryKind" NOT NULL,
    "amount" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Entry_kind_createdAt_idx" ON "Entry"("kind", "createdAt");
