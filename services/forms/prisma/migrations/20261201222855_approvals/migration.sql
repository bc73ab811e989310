-- CreateEnum
CREATE TYPE "ApprovalStatus" AS ENUM ('IN_PROGRESS', 'APPROVED', 'REJECTED', 'RETURNED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ApprovalTaskStatus" AS ENUM ('PENDING', 'WAITING', 'APPROVED', 'REJECTED', 'RETURNED', 'TRANSFERRED', 'ESCALATED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ApprovalTaskOrigin" AS ENUM ('STEP', 'BEFORE', 'AFTER');

-- CreateEnum
CREATE TYPE "ApprovalAction" AS ENUM ('APPROVE', 'REJECT', 'RETURN', 'TRANSFER', 'ADD_SIGNER', 'CC', 'REMIND', 'SUBMIT', 'RESUBMIT', 'WITHDRAW', 'ESCALATE');

-- CreateTable
CREATE TABLE "ApprovalInstance" (
    "id" UUID NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "orgName" TEXT NOT NULL,
    "submitterId" UUID NOT NULL,
    "submitterName" TEXT NOT NULL,
    "status" "ApprovalStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "stageIndex" INTEGER NOT NULL,
    "round" INTEGER NOT NULL,
    "submissionRound" INTEGER NOT NULL,
    "flow" JSONB NOT NULL,
    "cc" JSONB NOT NULL DEFAULT '[]',
    "lastRemindAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "ApprovalInstance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalTask" (
    "id" UUID NOT NULL,
    "instanceId" UUID NOT NULL,
    "stepKey" TEXT NOT NULL,
    "stageIndex" INTEGER NOT NULL,
    "round" INTEGER NOT NULL,
    "origin" "ApprovalTaskOrigin" NOT NULL,
    "parentTaskId" UUID,
    "status" "ApprovalTaskStatus" NOT NULL,
    "assigneePersonId" UUID,
    "assigneeRole" TEXT,
    "assigneeLevel" TEXT,
    "assigneeOrgNodeId" UUID,
    "assigneeName" TEXT NOT NULL,
    "activatedAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3),
    "remindAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "actedById" UUID,
    "actedByName" TEXT,
    "actedForId" UUID,
    "actedForName" TEXT,
    "actedAt" TIMESTAMP(3),
    "comment" TEXT,

    CONSTRAINT "ApprovalTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalHistory" (
    "id" UUID NOT NULL,
    "seq" SERIAL NOT NULL,
    "instanceId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "action" "ApprovalAction" NOT NULL,
    "actorId" UUID,
    "actorName" TEXT,
    "onBehalfOfId" UUID,
    "onBehalfOfName" TEXT,
    "taskId" UUID,
    "stepKey" TEXT,
    "comment" TEXT,
    "detail" JSONB NOT NULL,

    CONSTRAINT "ApprovalHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalDelegation" (
    "id" UUID NOT NULL,
    "principalId" UUID NOT NULL,
    "principalName" TEXT NOT NULL,
    "principalRoles" JSONB NOT NULL,
    "deputyId" UUID NOT NULL,
    "deputyName" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApprovalDelegation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ApprovalInstance_submitterId_createdAt_idx" ON "ApprovalInstance"("submitterId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalInstance_subjectType_subjectId_key" ON "ApprovalInstance"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "ApprovalTask_instanceId_idx" ON "ApprovalTask"("instanceId");

-- CreateIndex
CREATE INDEX "ApprovalTask_assigneePersonId_status_idx" ON "ApprovalTask"("assigneePersonId", "status");

-- CreateIndex
CREATE INDEX "ApprovalTask_assigneeRole_assigneeOrgNodeId_status_idx" ON "ApprovalTask"("assigneeRole", "assigneeOrgNodeId", "status");

-- CreateIndex
CREATE INDEX "ApprovalTask_status_dueAt_idx" ON "ApprovalTask"("status", "dueAt");

-- CreateIndex
CREATE INDEX "ApprovalTask_status_remindAt_idx" ON "ApprovalTask"("status", "remindAt");

-- CreateIndex
CREATE INDEX "ApprovalHistory_instanceId_seq_idx" ON "ApprovalHistory"("instanceId", "seq");

-- CreateIndex
CREATE INDEX "ApprovalDelegation_deputyId_endsAt_idx" ON "ApprovalDelegation"("deputyId", "endsAt");

-- CreateIndex
CREATE INDEX "ApprovalDelegation_principalId_endsAt_idx" ON "ApprovalDelegation"("principalId", "endsAt");

-- AddForeignKey
ALTER TABLE "ApprovalTask" ADD CONSTRAINT "ApprovalTask_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "ApprovalInstance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalHistory" ADD CONSTRAINT "ApprovalHistory_instanceId_fkey" FOREIGN KEY ("instanceId") REFERENCES "ApprovalInstance"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The approval history is append-only: the database itself refuses to change or delete an entry.
CREATE FUNCTION "approval_history_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ApprovalHistory is append-only';
END;
$$;

CREATE TRIGGER "ApprovalHistory_append_only"
  BEFORE UPDATE OR DELETE ON "ApprovalHistory"
  FOR EACH ROW EXECUTE FUNCTION "approval_history_is_append_only"();
