// Monthly inspection plans (月度检查计划): the workflow commands and the inputs of `inspection.plans.*` (their
// statuses, scope levels and planned kinds are in enums.ts).
import { pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { TEXT_LIMITS } from './text-limits.ts';
import { byId, date, id, month } from './common.ts';
import { PLAN_STATUSES, PLANNED_KINDS } from './enums.ts';

const comment = text().trim().max(TEXT_LIMITS.planComment);

/** What the author or the approving leader does to a plan (plan workflow). */
export const planCommandInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('SUBMIT') }),
  z.object({ type: z.literal('APPROVE'), comment: comment.optional() }),
  z.object({ type: z.literal('REJECT'), comment }),
  z.object({ type: z.literal('REVISE') }),
  z.object({ type: z.literal('PUBLISH') }),
]);
export type PlanCommand = z.infer<typeof planCommandInput>;
export type PlanAction = PlanCommand['type'];

export const planEntryInput = z.object({
  hallId: id,
  kind: z.enum(PLANNED_KINDS),
  templateId: id,
  inspectorIds: z.array(id).max(5),
  plannedDate: date,
});

export const planInputs = {
  list: pageInput.extend({
    month: month.nullish(),
    status: z.enum(PLAN_STATUSES).nullish(),
    kind: z.enum(PLANNED_KINDS).nullish(),
  }),
  get: byId,
  create: z.object({ scopeOrgId: id, month, title: text().trim().max(TEXT_LIMITS.planTitle).nullish() }),
  saveEntries: z.object({ id, entries: z.array(planEntryInput).max(500) }),
  transition: z.object({ id, command: planCommandInput }),
};
