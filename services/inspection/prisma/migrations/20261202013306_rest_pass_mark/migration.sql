-- CreateTable
CREATE TABLE "RestPassMark" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "actorId" UUID NOT NULL,
    "actorName" TEXT NOT NULL,
    "itemCount" INTEGER NOT NULL,
    "itemCodes" TEXT[],

    CONSTRAINT "RestPassMark_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RestPassMark_inspectionId_at_idx" ON "RestPassMark"("inspectionId", "at");

-- AddForeignKey
ALTER TABLE "RestPassMark" ADD CONSTRAINT "RestPassMark_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
