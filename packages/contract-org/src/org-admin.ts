// Maintaining the org tree and reading the audit log: the inputs of the org part of `org.admin.*`.
import { coercedMoment, comparedText, pageInput, text } from '@duda/contract-kit';
import { orgErrors } from './errors.ts';
import { z } from 'zod';
import { id, orgLevel } from './common.ts';

/** What the audit log records (审计日志): the admin changes and the sign-ins, as the log names them. */
export const AUDIT_ACTIONS = [
  'person.create',
  'person.update',
  'person.status',
  'person.import',
  'role.assign',
  'role.revoke',
  'account.resetPassword',
  'account.revokeSessions',
  'account.login',
  'account.loginFailed',
  'account.locked',
  'org.create',
  'org.update',
  'org.move',
  'org.activate',
  'org.deactivate',
  'staffId.issue',
  'staffId.suspend',
  'staffId.restore',
  'staffId.revoke',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The most rows one export of the audit log writes; a narrower filter gets the rest. */
export const AUDIT_EXPORT_MAX_ROWS = 10_000;

/** The audit log's filters: who did it, what, to which object, and when (from and to inclusive instants). */
const auditFilter = z.object({
  actorPersonId: id.nullish(),
  action: z.enum(AUDIT_ACTIONS).nullish(),
  entityType: comparedText().max(30).nullish(),
  entityId: comparedText().max(60).nullish(),
  from: coercedMoment().nullish(),
  to: coercedMoment().nullish(),
});

export const orgAdminInputs = {
  createNode: z.object({
    parentId: id,
    code: comparedText()
      .trim()
      .regex(/^[A-Z0-9-]{2,30}$/, { error: orgErrors.orgCodeFormat.code }),
    name: comparedText().trim().min(1).max(50),
    level: orgLevel,
    address: text().trim().max(200).nullish(),
  }),
  updateNode: z.object({
    id,
    name: comparedText().trim().min(1).max(50).optional(),
    address: text().trim().max(200).nullish(),
  }),
  moveNode: z.object({ id, newParentId: id }),
  setNodeActive: z.object({ id, active: z.boolean() }),
  audit: pageInput.extend(auditFilter.shape),
  auditExport: auditFilter,
};
