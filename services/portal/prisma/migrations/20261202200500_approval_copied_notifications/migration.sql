-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'APPROVAL_COPIED';
