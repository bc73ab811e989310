-- CreateEnum
CREATE TYPE "StaffIdStatus" AS ENUM ('issued', 'suspended', 'revoked');

-- CreateTable
CREATE TABLE "StaffSystemId" (
    "id" UUID NOT NULL,
    "system" TEXT NOT NULL,
    "loginId" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "orgNodeId" UUID NOT NULL,
    "status" "StaffIdStatus" NOT NULL DEFAULT 'issued',
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "suspendedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffSystemId_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffSystemId_orgNodeId_idx" ON "StaffSystemId"("orgNodeId");

-- CreateIndex
CREATE INDEX "StaffSystemId_personId_idx" ON "StaffSystemId"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffSystemId_system_loginId_key" ON "StaffSystemId"("system", "loginId");

-- AddForeignKey
ALTER TABLE "StaffSystemId" ADD CONSTRAINT "StaffSystemId_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffSystemId" ADD CONSTRAINT "StaffSystemId_orgNodeId_fkey" FOREIGN KEY ("orgNodeId") REFERENCES "OrgNode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
