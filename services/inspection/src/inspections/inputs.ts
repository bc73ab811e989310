import { z } from '@duda/service-kit';

export const outcome = z.union([z.enum(['PASS', 'FAIL', 'NA']), z.number().finite()]);

export const itemResult = z.object({
  itemCode: z.string().trim().min(1).max(20),
  outcome,
  note: z.string().trim().max(500).nullish(),
  photoIds: z.array(z.uuid()).max(9).default([]),
});

/** Drafts may hold items not yet judged: those have no outcome. */
export const draftItemResult = itemResult.extend({ outcome: outcome.nullish() });

export type ItemResultInput = z.infer<typeof itemResult>;
export type DraftItemResultInput = z.infer<typeof draftItemResult>;
