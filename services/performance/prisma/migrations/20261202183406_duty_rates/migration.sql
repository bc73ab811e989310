-- AlterEnum
ALTER TYPE "KpiSource" ADD VALUE 'DUTY_COMPLETION_RATE';

-- CreateTable
CREATE TABLE "DutyRateMonth" (
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "final" BOOLEAN NOT NULL,
    "countedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DutyRateMonth_pkey" PRIMARY KEY ("cityId","month")
);

-- CreateTable
CREATE TABLE "DutyRate" (
    "cityId" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "personId" UUID NOT NULL,
    "personName" TEXT NOT NULL,
    "done" INTEGER NOT NULL,
    "missed" INTEGER NOT NULL,
    "open" INTEGER NOT NULL,
    "rate" DOUBLE PRECISION,

    CONSTRAINT "DutyRate_pkey" PRIMARY KEY ("cityId","month","personId")
);

-- AddForeignKey
ALTER TABLE "DutyRate" ADD CONSTRAINT "DutyRate_cityId_month_fkey" FOREIGN KEY ("cityId", "month") REFERENCES "DutyRateMonth"("cityId", "month") ON DELETE CASCADE ON UPDATE CASCADE;
