// The UI schema of a form template (表单模板): which fields, in what order and sections, with which widget, labels
// and help in both languages, and the rules that make a field computed, hidden or required. It sits beside the
// template's JSON Schema (2020-12) for the data; `dataSchemaOf` derives that schema from the fields, and
// `uiSchemaIssues` / `dataSchemaMismatches` say what does not hold together.
import { text } from '@duda/contract-kit';
import { z } from 'zod';
import { formsTemplateErrors } from './template-errors.ts';

/** Field kinds (字段类型) a form offers. */
export const FIELD_KINDS = [
  'text',
  'longText',
  'number',
  'money',
  'date',
  'time',
  'dateRange',
  'select',
  'multiSelect',
  'person',
  'orgNode',
  'table',
  'attachment',
  'signature',
  'computed',
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** Kinds a table column may have: anything but a nested table. */
export const COLUMN_KINDS = FIELD_KINDS.filter((kind) => kind !== 'table') as Exclude<FieldKind, 'table'>[];

/** Widgets a renderer draws; each kind has a default (first) and the alternatives it allows. */
export const WIDGETS_BY_KIND = {
  text: ['input'],
  longText: ['textarea'],
  number: ['inputNumber', 'rate'],
  money: ['money'],
  date: ['datePicker'],
  time: ['timePicker'],
  dateRange: ['dateRangePicker'],
  select: ['dropdown', 'radio'],
  multiSelect: ['dropdown', 'checkbox'],
  person: ['personPicker'],
  orgNode: ['orgPicker'],
  table: ['table'],
  attachment: ['upload'],
  signature: ['signaturePad'],
  computed: ['readonly'],
} as const satisfies Record<FieldKind, readonly [string, ...string[]]>;
export type Widget = (typeof WIDGETS_BY_KIND)[FieldKind][number];
export const WIDGETS = [...new Set(Object.values(WIDGETS_BY_KIND).flat())] as [Widget, ...Widget[]];

/** A field key: what the data object uses as a property name. */
export const FIELD_KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,39}$/;

const localized = (max: number) =>
  z.object({
    'zh-CN': text().trim().min(1, { error: formsTemplateErrors.labelRequired.code }).max(max),
    en: text().trim().min(1, { error: formsTemplateErrors.labelRequired.code }).max(max),
  });
export const localizedLabel = localized(80);
export const localizedHelp = localized(500);
export type LocalizedLabel = z.infer<typeof localizedLabel>;

const fieldKey = text().regex(FIELD_KEY, { error: formsTemplateErrors.fieldKeyFormat.code });

// ——— expressions (computed fields) ———

/**
 * A number computed from the form's data (计算字段): a constant, another field's value (`ref`; inside a table row a
 * column of the same row first), the sum of a table column or the count of a table's rows, the inclusive days of
 * a date range, or arithmetic over those. A tree rather than a formula string: nothing to parse, nothing to run.
 */
