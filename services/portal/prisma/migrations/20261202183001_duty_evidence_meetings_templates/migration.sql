-- The hall's weekly and monthly meetings (周例会及重点业务培训, 月度例会与团队活动) complete themselves when a meeting
-- record (表4) of that type is submitted for the hall in the period. The catalogue's templates already in the
-- database, and their open tasks, ask for that evidence instead of a manual tick.
-- (A separate migration: a new enum value is usable only after the transaction that added it commits.)
UPDATE "duty_template" SET "evidence" = 'WEEKLY_MEETING' WHERE "code" = 'hall.weekly.meeting' AND "evidence" IS NULL;
UPDATE "duty_template" SET "evidence" = 'MONTHLY_MEETING' WHERE "code" = 'hall.monthly.meeting' AND "evidence" IS NULL;
UPDATE "duty_task" t SET "evidence" = tpl."evidence"
  FROM "duty_template" tpl
  WHERE t."template_id" = tpl."id" AND t."evidence" IS NULL AND t."status" = 'OPEN'
    AND tpl."code" IN ('hall.weekly.meeting', 'hall.monthly.meeting') AND tpl."evidence" IS NOT NULL;
