import type { ComplaintStatus } from '@duda/contract-forms';
import type { KnownStatus } from '@duda/ui';

/** Design-system tones of a case's statuses: waiting for someone, being worked, answered, done. */
export const COMPLAINT_TONES: Record<ComplaintStatus, KnownStatus> = {
  RECEIVED: 'pending',
  CLASSIFIED: 'pending',
  INVESTIGATING: 'in_progress',
  RESOLVED: 'in_progress',
  FEEDBACK_GIVEN: 'responded',
  FOLLOWED_UP: 'verified',
  CLOSED: 'closed',
};
