// `forms.templates` (表单模板): a template per org unit (the province's reference forms, a city's adapted copies),
// versioned — draft → published → retired. A version holds the data's JSON Schema (2020-12) and the UI schema;
// a submission keeps the version it was filled in.
import { commonErrors, pageInput, storableJson, text } from '@duda/contract-kit';
import { z } from 'zod';
import { flowDefinitionSchema } from './approvals.ts';
import { formsTemplateErrors } from './template-errors.ts';
import { localizedHelp, localizedLabel, uiSchemaSchema } from './ui-schema.ts';

export const TEMPLATE_VERSION_STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'] as const;
export type TemplateVersionStatus = (typeof TEMPLATE_VERSION_STATUSES)[number];

const id = z.uuid({ error: commonErrors.invalidId.code });

/** The template's number on paper (表1 … 表10, or a city's own), unique per owning unit. */
export const templateCode = text().trim().min(1, { error: formsTemplateErrors.labelRequired.code }).max(20);

/** A JSON Schema as sent: any JSON object; the service compiles it (ajv, 2020-12, strict) before keeping it. */
export const dataSchemaInput = z.record(text().max(200), storableJson().optional());

/** What a version carries: the data's schema, the form's UI schema, and its approval flow (none: no approval). */
export const templateContent = z.object({
  dataSchema: dataSchemaInput,
  uiSchema: uiSchemaSchema,
  approvalFlow: flowDefinitionSchema.nullish(),
});
export type TemplateContent = z.infer<typeof templateContent>;

export const templateInputs = {
  /** Templates the caller may see (their units' and the units above), with each one's current versions. */
  list: pageInput.extend({
    q: text().trim().max(40).nullish(),
    /** Only templates with a published version (what a submitter picks from). */
    publishedOnly: z.boolean().nullish(),
  }),
  get: z.object({ id }),
  /** One version with its schemas: what renders a submission as it was filled in. */
  version: z.object({ versionId: id }),
  create: templateContent.extend({
    orgNodeId: id,
    code: templateCode,
    name: localizedLabel,
    description: localizedHelp.nullish(),
  }),
  /** Writes the template's draft version (a new one after the last published, or the open draft). */
  saveDraft: templateContent.extend({ templateId: id }),
  publish: z.object({ versionId: id }),
  retire: z.object({ versionId: id }),
  /** A published template of a unit above copied to the caller's unit (省 → 市), as a draft to adapt. */
  copy: z.object({ versionId: id, orgNodeId: id }),
};
