// The month archive (月度归档): the inputs of `inspection.archive.*`.
import { z } from 'zod';
import { id, scopeMonth } from './common.ts';

export const archiveInputs = {
  status: scopeMonth,
  close: scopeMonth,
  list: z.object({ scopeOrgId: id }),
};
