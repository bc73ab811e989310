// Maintaining the org tree and reading the audit log: the inputs of the org part of `org.admin.*`.
import { comparedText, pageInput, text } from '@duda/contract-kit';
import { orgErrors } from './errors.ts';
import { z } from 'zod';
import { id, orgLevel } from './common.ts';

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
  audit: pageInput.extend({
    entityType: comparedText().max(30).nullish(),
    entityId: comparedText().max(60).nullish(),
  }),
};
