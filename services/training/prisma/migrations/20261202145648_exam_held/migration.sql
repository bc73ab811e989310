-- AlterTable
ALTER TABLE "Exam" ADD COLUMN     "heldAt" TIMESTAMP(3);
