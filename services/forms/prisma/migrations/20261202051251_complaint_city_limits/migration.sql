-- CreateTable
CREATE TABLE "ComplaintLimit" (
    "cityId" UUID NOT NULL,
    "category" "ComplaintCategory" NOT NULL,
    "hours" INTEGER NOT NULL,
    "updatedById" UUID NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComplaintLimit_pkey" PRIMARY KEY ("cityId","category")
);
