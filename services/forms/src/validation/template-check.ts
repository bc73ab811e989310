// Whether a template's content may be kept: its UI schema holds together, its data schema is valid JSON Schema
// 2020-12 for the service's validator (compiled, strict), and the two describe the same fields. Every problem
// is refused with its path in the input (`uiSchema.fields.2.options`, `dataSchema.properties.total.type`).
import {
  dataSchemaMismatches,
  formsTemplateErrors,
  uiSchemaIssues,
  type TemplateContent,
  type TemplateProblem,
} from '@duda/contract-forms';
import { createAjv } from './ajv.ts';
import { refuse, type FieldRefusal } from './refusal.ts';

const asRefusal = (prefix: string, { path, reason }: TemplateProblem): FieldRefusal => ({
  path: prefix ? `${prefix}.${path}` : path,
  code: reason.code,
  params: reason.params,
});

/** Why ajv cannot compile a data schema, or null when it can. */
export function jsonSchemaProblem(dataSchema: object): string | null {
  try {
    createAjv({ logger: false }).compile(dataSchema);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Refuses content that cannot be kept; returns quietly when it can. */
export function assertTemplateContent(content: Pick<TemplateContent, 'uiSchema' | 'dataSchema'>): void {
  const refusals = uiSchemaIssues(content.uiSchema).map((problem) => asRefusal('uiSchema', problem));
  const compileProblem = jsonSchemaProblem(content.dataSchema);
  if (compileProblem) {
    refusals.push({
      path: 'dataSchema',
      code: formsTemplateErrors.invalidJsonSchema.code,
      params: { reason: compileProblem },
    });
  } else {
    refusals.push(...dataSchemaMismatches(content.uiSchema, content.dataSchema).map((p) => asRefusal('', p)));
  }
  if (refusals.length > 0) refuse(refusals);
}
