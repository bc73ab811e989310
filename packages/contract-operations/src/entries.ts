// `operations.entries`: the area's first records. Rename and grow them into the area's real objects.
import { commonErrors, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { operationsErrors } from './errors.ts';

export const ENTRY_STATUSES = ['OPEN', 'DONE'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

const id = z.uuid({ error: commonErrors.invalidId.code });

export const entryInputs = {
  list: pageInput.extend({ status: z.enum(ENTRY_STATUSES).nullish() }),
  create: z.object({
    orgNodeId: id,
    title: text().trim().min(1, { error: operationsErrors.titleRequired.code }).max(80),
  }),
};
