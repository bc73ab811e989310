-- AlterTable
ALTER TABLE "Retirement" ADD COLUMN     "approvalInstanceId" UUID;
