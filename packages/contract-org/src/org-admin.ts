// Maintaining the org tree and reading the audit log: the inputs of the org part of `org.admin.*`.
import { pageInput } from '@duda/contract-kit';
import { orgErrors } from './errors.ts';
import { z } from 'zod';
import { id, orgLevel } from './common.ts';

export const orgAdminInputs = {
  createNode: z.object({
    parentId: id,
    code: z
      .string()
      .trim()
      .regex(/^[A-Z0-9-]{2,30}$/, { error: orgErrors.orgCodeFormat.code }),
    name: z.string().trim().min(1).max(50),
    level: orgLevel,
    address: z.string().trim().max(200).nullish(),
  }),
  updateNode: z.object({
    id,
    name: z.string().trim().min(1).max(50).optional(),
    address: z.string().trim().max(200).nullish(),
  }),
  moveNode: z.object({ id, newParentId: id }),
  setNodeActive: z.object({ id, active: z.boolean() }),
  audit: pageInput.extend({
    entityType: z.string().max(30).nullish(),
    entityId: z.string().max(60).nullish(),
  }),
};
