-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'DUTY_DUE';

-- CreateIndex
CREATE INDEX "duty_task_status_due_at_idx" ON "duty_task"("status", "due_at");
