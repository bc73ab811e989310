-- CreateEnum
CREATE TYPE "PolicyStatus" AS ENUM ('DRAFT', 'IN_CONSULTATION', 'AWAITING_APPROVAL', 'IN_FORCE', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "PolicyCategory" AS ENUM ('SERVICE_STANDARD', 'DUTY_RULE', 'CONTINGENCY_RULE', 'OTHER');

-- CreateTable
CREATE TABLE "Policy" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "category" "PolicyCategory" NOT NULL,
    "ownerOrgId" UUID NOT NULL,
    "ownerOrgName" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "id" UUID NOT NULL,
    "policyId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "PolicyStatus" NOT NULL,
    "body" JSONB NOT NULL,
    "plainText" TEXT NOT NULL,
    "attachments" JSONB NOT NULL,
    "scopeNodes" JSONB NOT NULL,
    "scopeSubtree" UUID[],
    "scopeRoles" TEXT[],
    "changeNote" TEXT,
    "consultationNodes" JSONB,
    "consultationNodeIds" UUID[],
    "consultationDeadline" TIMESTAMP(3),
    "approvalInstanceId" UUID,
    "authorId" UUID NOT NULL,
    "authorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "supersededAt" TIMESTAMP(3),

    CONSTRAINT "PolicyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyOpinion" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "orgName" TEXT NOT NULL,
    "authorId" UUID NOT NULL,
    "authorName" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL,
    "accepted" BOOLEAN,
    "reason" TEXT,
    "markedAt" TIMESTAMP(3),

    CONSTRAINT "PolicyOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyRead" (
    "versionId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyRead_pkey" PRIMARY KEY ("versionId","personId")
);

-- CreateIndex
CREATE INDEX "Policy_ownerOrgId_idx" ON "Policy"("ownerOrgId");

-- CreateIndex
CREATE INDEX "PolicyVersion_status_idx" ON "PolicyVersion"("status");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyVersion_policyId_number_key" ON "PolicyVersion"("policyId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyOpinion_versionId_authorId_key" ON "PolicyOpinion"("versionId", "authorId");

-- CreateIndex
CREATE INDEX "PolicyRead_personId_idx" ON "PolicyRead"("personId");

-- AddForeignKey
ALTER TABLE "PolicyVersion" ADD CONSTRAINT "PolicyVersion_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyOpinion" ADD CONSTRAINT "PolicyOpinion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PolicyVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyRead" ADD CONSTRAINT "PolicyRead_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "PolicyVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
