// 闭环 (#11 point 9): a hall's inspection with failed items drafts the hall's plan for the next month from that
// month's short staves, so the hall manager finds it waiting instead of remembering to ask. An event has no
// caller, so training drafts as itself: the keeper of exactly that one hall's plan (a hall manager's grant bound
// to the hall alone), reading inspection and org on that identity (ADR 0005, as the portal's notifications do).
// One draft per hall and month: the plan's (unit, month) key makes a redelivered or a second inspection a no-op.
import type { Actor } from '@duda/authz';
import { defineEvent, subscribe, type Subscription } from '@duda/events';
import { addMonths, MONTH_KEY_PATTERN } from '@duda/month';
import { trainingPlansErrors } from '@duda/contract-training';
import { createLogger } from '@duda/service-kit';
import { z } from 'zod';
import type { TrainingDeps } from '../deps.ts';
import type { PlansCtx } from './access.ts';
import { draftPlan } from './draft.ts';

/** services/inspection's `inspection.submitted`, only the fields used here (either may run in its own process). */
export const inspectionSubmitted = defineEvent(
  'inspection.submitted',
  z.object({
    inspectionId: z.uuid(),
    hallId: z.uuid(),
    month: z.string().regex(MONTH_KEY_PATTERN),
    problemCount: z.number().int(),
    visibleToHall: z.boolean(),
  }),
);

/** Training's own identity when it drafts from an event; no person has this id. */
export const PLAN_DRAFTER_ID = '00000000-0000-4000-8000-0000000d7a1d';

export function hallDrafter(hallId: string, requestId: string): PlansCtx {
  const actor: Actor = {
    personId: PLAN_DRAFTER_ID,
    name: '培训计划草稿',
    staffNo: 'training',
    homeOrgNodeId: hallId,
    roles: [
      { role: 'hall_manager', orgNodeId: hallId, orgNodeName: '', orgLevel: 'hall', subtree: [hallId] },
    ],
  };
  return {
    requestId,
    actor,
    sessionId: null,
    passwordChangeRequired: false,
    ip: '127.0.0.1',
    userAgent: 'training-plan-drafts',
    log: createLogger('training-plan-drafts', 'info'),
  } as PlansCtx;
}

/** Next month's plan of the inspected hall, drafted once; true when this call drafted it. */
export async function draftFromInspection(
  deps: TrainingDeps,
  eventId: string,
  inspection: z.infer<typeof inspectionSubmitted.schema>,
): Promise<boolean> {
  // A mystery visit is not the hall's to see before it is published; an inspection without problems asks nothing.
  if (!inspection.visibleToHall || inspection.problemCount === 0) return false;
  const month = addMonths(inspection.month, 1);
  const exists = await deps.prisma.trainingPlan.findUnique({
    where: { orgNodeId_month: { orgNodeId: inspection.hallId, month } },
    select: { id: true },
  });
  if (exists) return false;
  try {
    await draftPlan(deps, hallDrafter(inspection.hallId, `event-${eventId}`), {
      orgNodeId: inspection.hallId,
      month,
    });
    return true;
  } catch (error) {
    // Two deliveries at once: the other one drafted it.
    if ((error as { code?: string }).code === trainingPlansErrors.exists.code) return false;
    throw error;
  }
}

export const planDraftSubscriptions = (deps: TrainingDeps): Subscription[] => [
  subscribe(inspectionSubmitted, 'draft-targeted-plans', async (e) => {
    await draftFromInspection(deps, e.id, e.payload);
  }),
];
