-- CreateTable
CREATE TABLE "SatisfactionImport" (
    "id" UUID NOT NULL,
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL,
    "importedById" UUID NOT NULL,
    "importedByName" TEXT NOT NULL,
    "replacedAt" TIMESTAMP(3),

    CONSTRAINT "SatisfactionImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SatisfactionFigure" (
    "id" UUID NOT NULL,
    "importId" UUID NOT NULL,
    "row" INTEGER NOT NULL,
    "hallId" UUID NOT NULL,
    "hallName" TEXT NOT NULL,
    "personId" UUID,
    "personName" TEXT,
    "staffNo" TEXT,
    "rate" DOUBLE PRECISION NOT NULL,
    "responses" INTEGER,

    CONSTRAINT "SatisfactionFigure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SatisfactionImport_cityId_month_idx" ON "SatisfactionImport"("cityId", "month");

-- CreateIndex
CREATE INDEX "SatisfactionFigure_importId_idx" ON "SatisfactionFigure"("importId");

-- AddForeignKey
ALTER TABLE "SatisfactionFigure" ADD CONSTRAINT "SatisfactionFigure_importId_fkey" FOREIGN KEY ("importId") REFERENCES "SatisfactionImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