export type Expression =
  | { const: number }
  | { ref: string }
  | { sum: string; column: string }
  | { count: string }
  | { days: string }
  | { op: 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max'; args: Expression[] }
  | { round: Expression; digits: number };

export const expressionSchema: z.ZodType<Expression> = z.lazy(() =>
  z.union([
    z.strictObject({ const: z.number().finite() }),
    z.strictObject({ ref: fieldKey }),
    z.strictObject({ sum: fieldKey, column: fieldKey }),
    z.strictObject({ count: fieldKey }),
    z.strictObject({ days: fieldKey }),
    z.strictObject({
      op: z.enum(['add', 'sub', 'mul', 'div', 'min', 'max']),
      args: z.array(expressionSchema).min(1).max(20),
    }),
    z.strictObject({ round: expressionSchema, digits: z.number().int().min(0).max(6) }),
  ]),
);

// ——— conditions (visibility / requirement) ———

/** When a field shows or is required (条件显示/必填): a test of another field's value, or all/any/not of tests. */
export type Condition =
  | { field: string; equals: string | number | boolean }
  | { field: string; notEquals: string | number | boolean }
  | { field: string; in: (string | number)[] }
  | { field: string; filled: boolean }
  | { field: string; gt: number }
  | { field: string; lt: number }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const scalar = z.union([text().max(200), z.number().finite(), z.boolean()]);
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ field: fieldKey, equals: scalar }),
    z.strictObject({ field: fieldKey, notEquals: scalar }),
    z.strictObject({ field: fieldKey, in: z.array(z.union([text().max(200), z.number().finite()])).max(50) }),
    z.strictObject({ field: fieldKey, filled: z.boolean() }),
    z.strictObject({ field: fieldKey, gt: z.number().finite() }),
    z.strictObject({ field: fieldKey, lt: z.number().finite() }),
    z.strictObject({ all: z.array(conditionSchema).min(1).max(20) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(20) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

// ——— fields ———

export const selectOptionSchema = z.strictObject({
  value: text().trim().min(1).max(60),
  label: localizedLabel,
});

const fieldBase = {
  key: fieldKey,
  label: localizedLabel,
  help: localizedHelp.optional(),
  widget: z.enum(WIDGETS).optional(),
  /** Required whatever the data (also in the JSON Schema's `required`). */
  required: z.boolean().optional(),
  /** Required only when this holds (checked by the form rules). */
  requiredWhen: conditionSchema.optional(),
  /** Shown (and kept) only when this holds; a hidden field's value is dropped. */
  visibleWhen: conditionSchema.optional(),
  /** Half a row on a desktop; phones always use full rows. */
  width: z.enum(['full', 'half']).optional(),
  options: z.array(selectOptionSchema).min(1).max(100).optional(),
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  /** Decimals kept by number, money and computed fields (money: 2). */
  precision: z.number().int().min(0).max(6).optional(),
  maxLength: z.number().int().min(1).max(10_000).optional(),
  compute: expressionSchema.optional(),
  /** Attachments: how many files at most. */
  maxFiles: z.number().int().min(1).max(20).optional(),
};

export const columnSchema = z.strictObject({ ...fieldBase, kind: z.enum(COLUMN_KINDS) });
export type UiColumn = z.infer<typeof columnSchema>;

export const fieldSchema = z.strictObject({
  ...fieldBase,
  kind: z.enum(FIELD_KINDS),
  /** The section (`sections[].key`) the field sits in; none: the form's first section. */
  section: fieldKey.optional(),
  /** A table's columns (表格行), in order. */
  columns: z.array(columnSchema).min(1).max(30).optional(),
  minRows: z.number().int().min(0).max(500).optional(),
  maxRows: z.number().int().min(1).max(500).optional(),
});
export type UiField = z.infer<typeof fieldSchema>;
/** A field or a table column: what the per-value rules look at. */
export type UiLeaf = UiField | UiColumn;

/** Checks across fields (跨字段校验), run by both the page and the server. */
export const crossCheckSchema = z.union([
  /** A table column adds up to a value: 表1's weights sum to 100. */
  z.strictObject({
    kind: z.literal('sumEquals'),
    field: fieldKey,
    column: fieldKey,
    value: z.number().finite(),
  }),
  /** No two rows of a table share these columns: 表3's one shift per person per day. */
  z.strictObject({
    kind: z.literal('uniqueRows'),
    field: fieldKey,
    columns: z.array(fieldKey).min(1).max(5),
  }),
  /** One value is at most another (e.g. a fault fixed no earlier than reported); dates compare as dates. */
  z.strictObject({ kind: z.literal('notAfter'), field: fieldKey, later: fieldKey }),
]);
export type CrossCheck = z.infer<typeof crossCheckSchema>;

export const sectionSchema = z.strictObject({ key: fieldKey, title: localizedLabel });

export const uiSchemaSchema = z.strictObject({
  /** The UI-schema format; a renderer refuses formats it does not know. */
  format: z.literal(1),
  title: localizedLabel,
  description: localizedHelp.optional(),
  sections: z.array(sectionSchema).max(20).default([]),
  fields: z.array(fieldSchema).min(1, { error: formsTemplateErrors.noFields.code }).max(100),
  checks: z.array(crossCheckSchema).max(30).default([]),
});
export type UiSchema = z.infer<typeof uiSchemaSchema>;
/** A UI schema as written (sections and checks may be left out). */
export type UiSchemaInput = z.input<typeof uiSchemaSchema>;
