-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('RECEIVED', 'CLASSIFIED', 'INVESTIGATING', 'RESOLVED', 'FEEDBACK_GIVEN', 'FOLLOWED_UP', 'CLOSED');

-- CreateEnum
CREATE TYPE "ComplaintCategory" AS ENUM ('BUSINESS', 'SERVICE', 'PRODUCT');

-- CreateEnum
CREATE TYPE "ComplaintChannel" AS ENUM ('HALL', 'PHONE', 'ONLINE');

-- CreateEnum
CREATE TYPE "ComplaintAction" AS ENUM ('INTAKE', 'CLASSIFY', 'INVESTIGATE', 'RESOLVE', 'FEEDBACK', 'FOLLOW_UP', 'CLOSE', 'ESCALATE');

-- CreateEnum
CREATE TYPE "ComplaintLevel" AS ENUM ('HALL', 'DISTRICT', 'CITY');

-- CreateTable
CREATE TABLE "Complaint" (
    "id" UUID NOT NULL,
    "number" SERIAL NOT NULL,
    "hallId" UUID NOT NULL,
    "hallName" TEXT NOT NULL,
    "districtId" UUID,
    "cityId" UUID,
    "customerName" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "channel" "ComplaintChannel" NOT NULL,
    "category" "ComplaintCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "staffId" UUID,
    "staffName" TEXT,
    "evidence" JSONB NOT NULL,
    "status" "ComplaintStatus" NOT NULL,
    "level" "ComplaintLevel" NOT NULL DEFAULT 'HALL',
    "dueAt" TIMESTAMP(3) NOT NULL,
    "intakeById" UUID NOT NULL,
    "intakeByName" TEXT NOT NULL,
    "assigneeId" UUID,
    "assigneeName" TEXT,
    "responsibleId" UUID,
    "responsibleName" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "escalatedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintHistory" (
    "id" UUID NOT NULL,
    "seq" SERIAL NOT NULL,
    "complaintId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "action" "ComplaintAction" NOT NULL,
    "actorId" UUID,
    "actorName" TEXT,
    "fromStatus" "ComplaintStatus",
    "toStatus" "ComplaintStatus" NOT NULL,
    "note" TEXT,
    "detail" JSONB NOT NULL,

    CONSTRAINT "ComplaintHistory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_number_key" ON "Complaint"("number");

-- CreateIndex
CREATE INDEX "Complaint_hallId_receivedAt_idx" ON "Complaint"("hallId", "receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_status_dueAt_idx" ON "Complaint"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Complaint_assigneeId_status_idx" ON "Complaint"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "Complaint_responsibleId_receivedAt_idx" ON "Complaint"("responsibleId", "receivedAt");

-- CreateIndex
CREATE INDEX "ComplaintHistory_complaintId_seq_idx" ON "ComplaintHistory"("complaintId", "seq");

-- AddForeignKey
ALTER TABLE "ComplaintHistory" ADD CONSTRAINT "ComplaintHistory_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The complaint history is append-only: the database itself refuses to change or delete an entry.
CREATE FUNCTION "complaint_history_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ComplaintHistory is append-only';
END;
$$;

CREATE TRIGGER "ComplaintHistory_append_only"
  BEFORE UPDATE OR DELETE ON "ComplaintHistory"
  FOR EACH ROW EXECUTE FUNCTION "complaint_history_is_append_only"();
