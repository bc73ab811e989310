// The data side of a template: the JSON Schema (2020-12) its fields imply, and what makes a UI schema and a data
// schema not fit together. The designer saves `dataSchemaOf(ui)` beside the UI schema; the service accepts any
// valid 2020-12 schema whose properties match the fields (a city may tighten a rule by hand, e.g. a pattern).
import type { WireError } from '@duda/contract-kit';
import { uiSchemaProblemTerms } from './template-errors.ts';
import { WIDGETS_BY_KIND, type Condition, type Expression, type UiLeaf, type UiSchema } from './ui-schema.ts';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

export type JsonSchema = { [keyword: string]: unknown };

/** How a file (an attachment, a signature image) is kept in a form's data: an upload's id and what to show. */
const fileRefSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    size: { type: 'integer', minimum: 0 },
    contentType: { type: 'string', maxLength: 100 },
  },
  required: ['id', 'name', 'size', 'contentType'],
  additionalProperties: false,
};

const pickedSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    name: { type: 'string', minLength: 1, maxLength: 100 },
  },
  required: ['id', 'name'],
  additionalProperties: false,
};

const date: JsonSchema = { type: 'string', format: 'date' };

/** `HH:mm`, 24 hours (ajv-formats' `time` wants seconds and a zone, which a roster has not). */
export const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';

/** The JSON type each kind's value has: what `dataSchemaMismatches` compares. */
export const DATA_TYPE_OF_KIND = {
  text: 'string',
  longText: 'string',
  number: 'number',
  money: 'number',
  date: 'string',
  time: 'string',
  dateRange: 'object',
  select: 'string',
  multiSelect: 'array',
  person: 'object',
  orgNode: 'object',
  table: 'array',
  attachment: 'array',
  signature: 'object',
  computed: 'number',
} as const;

/** Required by the JSON Schema itself: required and always shown (a conditional field's rule is the form rules'). */
const schemaRequired = (leaf: UiLeaf) => leaf.required === true && !leaf.visibleWhen;

function bounds(leaf: UiLeaf): JsonSchema {
  return {
    ...(leaf.min !== undefined ? { minimum: leaf.min } : {}),
    ...(leaf.max !== undefined ? { maximum: leaf.max } : {}),
  };
}

function leafSchema(leaf: UiLeaf): JsonSchema {
  const filled = schemaRequired(leaf);
  switch (leaf.kind) {
    case 'text':
    case 'longText':
      return {
        type: 'string',
        ...(filled ? { minLength: 1 } : {}),
        maxLength: leaf.maxLength ?? (leaf.kind === 'text' ? 200 : 5000),
      };
    case 'number':
      return { type: 'number', ...bounds(leaf) };
    case 'money':
      return {
        type: 'number',
        minimum: leaf.min ?? 0,
        ...(leaf.max !== undefined ? { maximum: leaf.max } : {}),
      };
    case 'date':
      return date;
    case 'time':
      return { type: 'string', pattern: TIME_PATTERN };
    case 'dateRange':
      return {
        type: 'object',
        properties: { start: date, end: date },
        required: ['start', 'end'],
        additionalProperties: false,
      };
    case 'select':
      return { type: 'string', enum: (leaf.options ?? []).map((option) => option.value) };
    case 'multiSelect':
      return {
        type: 'array',
        items: { type: 'string', enum: (leaf.options ?? []).map((option) => option.value) },
        uniqueItems: true,
        ...(filled ? { minItems: 1 } : {}),
      };
    case 'person':
    case 'orgNode':
      return pickedSchema;
    case 'attachment':
      return {
        type: 'array',
        items: fileRefSchema,
        ...(filled ? { minItems: 1 } : {}),
        maxItems: leaf.maxFiles ?? 5,
      };
    case 'signature':
      return fileRefSchema;
    case 'computed':
      return { type: 'number' };
    case 'table':
      return {};
  }
}

function objectSchema(leaves: readonly UiLeaf[]): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(leaves.map((leaf) => [leaf.key, fieldDataSchema(leaf)])),
    required: leaves.filter(schemaRequired).map((leaf) => leaf.key),
    additionalProperties: false,
  };
}

function fieldDataSchema(leaf: UiLeaf): JsonSchema {
  if (leaf.kind !== 'table') return leafSchema(leaf);
  const columns = 'columns' in leaf ? (leaf.columns ?? []) : [];
  const minRows = 'minRows' in leaf ? leaf.minRows : undefined;
  const maxRows = 'maxRows' in leaf ? leaf.maxRows : undefined;
  return {
    type: 'array',
    items: objectSchema(columns),
    ...(minRows !== undefined ? { minItems: minRows } : schemaRequired(leaf) ? { minItems: 1 } : {}),
    maxItems: maxRows ?? 200,
  };
}

