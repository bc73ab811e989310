-- AlterTable
ALTER TABLE "PerformanceMonth" ADD COLUMN     "runAs" JSONB,
ADD COLUMN     "runById" UUID;
