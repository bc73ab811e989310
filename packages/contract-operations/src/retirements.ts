// `operations.retirements`: replacing or scrapping a device (更换 / 报废), asked by the hall, decided by the district
// in the forms area's approval engine (the request names the approval it is decided in: `approvalInstanceId`).
import { commonErrors, text } from '@duda/contract-kit';
import { z } from 'zod';
import { operationsErrors } from './errors.ts';

export const RETIREMENT_KINDS = ['REPLACE', 'SCRAP'] as const;
export type RetirementKind = (typeof RETIREMENT_KINDS)[number];

export const RETIREMENT_KIND_LABELS: Record<RetirementKind, { 'zh-CN': string; en: string }> = {
  REPLACE: { 'zh-CN': '更换', en: 'Replace' },
  SCRAP: { 'zh-CN': '报废', en: 'Scrap' },
};

export const RETIREMENT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type RetirementStatus = (typeof RETIREMENT_STATUSES)[number];

export const RETIREMENT_STATUS_LABELS: Record<RetirementStatus, { 'zh-CN': string; en: string }> = {
  PENDING: { 'zh-CN': '待审批', en: 'Awaiting approval' },
  APPROVED: { 'zh-CN': '已批准', en: 'Approved' },
  REJECTED: { 'zh-CN': '已退回', en: 'Rejected' },
};

const id = z.uuid({ error: commonErrors.invalidId.code });
/** Free texts' bounds, the form's too. */
export const RETIREMENT_TEXT_LIMITS = { reason: 300 } as const;

export const retirementInputs = {
  request: z.object({
    deviceId: id,
    kind: z.enum(RETIREMENT_KINDS),
    reason: text()
      .trim()
      .min(1, { error: operationsErrors.retirementReasonRequired.code })
      .max(RETIREMENT_TEXT_LIMITS.reason),
  }),
};
