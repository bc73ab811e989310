// Rectification orders (整改单) and their loop to closure: the inputs of `inspection.rectifications.*` (their
// statuses are in enums.ts).
import { pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { TEXT_LIMITS } from './text-limits.ts';
import { citedById, id, month } from './common.ts';
import { inspectionErrors } from './errors.ts';
import { RECTIFICATION_STATUSES, SEVERITIES } from './enums.ts';

export const rectificationInputs = {
  list: pageInput.extend({
    status: z.enum(RECTIFICATION_STATUSES).nullish(),
    overdue: z.boolean().nullish(),
    hallId: id.nullish(),
    districtId: id.nullish(),
    severity: z.enum(SEVERITIES).nullish(),
    month: month.nullish(),
    toVerify: z.boolean().nullish(),
    /** The orders one inspection raised (its detail links to them). */
    inspectionId: id.nullish(),
  }),
  get: citedById,
  respond: z.object({
    id,
    measures: text()
      .trim()
      .min(1, { error: inspectionErrors.measuresMissing.code })
      .max(TEXT_LIMITS.measures),
    photoIds: z.array(id).max(9).default([]),
  }),
  accept: z.object({ id, comment: text().trim().max(TEXT_LIMITS.verifierComment).optional() }),
  rejectBack: z.object({
    id,
    reason: text()
      .trim()
      .min(1, { error: inspectionErrors.rejectReasonMissing.code })
      .max(TEXT_LIMITS.verifierComment),
  }),
};
