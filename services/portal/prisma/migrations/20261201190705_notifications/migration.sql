-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('RECTIFICATION_OVERDUE', 'PLAN_REJECTED', 'EXAM_PUBLISHED', 'RESULT_RELEASED');

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "person_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "area" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "source_event_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_preference" (
    "person_id" UUID NOT NULL,
    "sms_kinds" "NotificationKind"[],
    "email_kinds" "NotificationKind"[],
    "daily_digest" BOOLEAN NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("person_id")
);

-- CreateTable
CREATE TABLE "notification_digest" (
    "person_id" UUID NOT NULL,
    "day" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_digest_pkey" PRIMARY KEY ("person_id","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "notification_seq_key" ON "notification"("seq");

-- CreateIndex
CREATE INDEX "notification_person_id_seq_idx" ON "notification"("person_id", "seq");

-- CreateIndex
CREATE INDEX "notification_person_id_read_at_idx" ON "notification"("person_id", "read_at");

-- CreateIndex
CREATE UNIQUE INDEX "notification_source_event_id_person_id_key" ON "notification"("source_event_id", "person_id");
