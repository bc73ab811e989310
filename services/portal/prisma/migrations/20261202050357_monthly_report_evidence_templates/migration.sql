-- The hall monthly report duty (营业厅月报, 表2) completes itself when the report is submitted: the catalogue's
-- templates already in the database, and their open tasks, ask for that evidence instead of a manual tick.
-- (A separate migration: a new enum value is usable only after the transaction that added it commits.)
UPDATE "duty_template" SET "evidence" = 'MONTHLY_REPORT' WHERE "code" = 'hall.monthly.report' AND "evidence" IS NULL;
UPDATE "duty_task" SET "evidence" = 'MONTHLY_REPORT' WHERE "code" = 'hall.monthly.report' AND "evidence" IS NULL AND "status" = 'OPEN';
