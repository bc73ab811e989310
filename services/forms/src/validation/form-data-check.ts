// A form's data against its template version: the version's JSON Schema (ajv, one compiled validator per version)
// and the form rules (required by condition, decimals, ranges, cross-field checks), after hidden values are dropped
// and computed values set. What the service stores is the prepared data; what it refuses names every field.
import {
  formRuleErrors,
  formRuleIssues,
  formSchemaErrors,
  prepareFormData,
  type FormData,
  type UiLeaf,
  type UiSchema,
} from '@duda/contract-forms';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from './ajv.ts';
import type { FieldRefusal } from './refusal.ts';

const ajv = createAjv({ logger: false });
const validators = new Map<string, ValidateFunction>();
const MAX_CACHED = 500;

/** The compiled validator of a version's data schema; compiled once per version (a version never changes). */
export function validatorOf(versionId: string, dataSchema: object): ValidateFunction {
  const cached = validators.get(versionId);
  if (cached) return cached;
  const validate = ajv.compile(dataSchema);
  if (validators.size >= MAX_CACHED) validators.delete(validators.keys().next().value!);
  validators.set(versionId, validate);
  return validate;
}

/** The field or column a data path (`plan/2/weight`) is about, for its label. */
function leafAt(ui: UiSchema, segments: readonly string[]): UiLeaf | null {
  const field = ui.fields.find((each) => each.key === segments[0]);
  if (!field) return null;
  const column = segments.length >= 3 ? field.columns?.find((each) => each.key === segments[2]) : undefined;
  return column ?? field;
}

const labelOf = (ui: UiSchema, segments: readonly string[]) => {
  const leaf = leafAt(ui, segments);
  const key = segments.at(-1) ?? '';
  return leaf ? { label: leaf.label['zh-CN'], labelEn: leaf.label.en } : { label: key, labelEn: key };
};

/** The wording of each ajv keyword's refusal; any other keyword reads as an invalid value. */
const CODE_OF_KEYWORD: Partial<Record<string, string>> = {
  type: formSchemaErrors.type.code,
  enum: formSchemaErrors.enum.code,
  const: formSchemaErrors.enum.code,
  format: formSchemaErrors.format.code,
  pattern: formSchemaErrors.format.code,
  minLength: formSchemaErrors.minLength.code,
  maxLength: formSchemaErrors.maxLength.code,
  minimum: formSchemaErrors.minimum.code,
  exclusiveMinimum: formSchemaErrors.minimum.code,
  maximum: formSchemaErrors.maximum.code,
  exclusiveMaximum: formSchemaErrors.maximum.code,
  minItems: formSchemaErrors.minItems.code,
  maxItems: formSchemaErrors.maxItems.code,
  uniqueItems: formSchemaErrors.uniqueItems.code,
};

/** An ajv error as a refusal of the field it is about, worded per keyword. */
function schemaRefusal(ui: UiSchema, error: ErrorObject, prefix: string): FieldRefusal {
  const segments = error.instancePath.split('/').filter(Boolean);
  const at = (parts: readonly string[]) => [prefix, ...parts].join('.');
  if (error.keyword === 'required') {
    const missing = [...segments, String(error.params.missingProperty)];
    return { path: at(missing), code: formRuleErrors.required.code, params: labelOf(ui, missing) };
  }
  if (error.keyword === 'additionalProperties') {
    const extra = [...segments, String(error.params.additionalProperty)];
    const key = extra.at(-1)!;
    return {
      path: at(extra),
      code: formSchemaErrors.unknownField.code,
      params: { label: key, labelEn: key },
    };
  }
  const params = labelOf(ui, segments);
  const code = CODE_OF_KEYWORD[error.keyword] ?? formSchemaErrors.invalid.code;
  const { limit } = error.params as { limit?: unknown };
  return { path: at(segments), code, params: typeof limit === 'number' ? { ...params, limit } : params };
}

export interface CheckedFormData {
  /** What is stored: hidden values dropped, computed values set. */
  data: FormData;
  /** Empty when the data passes. */
  refusals: FieldRefusal[];
}

/**
 * Checks form data against a version. `prefix` is where the data sits in the procedure's input (`data`), so the
 * refusals' paths point into it.
 */
export function checkFormData(
  version: { id: string; dataSchema: object; uiSchema: UiSchema },
  input: FormData,
  prefix = 'data',
): CheckedFormData {
  const data = prepareFormData(version.uiSchema, input);
  const validate = validatorOf(version.id, version.dataSchema);
  const refusals: FieldRefusal[] = [];
  if (!validate(data))
    refusals.push(...(validate.errors ?? []).map((error) => schemaRefusal(version.uiSchema, error, prefix)));
  for (const issue of formRuleIssues(version.uiSchema, data)) {
    refusals.push({ path: `${prefix}.${issue.path}`, code: issue.code, params: issue.params });
  }
  const seen = new Set<string>();
  return {
    data,
    refusals: refusals.filter((refusal) => {
      const key = `${refusal.path} ${refusal.code}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  };
}
