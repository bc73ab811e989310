-- CreateTable
CREATE TABLE "TrainingPlanExam" (
    "planId" UUID NOT NULL,
    "examId" UUID NOT NULL,
    "linkedById" UUID NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingPlanExam_pkey" PRIMARY KEY ("planId","examId")
);

-- CreateIndex
CREATE INDEX "TrainingPlanExam_examId_idx" ON "TrainingPlanExam"("examId");

-- AddForeignKey
ALTER TABLE "TrainingPlanExam" ADD CONSTRAINT "TrainingPlanExam_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TrainingPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingPlanExam" ADD CONSTRAINT "TrainingPlanExam_examId_fkey" FOREIGN KEY ("examId") REFERENCES "Exam"("id") ON DELETE CASCADE ON UPDATE CASCADE;
