// Inspections (检查): the result an inspector records per item and the inputs of `inspection.inspections.*`
// (their kinds, statuses and verdicts are in enums.ts).
import { comparedText, formDataInput, pageInput, sortInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { TEXT_LIMITS } from './text-limits.ts';
import { byId, citedById, id, month } from './common.ts';
import { INSPECTION_KINDS, INSPECTION_SORT_KEYS, INSPECTION_STATUSES, ITEM_VERDICTS } from './enums.ts';
import { inspectionErrors } from './errors.ts';

const outcome = z.union([z.enum(ITEM_VERDICTS), z.number().finite()]);

export const itemResultInput = z.object({
  itemCode: comparedText().trim().min(1).max(20),
  outcome,
  note: text().trim().max(TEXT_LIMITS.itemNote).nullish(),
  photoIds: z.array(z.uuid()).max(9).default([]),
});

/** Drafts may hold items not yet judged: those have no outcome. */
export const draftItemResultInput = itemResultInput.extend({ outcome: outcome.nullish() });

export type ItemResultInput = z.infer<typeof itemResultInput>;
export type DraftItemResultInput = z.infer<typeof draftItemResultInput>;

const summary = text().trim().max(TEXT_LIMITS.inspectionSummary).nullish();

/** A draft as the page holds it, based on the revision it last saw. */
const draftInput = z.object({
  id,
  // Compared with a 32-bit integer column: a larger number is refused here, not by the database.
  revision: z.int32().min(0),
  results: z.array(draftItemResultInput).max(200),
  summary,
});

export const inspectionInputs = {
  list: pageInput.extend({
    kind: z.enum(INSPECTION_KINDS).nullish(),
    status: z.enum(INSPECTION_STATUSES).nullish(),
    hallId: id.nullish(),
    districtId: id.nullish(),
    month: month.nullish(),
    mine: z.boolean().nullish(),
    sort: sortInput(INSPECTION_SORT_KEYS),
  }),
  get: citedById,
  start: z.object({
    clientKey: z.uuid(),
    hallId: id,
    kind: z.enum(INSPECTION_KINDS),
    planEntryId: id.nullish(),
    templateId: id.nullish(),
  }),
  saveDraft: draftInput,
  /** 其余全部合格: the draft as the page holds it, saved with every unjudged item passed. */
  markRestPassed: draftInput,
  submit: z.object({ id, results: z.array(itemResultInput).max(200), summary }),
  publishMystery: byId,
  /** A photo arrives as multipart form data: the image file and the hall it was taken in. */
  uploadPhoto: formDataInput().transform((form, issue) => {
    const file = form.get('file');
    const hallId = form.get('hallId');
    if (!(file instanceof File))
      issue.addIssue({ code: 'custom', message: inspectionErrors.photoRequired.code, path: ['file'] });
    if (typeof hallId !== 'string' || !z.uuid().safeParse(hallId).success)
      issue.addIssue({ code: 'custom', message: inspectionErrors.hallIdFormat.code, path: ['hallId'] });
    return { file: file as File, hallId: hallId as string };
  }),
};
