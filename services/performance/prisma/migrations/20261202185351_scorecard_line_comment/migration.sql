-- AlterTable
ALTER TABLE "ScorecardLine" ADD COLUMN     "comment" TEXT;
