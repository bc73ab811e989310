-- AlterTable
ALTER TABLE "Appeal" ADD COLUMN     "interviewRecordId" UUID;
