-- The duties a form or an exam evidences complete themselves: the hall monthly work plan (表1) when it is submitted,
-- the roster (编排下周排班) when a 表3 is submitted in the week, the district's monthly written exam (组织月度笔试) when
-- one is held for the district in the month. The catalogue's templates already in the database, and their open
-- tasks, ask for that evidence instead of a manual tick.
-- (A separate migration: a new enum value is usable only after the transaction that added it commits.)
UPDATE "duty_template" SET "evidence" = 'MONTHLY_PLAN' WHERE "code" = 'hall.monthly.plan' AND "evidence" IS NULL;
UPDATE "duty_template" SET "evidence" = 'ROSTER' WHERE "code" = 'hall.weekly.roster' AND "evidence" IS NULL;
UPDATE "duty_template" SET "evidence" = 'EXAM_HELD' WHERE "code" = 'district.monthly.exam' AND "evidence" IS NULL;
UPDATE "duty_task" t SET "evidence" = tpl."evidence"
  FROM "duty_template" tpl
  WHERE t."template_id" = tpl."id" AND t."evidence" IS NULL AND t."status" = 'OPEN'
    AND tpl."code" IN ('hall.monthly.plan', 'hall.weekly.roster', 'district.monthly.exam') AND tpl."evidence" IS NOT NULL;
