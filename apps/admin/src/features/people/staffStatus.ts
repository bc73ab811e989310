import type { StaffStatus } from '@duda/contract-org';

/** The tag tone of an employment status: 在职 green, 休假 amber, 离职 grey. */
export const staffStatusTone = {
  active: 'pass',
  on_leave: 'pending',
  left: 'archived',
} as const satisfies Record<StaffStatus, string>;
