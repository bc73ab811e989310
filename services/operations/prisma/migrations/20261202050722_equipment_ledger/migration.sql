-- CreateEnum
CREATE TYPE "DeviceType" AS ENUM ('COUNTER', 'QUEUE_MACHINE', 'SELF_SERVICE', 'POS', 'CAMERA', 'PRINTER', 'OTHER');

-- CreateEnum
CREATE TYPE "DeviceStatus" AS ENUM ('IN_USE', 'FAULTY', 'REPLACED', 'SCRAPPED');

-- CreateEnum
CREATE TYPE "FaultStatus" AS ENUM ('REPORTED', 'ASSIGNED', 'REPAIRED', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "RetirementKind" AS ENUM ('REPLACE', 'SCRAP');

-- CreateEnum
CREATE TYPE "RetirementStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- DropTable
DROP TABLE "Entry";

-- DropEnum
DROP TYPE "EntryStatus";

-- CreateTable
CREATE TABLE "Device" (
    "id" UUID NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "orgName" TEXT NOT NULL,
    "type" "DeviceType" NOT NULL,
    "model" TEXT NOT NULL,
    "assetNo" TEXT NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "installedOn" TEXT NOT NULL,
    "status" "DeviceStatus" NOT NULL DEFAULT 'IN_USE',
    "lastMaintainedOn" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeviceEvent" (
    "id" UUID NOT NULL,
    "deviceId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "byId" UUID NOT NULL,
    "byName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeviceEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaintenanceCadence" (
    "type" "DeviceType" NOT NULL,
    "days" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MaintenanceCadence_pkey" PRIMARY KEY ("type")
);

-- CreateTable
CREATE TABLE "Fault" (
    "id" UUID NOT NULL,
    "deviceId" UUID NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "orgName" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "photoId" UUID,
    "status" "FaultStatus" NOT NULL DEFAULT 'REPORTED',
    "reportedById" UUID NOT NULL,
    "reportedByName" TEXT NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL,
    "assignee" TEXT,
    "repairedAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "Fault_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FaultStep" (
    "id" UUID NOT NULL,
    "faultId" UUID NOT NULL,
    "status" "FaultStatus" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "byId" UUID NOT NULL,
    "byName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FaultStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FaultPhoto" (
    "id" UUID NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "storageKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FaultPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Retirement" (
    "id" UUID NOT NULL,
    "deviceId" UUID NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "kind" "RetirementKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "RetirementStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" UUID NOT NULL,
    "requestedByName" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "decidedById" UUID,
    "decidedByName" TEXT,
    "decidedAt" TIMESTAMP(3),
    "comment" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Retirement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Device_assetNo_key" ON "Device"("assetNo");

-- CreateIndex
CREATE INDEX "Device_orgNodeId_type_idx" ON "Device"("orgNodeId", "type");

-- CreateIndex
CREATE INDEX "DeviceEvent_deviceId_at_idx" ON "DeviceEvent"("deviceId", "at");

-- CreateIndex
CREATE INDEX "Fault_orgNodeId_reportedAt_idx" ON "Fault"("orgNodeId", "reportedAt");

-- CreateIndex
CREATE INDEX "Fault_deviceId_status_idx" ON "Fault"("deviceId", "status");

-- CreateIndex
CREATE INDEX "FaultStep_faultId_at_idx" ON "FaultStep"("faultId", "at");

-- CreateIndex
CREATE INDEX "Retirement_orgNodeId_status_idx" ON "Retirement"("orgNodeId", "status");

-- AddForeignKey
ALTER TABLE "DeviceEvent" ADD CONSTRAINT "DeviceEvent_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fault" ADD CONSTRAINT "Fault_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaultStep" ADD CONSTRAINT "FaultStep_faultId_fkey" FOREIGN KEY ("faultId") REFERENCES "Fault"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Retirement" ADD CONSTRAINT "Retirement_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "Device"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
