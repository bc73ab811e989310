// `operations.figures.month`: a month's equipment figures per hall and device type (the hall report 表2 reads them).
import { commonErrors, text } from '@duda/contract-kit';
import { z } from 'zod';
import { operationsErrors } from './errors.ts';

const id = z.uuid({ error: commonErrors.invalidId.code });

export const figureInputs = {
  month: z.object({
    month: text().regex(/^(19\d{2}|2\d{3})-(0[1-9]|1[0-2])$/, { error: operationsErrors.monthInvalid.code }),
    orgNodeId: id.nullish(),
  }),
};
