// 改进计划's rules, free of I/O: what a new plan needs, and its one state machine — OPEN, follow-ups recorded one
// by one, then closed with an outcome (IMPROVED, NOT_IMPROVED, MOVED_ON); a closed plan never changes again.
import {
  coachingErrors,
  planStatusTerms,
  type PlanOutcome,
  type PlanStatus,
} from '@duda/contract-performance';
import type { CalendarDate } from '@duda/month';

export type PlanMove =
  | { kind: 'FOLLOW_UP'; alreadyRecorded: boolean }
  | { kind: 'CLOSE'; outcome: PlanOutcome; followUpsOpen: number };

/** The status a move leads to, or a refusal saying why. */
export function nextPlanStatus(status: PlanStatus, move: PlanMove): PlanStatus {
  if (status !== 'OPEN') throw coachingErrors.planClosed({ status: planStatusTerms.term(status) });
  if (move.kind === 'FOLLOW_UP') {
    if (move.alreadyRecorded) throw coachingErrors.followUpRecorded();
    return 'OPEN';
  }
  // Whether the person improved is judged on every follow-up; someone who left or moved needs none.
  if (move.outcome !== 'MOVED_ON' && move.followUpsOpen > 0)
    throw coachingErrors.followUpsOpen({ count: move.followUpsOpen });
  return move.outcome;
}

export interface NewPlan {
  /** Why the result needs coaching (domain/coaching.ts); empty when it does not. */
  reasons: readonly string[];
  score: number;
  lowScore: number;
  shown: boolean;
  hasOpenPlan: boolean;
  today: CalendarDate;
  actions: readonly { ownerId: string; followUpOn: CalendarDate }[];
  /** The person and their superior: who may own an action. */
  owners: readonly string[];
}

/** Refuses a plan for a result not shown or not low, a second open plan, a past date or an outside owner. */
export function checkNewPlan(plan: NewPlan): void {
  if (!plan.shown) throw coachingErrors.notShown();
  if (plan.reasons.length === 0)
    throw coachingErrors.notLowPerformer({ score: plan.score, lowScore: plan.lowScore });
  if (plan.hasOpenPlan) throw coachingErrors.planAlreadyOpen();
  plan.actions.forEach((action, index) => {
    if (!plan.owners.includes(action.ownerId))
      throw coachingErrors.ownerOutsidePlan({}, `actions.${index}.ownerId`);
    if (action.followUpOn < plan.today)
      throw coachingErrors.followUpInPast({ today: plan.today }, `actions.${index}.followUpOn`);
  });
}

export interface FollowUp {
  followUpOn: CalendarDate;
  followedUpAt: Date | null;
}

/** The earliest follow-up still to record, or null when all are recorded. */
export function nextFollowUp(actions: readonly FollowUp[]): CalendarDate | null {
  const open = actions.filter((action) => !action.followedUpAt).map((action) => action.followUpOn);
  return open.length ? open.sort()[0]! : null;
}

/** A follow-up is the coach's to-do from its date on, until recorded. */
export const followUpDue = (action: FollowUp, today: CalendarDate) =>
  !action.followedUpAt && action.followUpOn <= today;
