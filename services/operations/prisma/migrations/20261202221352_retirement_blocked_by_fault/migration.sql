-- AlterTable
ALTER TABLE "Retirement" ADD COLUMN     "blockedByFault" BOOLEAN NOT NULL DEFAULT false;

-- Requests turned down for an open fault before this flag said so carried the reason as a Chinese sentence;
-- the flag now says it in the reader's language, so the sentence goes, here and in the device's history.
UPDATE "Retirement" SET "blockedByFault" = true, "comment" = ''
WHERE "comment" = '审批通过时设备仍有未关闭的故障，未执行更换/报废；请修复并确认后重新申请';
UPDATE "DeviceEvent" SET "kind" = 'RETIREMENT_BLOCKED', "note" = ''
WHERE "kind" = 'RETIREMENT_REJECTED'
  AND "note" = '审批通过时设备仍有未关闭的故障，未执行更换/报废；请修复并确认后重新申请';
