import type { TimelineEntry } from '@duda/ui';
import type { RectificationDetail, RectificationRow } from './api.ts';

export type RectificationStatus = RectificationRow['status'];
export type Severity = RectificationRow['severity'];

// Status ids understood by DStatusTag, which picks the tone; the label is always ours.
const STATUS_TAG: Record<RectificationStatus, string> = {
  OPEN: 'open',
  RESPONDED: 'responded',
  REJECTED_BACK: 'rejected',
  ACCEPTED: 'verified',
};

const SEVERITY_TAG: Record<Severity, string> = {
  CRITICAL: 'fail',
  MAJOR: 'pending',
  MINOR: 'closed',
};

export interface TagView {
  /** DStatusTag's status id (tone). */
  status: string;
  /** Key under `inspection.rectifications.`. */
  labelKey: string;
}

/** How an order's state is shown. Overdue wins over the status: it is what someone must chase now. */
export function orderTag(order: Pick<RectificationRow, 'status' | 'overdue'>): TagView {
  if (order.overdue) return { status: 'overdue', labelKey: 'status.overdue' };
  return { status: STATUS_TAG[order.status], labelKey: `status.${order.status}` };
}

export function severityTag(severity: Severity): TagView {
  return { status: SEVERITY_TAG[severity], labelKey: `severity.${severity}` };
}

/** The order's steps for DTimeline: who did what, with the reason or measures they gave. */
export function historyTimeline(
  history: RectificationDetail['history'],
  translate: (key: string) => string,
): TimelineEntry[] {
  return history.map((step) => ({
    at: step.at,
    actor: step.actor,
    action: translate(`inspection.rectifications.actions.${step.action}`),
    status: STATUS_TAG[step.toStatus],
    // The chip says what the order's tag says, not the design system's generic word.
    statusLabel: translate(`inspection.rectifications.status.${step.toStatus}`),
    ...(step.comment ? { comment: step.comment } : {}),
  }));
}

/**
 * What the user may do with the order now. The service says who may act (it knows the data scope and the
 * verifier); the status says whether there is anything to do.
 */
export function availableActions(order: Pick<RectificationDetail, 'status' | 'canRespond' | 'canVerify'>) {
  return {
    respond: order.canRespond && (order.status === 'OPEN' || order.status === 'REJECTED_BACK'),
    verify: order.canVerify && order.status === 'RESPONDED',
  };
}
