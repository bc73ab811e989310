// How the plan workflow (拟定计划 → 领导审批 → 下发) shows: status tags, the buttons the server allows this
// user, and the approval history as a timeline. The server decides what is allowed (`plan.can`); this only
// turns its answer into buttons.
import { PLAN_STATUSES, type PlanAction, type PlanStatus } from '@duda/contract-inspection';
import type { TimelineEntry } from '@duda/ui';
import type { PlanDetail } from './api.ts';

/** The design system's status id for each plan status (tone); the label is the plan's own wording. */
export const PLAN_STATUS_TAG: Record<PlanStatus, string> = {
  DRAFT: 'draft',
  SUBMITTED: 'pending',
  APPROVED: 'approved',
  REJECTED: 'rejected',
  PUBLISHED: 'published',
};

/** The workflow buttons for what the user may do now, most likely first. */
export function planActions(can: PlanDetail['can']): PlanAction[] {
  return [
    ...(can.submit ? (['SUBMIT'] as const) : []),
    ...(can.revise ? (['REVISE'] as const) : []),
    ...(can.decide ? (['APPROVE', 'REJECT'] as const) : []),
    ...(can.publish ? (['PUBLISH'] as const) : []),
  ];
}

const isPlanStatus = (status: string | null): status is PlanStatus =>
  status !== null && (PLAN_STATUSES as readonly string[]).includes(status);

/** The plan's history (审批记录) for DTimeline, in the current language. */
export function planTimeline(
  history: PlanDetail['history'],
  translate: (key: string) => string,
): TimelineEntry[] {
  return history.map((event) => ({
    at: event.at,
    actor: event.actor,
    action: translate(`inspection.plans.history.${event.action}`),
    ...(event.comment ? { comment: event.comment } : {}),
    // Each step is tagged with the status it led to, in the words of the plan's own tag (已下发, not 已发布).
    ...(isPlanStatus(event.toStatus)
      ? {
          status: PLAN_STATUS_TAG[event.toStatus],
          statusLabel: translate(`inspection.plans.status.${event.toStatus}`),
        }
      : {}),
  }));
}
