import type { StatusTone } from '../../tokens/index.ts';
import type { DudaMessages } from '../../i18n/messages/zh-CN.ts';

type LabelledStatus = keyof DudaMessages['duda']['status'];

/**
 * The tone each domain status is shown in. Keys are the status ids the services send; every one has a
 * label under `duda.status.*`, and the `satisfies` makes adding a label without a tone (or vice versa) a type error.
 */
export const statusTone = {
  pass: 'pass',
  approved: 'pass',
  verified: 'pass',
  fail: 'fail',
  rejected: 'fail',
  overdue: 'overdue',
  pending: 'pending',
  open: 'pending',
  responded: 'pending',
  submitted: 'info',
  published: 'info',
  in_progress: 'info',
  draft: 'draft',
  cancelled: 'draft',
  closed: 'neutral',
  archived: 'neutral',
} as const satisfies Record<LabelledStatus, StatusTone>;

export type KnownStatus = keyof typeof statusTone;

export function isKnownStatus(status: string): status is KnownStatus {
  return Object.hasOwn(statusTone, status);
}

/** Unknown statuses (a service added one before the UI knew it) stay readable in a neutral tone. */
export function toneOf(status: string): StatusTone {
  return isKnownStatus(status) ? statusTone[status] : 'neutral';
}
