-- AlterTable
ALTER TABLE "duty_proof" ADD COLUMN     "photo_id" UUID;

-- CreateTable
CREATE TABLE "duty_photo" (
    "id" UUID NOT NULL,
    "task_id" UUID NOT NULL,
    "uploaded_by_id" UUID NOT NULL,
    "storage_key" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "duty_photo_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "duty_photo_task_id_idx" ON "duty_photo"("task_id");

-- CreateIndex
CREATE UNIQUE INDEX "duty_proof_photo_id_key" ON "duty_proof"("photo_id");

-- AddForeignKey
ALTER TABLE "duty_proof" ADD CONSTRAINT "duty_proof_photo_id_fkey" FOREIGN KEY ("photo_id") REFERENCES "duty_photo"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "duty_photo" ADD CONSTRAINT "duty_photo_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "duty_task"("id") ON DELETE CASCADE ON UPDATE CASCADE;
