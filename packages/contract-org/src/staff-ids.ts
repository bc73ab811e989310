// Business-system IDs issued to staff (营业厅工号管理, 表5): a hall gives a member of staff a login ID of a
// business system (CRM, billing…), suspends it (leave, an investigation), restores it, or revokes it for good.
// The statuses, the inputs of `org.staffIds.*` and their refusals.
import { coercedMoment, comparedText, defineErrors, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { id } from './common.ts';

/** 已发放, 已暂停, 已注销. */
export const STAFF_ID_STATUSES = ['issued', 'suspended', 'revoked'] as const;
export type StaffIdStatus = (typeof STAFF_ID_STATUSES)[number];

export const staffIdErrors = defineErrors('org.staffIds', {
  notFound: { kind: 'NOT_FOUND', 'zh-CN': '工号记录不存在', en: 'The staff ID does not exist.' },
  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权管理该单位的工号',
    en: "You may not manage this unit's staff IDs.",
  },
  taken: {
    kind: 'CONFLICT',
    'zh-CN': '{system} 的工号 {loginId} 已被使用',
    en: 'The {system} ID {loginId} is already in use.',
  },
  notIssued: {
    kind: 'BAD_REQUEST',
    'zh-CN': '只有已发放的工号可以暂停',
    en: 'Only an issued staff ID can be suspended.',
  },
  notSuspended: {
    kind: 'BAD_REQUEST',
    'zh-CN': '只有已暂停的工号可以恢复',
    en: 'Only a suspended staff ID can be restored.',
  },
  alreadyRevoked: {
    kind: 'BAD_REQUEST',
    'zh-CN': '该工号已注销',
    en: 'This staff ID has already been revoked.',
  },
  loginIdFormat: {
    kind: 'BAD_REQUEST',
    'zh-CN': '应为 2–30 位字母、数字或 _ . -',
    en: 'Must be 2–30 letters, digits or _ . -',
  },
  holderInactive: {
    kind: 'BAD_REQUEST',
    'zh-CN': '{name} 已离职，不能发放工号',
    en: '{name} has left; no staff ID can be issued.',
  },
});

const reason = text().trim().min(1).max(200);

export const staffIdInputs = {
  list: pageInput.extend({
    q: comparedText().trim().max(50).nullish(),
    orgNodeId: id.nullish(),
    status: z.enum(STAFF_ID_STATUSES).nullish(),
  }),
  issue: z.object({
    /** The business system, e.g. CRM, 计费, 携号转网. */
    system: comparedText().trim().min(1).max(30),
    loginId: comparedText()
      .trim()
      .regex(/^[A-Za-z0-9_.-]{2,30}$/, { error: staffIdErrors.loginIdFormat.code }),
    personId: id,
    /** When an ID already in use is recorded late; now when left out. Bounded: PostgreSQL refuses far years. */
    issuedAt: coercedMoment().optional(),
  }),
  suspend: z.object({ id, reason }),
  restore: z.object({ id }),
  revoke: z.object({ id, reason }),
};