/** The JSON Schema (2020-12) of the data a UI schema's form produces. */
export function dataSchemaOf(ui: UiSchema): JsonSchema {
  return { $schema: JSON_SCHEMA_DIALECT, title: ui.title['zh-CN'], ...objectSchema(ui.fields) };
}

/** A problem of a template, with where it is (`fields.3.options`) and why, worded in both languages. */
export interface TemplateProblem {
  path: string;
  reason: WireError;
}

const problem = (
  path: string,
  key: Parameters<typeof uiSchemaProblemTerms.term>[0],
  params: Record<string, string>,
): TemplateProblem => ({ path, reason: uiSchemaProblemTerms.term(key, params) });

function refsOfExpression(
  expression: Expression,
): { ref: string; column?: string; as: 'value' | 'table' | 'range' }[] {
  if ('const' in expression) return [];
  if ('ref' in expression) return [{ ref: expression.ref, as: 'value' }];
  if ('sum' in expression) return [{ ref: expression.sum, column: expression.column, as: 'table' }];
  if ('count' in expression) return [{ ref: expression.count, as: 'table' }];
  if ('days' in expression) return [{ ref: expression.days, as: 'range' }];
  if ('round' in expression) return refsOfExpression(expression.round);
  return expression.args.flatMap(refsOfExpression);
}

function refsOfCondition(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(refsOfCondition);
  if ('any' in condition) return condition.any.flatMap(refsOfCondition);
  if ('not' in condition) return refsOfCondition(condition.not);
  return [condition.field];
}

const SETTINGS_BY_KIND: Partial<Record<string, readonly UiLeaf['kind'][]>> = {
  options: ['select', 'multiSelect'],
  compute: ['computed'],
  maxFiles: ['attachment'],
  maxLength: ['text', 'longText'],
  precision: ['number', 'money', 'computed'],
  min: ['number', 'money'],
  max: ['number', 'money'],
};

function leafProblems(
  leaf: UiLeaf,
  path: string,
  scope: ReadonlyMap<string, UiLeaf>,
  rowScope: ReadonlyMap<string, UiLeaf> | null,
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const key = leaf.key;
  const lookup = (ref: string) => rowScope?.get(ref) ?? scope.get(ref);
  for (const [setting, kinds] of Object.entries(SETTINGS_BY_KIND)) {
    if (leaf[setting as keyof UiLeaf] !== undefined && !kinds!.includes(leaf.kind)) {
      problems.push(problem(`${path}.${setting}`, 'misplacedSetting', { key, setting }));
    }
  }
  if (leaf.widget && !(WIDGETS_BY_KIND[leaf.kind] as readonly string[]).includes(leaf.widget)) {
    problems.push(problem(`${path}.widget`, 'widgetForKind', { key, widget: leaf.widget }));
  }
  if ((leaf.kind === 'select' || leaf.kind === 'multiSelect') && !leaf.options?.length) {
    problems.push(problem(`${path}.options`, 'optionsMissing', { key }));
  }
  const seen = new Set<string>();
  for (const [index, option] of (leaf.options ?? []).entries()) {
    if (seen.has(option.value)) {
      problems.push(
        problem(`${path}.options.${index}.value`, 'duplicateOption', { key, value: option.value }),
      );
    }
    seen.add(option.value);
  }
  if (leaf.min !== undefined && leaf.max !== undefined && leaf.min > leaf.max) {
    problems.push(problem(`${path}.min`, 'rangeReversed', { key }));
  }
  if (leaf.kind === 'computed' && !leaf.compute)
    problems.push(problem(`${path}.compute`, 'computeMissing', { key }));
  for (const ref of refsOfExpression(leaf.compute ?? { const: 0 })) {
    const target = lookup(ref.ref);
    if (!target) problems.push(problem(`${path}.compute`, 'unknownField', { key, ref: ref.ref }));
    else if (ref.as === 'table' && target.kind !== 'table') {
      problems.push(problem(`${path}.compute`, 'notATable', { key, ref: ref.ref }));
    } else if (ref.as === 'range' && target.kind !== 'dateRange') {
      problems.push(problem(`${path}.compute`, 'notADateRange', { key, ref: ref.ref }));
    } else if (ref.column && !('columns' in target && target.columns?.some((c) => c.key === ref.column))) {
      problems.push(problem(`${path}.compute`, 'unknownColumn', { key, ref: ref.ref, column: ref.column }));
    }
  }
  for (const [setting, condition] of [
    ['visibleWhen', leaf.visibleWhen],
    ['requiredWhen', leaf.requiredWhen],
  ] as const) {
    for (const ref of condition ? refsOfCondition(condition) : []) {
      if (!lookup(ref)) problems.push(problem(`${path}.${setting}`, 'unknownField', { key, ref }));
    }
  }
  return problems;
}

