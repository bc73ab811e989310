// `forms.submissions` (表单填报): a form filled in against one template version. A draft keeps whatever was typed
// (it survives a reload); a submission is validated by the service — the version's JSON Schema (ajv, 2020-12) and
// the form rules — and keeps its version for good.
import { commonErrors, comparedText, pageInput, storableJson, text } from '@duda/contract-kit';
import { z } from 'zod';
import { pickedApproversSchema, stepKeySchema } from './approvals.ts';
import { FIELD_KEY } from './ui-schema.ts';

export const SUBMISSION_STATUSES = ['DRAFT', 'SUBMITTED'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** The largest form data a draft or submission may hold (JSON text), in KB. */
export const MAX_FORM_DATA_KB = 256;

const id = z.uuid({ error: commonErrors.invalidId.code });
const formData = z.record(text().regex(FIELD_KEY), storableJson().optional());

/** A filter on one of the form's own fields (top-level): equal, one of, or within a range (numbers, dates). */
export const FILTER_OPERATORS = ['eq', 'in', 'gte', 'lte', 'contains'] as const;
export const fieldFilterSchema = z.object({
  field: text().regex(FIELD_KEY),
  op: z.enum(FILTER_OPERATORS),
  value: z.union([
    text().max(200),
    z.number().finite(),
    z.boolean(),
    z.array(z.union([text().max(200), z.number()])).max(50),
  ]),
});
export type FieldFilter = z.infer<typeof fieldFilterSchema>;

const listFilters = z.object({
  templateId: id,
  filters: z.array(fieldFilterSchema).max(10).default([]),
  /** Only the caller's own records. */
  mine: z.boolean().nullish(),
  orgNodeId: id.nullish(),
});

export const submissionInputs = {
  /** Saves what was typed as the caller's draft (creates one, or updates `id`); nothing is validated but size. */
  saveDraft: z.object({ id: id.nullish(), versionId: id, orgNodeId: id, data: formData }),
  /** Submits: the draft `id` if there is one, else a new record. */
  submit: z.object({
    id: id.nullish(),
    versionId: id,
    orgNodeId: id,
    data: formData,
    pickedApprovers: pickedApproversSchema.nullish(),
  }),
  /**
   * Who the submitter may pick for a `picked` approval step (自选审批人) of the version, filling it in for the unit:
   * people at work at the units of its line (its hall, district, city), by name or 工号.
   */
  pickable: z.object({
    versionId: id,
    stepKey: stepKeySchema,
    orgNodeId: id,
    q: comparedText().trim().max(40).default(''),
  }),
  discardDraft: z.object({ id }),
  get: z.object({ id }),
  /** The caller's own drafts and submissions, of every form. */
  mine: pageInput.extend({ status: z.enum(SUBMISSION_STATUSES).nullish() }),
  /** One form's submissions in the caller's scope, filtered on the form's fields. */
  list: pageInput.merge(listFilters),
  /** The same rows as `list` (every page) as an Excel workbook. */
  export: listFilters,
};
