// What the coaching pages work out before showing: the status tones, the owners a new action may have, a new
// plan's blank action and what is still missing before it can be sent, and which form a plan offers the caller.
import type { PlanStatus } from '@duda/contract-performance';
import { addCalendarDays } from '@duda/month';

export const PLAN_TONES: Record<PlanStatus, string> = {
  OPEN: 'in_progress',
  IMPROVED: 'approved',
  NOT_IMPROVED: 'rejected',
  MOVED_ON: 'closed',
};

export interface DraftAction {
  description: string;
  ownerId: string;
  followUpOn: string;
}

/** The person and their superior (the caller): who may own an action. */
export const ownerOptions = (
  person: { personId: string; personName: string },
  coach: { id: string; name: string },
) => [
  { value: person.personId, label: person.personName },
  { value: coach.id, label: coach.name },
];

/** A new action: the person's own, followed up a week from `today`. */
export function blankAction(personId: string, today: string): DraftAction {
  return { description: '', ownerId: personId, followUpOn: addCalendarDays(today, 7) };
}

export type DraftProblem = 'goal' | 'actions' | 'description' | 'followUpOn';

/** What the plan form still lacks (the service checks again, and checks the dates against China's today). */
export function draftProblems(
  draft: { goal: string; actions: readonly DraftAction[] },
  today: string,
): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.goal.trim()) problems.push('goal');
  if (draft.actions.length === 0) problems.push('actions');
  if (draft.actions.some((action) => !action.description.trim())) problems.push('description');
  if (draft.actions.some((action) => !action.followUpOn || action.followUpOn < today))
    problems.push('followUpOn');
  return problems;
}

/** The coach records each open follow-up and closes an open plan; everyone else reads. */
export function planForms(plan: {
  status: PlanStatus;
  canCoach: boolean;
  actions: readonly { followedUpAt: unknown }[];
}) {
  const coaching = plan.canCoach && plan.status === 'OPEN';
  return {
    followUp: coaching,
    close: coaching,
    /** Improved or not is judged on every follow-up; a plan of someone who moved on may close at once. */
    judged: plan.actions.every((action) => action.followedUpAt !== null),
  };
}
