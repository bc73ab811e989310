-- AlterTable
ALTER TABLE "Device" ADD COLUMN     "cityNodeId" UUID;

-- AlterTable
ALTER TABLE "Fault" ADD COLUMN     "occurredAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "CityCadence" (
    "cityNodeId" UUID NOT NULL,
    "type" "DeviceType" NOT NULL,
    "days" INTEGER NOT NULL,
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CityCadence_pkey" PRIMARY KEY ("cityNodeId","type")
);
