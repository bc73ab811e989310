-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "triggerWarningId" UUID;

-- CreateTable
CREATE TABLE "QueueWarning" (
    "id" UUID NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "orgName" TEXT NOT NULL,
    "districtId" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "waitingCustomers" INTEGER NOT NULL,
    "openCounters" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),

    CONSTRAINT "QueueWarning_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QueueWarning_orgNodeId_at_idx" ON "QueueWarning"("orgNodeId", "at");

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_triggerWarningId_fkey" FOREIGN KEY ("triggerWarningId") REFERENCES "QueueWarning"("id") ON DELETE SET NULL ON UPDATE CASCADE;
