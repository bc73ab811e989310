-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'QUEUE_WARNING';