function keyProblems(leaves: readonly UiLeaf[], path: string): TemplateProblem[] {
  const seen = new Set<string>();
  return leaves.flatMap((leaf, index) => {
    const duplicate = seen.has(leaf.key);
    seen.add(leaf.key);
    return duplicate ? [problem(`${path}.${index}.key`, 'duplicateKey', { key: leaf.key })] : [];
  });
}

/** What does not hold together inside a UI schema (references, options, settings per kind); empty when sound. */
export function uiSchemaIssues(ui: UiSchema): TemplateProblem[] {
  const scope = new Map(ui.fields.map((field) => [field.key, field as UiLeaf]));
  const sections = new Set(ui.sections.map((section) => section.key));
  const problems = keyProblems(ui.fields, 'fields');
  for (const [index, field] of ui.fields.entries()) {
    const path = `fields.${index}`;
    problems.push(...leafProblems(field, path, scope, null));
    if (field.section && !sections.has(field.section)) {
      problems.push(problem(`${path}.section`, 'unknownSection', { key: field.key, ref: field.section }));
    }
    if (field.kind === 'table' && !field.columns?.length) {
      problems.push(problem(`${path}.columns`, 'columnsMissing', { key: field.key }));
    }
    if (field.kind !== 'table' && field.columns) {
      problems.push(problem(`${path}.columns`, 'misplacedSetting', { key: field.key, setting: 'columns' }));
    }
    const columns = field.columns ?? [];
    const rowScope = new Map(columns.map((column) => [column.key, column as UiLeaf]));
    problems.push(...keyProblems(columns, `${path}.columns`));
    for (const [at, column] of columns.entries()) {
      problems.push(...leafProblems(column, `${path}.columns.${at}`, scope, rowScope));
    }
  }
  for (const [index, check] of ui.checks.entries()) {
    const path = `checks.${index}`;
    const key = `checks.${index}`;
    const target = scope.get(check.field);
    if (!target) {
      problems.push(problem(path, 'unknownField', { key, ref: check.field }));
      continue;
    }
    const columns =
      check.kind === 'sumEquals' ? [check.column] : check.kind === 'uniqueRows' ? check.columns : [];
    if (check.kind !== 'notAfter' && target.kind !== 'table') {
      problems.push(problem(path, 'notATable', { key, ref: check.field }));
    }
    for (const column of columns) {
      if (target.kind === 'table' && !target.columns?.some((c) => c.key === column)) {
        problems.push(problem(path, 'unknownColumn', { key, ref: check.field, column }));
      }
    }
    if (check.kind === 'notAfter' && !scope.has(check.later)) {
      problems.push(problem(path, 'unknownField', { key, ref: check.later }));
    }
  }
  return problems;
}

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function typeProblems(leaves: readonly UiLeaf[], schema: unknown, path: string): TemplateProblem[] {
  if (!isObject(schema) || !isObject(schema.properties)) return [problem(path, 'notAnObject', {})];
  const properties = schema.properties;
  const problems: TemplateProblem[] = [];
  const keys = new Set(leaves.map((leaf) => leaf.key));
  for (const leaf of leaves) {
    const property = properties[leaf.key];
    const at = `${path}.properties.${leaf.key}`;
    if (!isObject(property)) {
      problems.push(problem(at, 'missingProperty', { key: leaf.key }));
      continue;
    }
    const expected = DATA_TYPE_OF_KIND[leaf.kind];
    if (property.type !== expected && !(expected === 'number' && property.type === 'integer')) {
      problems.push(problem(`${at}.type`, 'typeMismatch', { key: leaf.key, expected }));
    } else if (leaf.kind === 'table' && 'columns' in leaf) {
      problems.push(...typeProblems(leaf.columns ?? [], property.items, `${at}.items`));
    }
  }
  for (const key of Object.keys(properties)) {
    if (!keys.has(key)) problems.push(problem(`${path}.properties.${key}`, 'extraProperty', { key }));
  }
  return problems;
}

/** Where a data schema and a UI schema disagree: a field without a property, a property without a field, types. */
export function dataSchemaMismatches(ui: UiSchema, dataSchema: unknown): TemplateProblem[] {
  return typeProblems(ui.fields, dataSchema, 'dataSchema');
}
