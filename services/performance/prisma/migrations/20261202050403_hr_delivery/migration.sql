-- CreateEnum
CREATE TYPE "HrDeliveryStatus" AS ENUM ('PENDING', 'ACKNOWLEDGED', 'GAVE_UP');

-- CreateEnum
CREATE TYPE "HrDeliveryTrigger" AS ENUM ('SIGN_OFF', 'RESEND');

-- CreateTable
CREATE TABLE "outbox_event" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HrEndpoint" (
    "cityId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedByName" TEXT NOT NULL,

    CONSTRAINT "HrEndpoint_pkey" PRIMARY KEY ("cityId")
);

-- CreateTable
CREATE TABLE "HrDelivery" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "trigger" "HrDeliveryTrigger" NOT NULL,
    "status" "HrDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "body" TEXT NOT NULL,
    "requestedByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),

    CONSTRAINT "HrDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HrDeliveryAttempt" (
    "id" UUID NOT NULL,
    "deliveryId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "url" TEXT NOT NULL,
    "statusCode" INTEGER,
    "durationMs" INTEGER NOT NULL,
    "error" TEXT,

    CONSTRAINT "HrDeliveryAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "outbox_event_published_at_occurred_at_idx" ON "outbox_event"("published_at", "occurred_at");

-- CreateIndex
CREATE INDEX "HrDelivery_cityId_createdAt_idx" ON "HrDelivery"("cityId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "HrDeliveryAttempt_deliveryId_number_key" ON "HrDeliveryAttempt"("deliveryId", "number");

-- AddForeignKey
ALTER TABLE "HrDeliveryAttempt" ADD CONSTRAINT "HrDeliveryAttempt_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "HrDelivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;
