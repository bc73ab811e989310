// The designer's edits of a UI schema (表单设计): add, order, configure and remove fields and table columns. Each
// returns a new schema; `templateOf` says whether the result is a template the service will take, and gives
// the JSON Schema (2020-12) it implies — what a draft version is saved with.
import {
  COLUMN_KINDS,
  dataSchemaOf,
  uiSchemaIssues,
  uiSchemaSchema,
  type FieldKind,
  type JsonSchema,
  type UiColumn,
  type UiField,
  type UiSchema,
} from '@duda/contract-forms';
import { moveRow } from '../renderer/rows.ts';
import { KIND_LABELS } from './kinds.ts';

/** `text_3`: the kind and the first number no field (or column) of the list uses. */
export function newKey(kind: FieldKind, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${kind}_${n}`)) n += 1;
  return `${kind}_${n}`;
}

const option = (value: string, zh: string, en: string) => ({ value, label: { 'zh-CN': zh, en } });

/** What a kind needs to be valid from the start (options, a column, a formula). */
function kindDefaults(kind: FieldKind): Partial<UiField> {
  switch (kind) {
    case 'select':
    case 'multiSelect':
      return { options: [option('a', '选项一', 'Option 1'), option('b', '选项二', 'Option 2')] };
    case 'table':
      return { columns: [{ key: 'text_1', kind: 'text', label: { ...KIND_LABELS.text } }] };
    case 'computed':
      return { compute: { const: 0 } };
    default:
      return {};
  }
}

export function fieldOfKind(kind: FieldKind, key: string): UiField {
  return { key, kind, label: { ...KIND_LABELS[kind] }, ...kindDefaults(kind) };
}

/** Adds a field of a kind after `after` (at the end by default); says its key so the panel can open it. */
export function addField(
  ui: UiSchema,
  kind: FieldKind,
  after = ui.fields.length - 1,
): { ui: UiSchema; key: string } {
  const key = newKey(
    kind,
    ui.fields.map((field) => field.key),
  );
  const field = fieldOfKind(kind, key);
  const section = ui.fields[after]?.section;
  const fields = [...ui.fields];
  fields.splice(after + 1, 0, section ? { ...field, section } : field);
  return { ui: { ...ui, fields }, key };
}

export const moveField = (ui: UiSchema, index: number, by: -1 | 1): UiSchema => ({
  ...ui,
  fields: moveRow(ui.fields, index, by),
});

/** Moves a field to another place (drag and drop). */
export function moveFieldTo(ui: UiSchema, from: number, to: number): UiSchema {
  if (from === to || from < 0 || from >= ui.fields.length) return ui;
  const fields = [...ui.fields];
  const [field] = fields.splice(from, 1);
  fields.splice(Math.min(Math.max(to, 0), fields.length), 0, field!);
  return { ...ui, fields };
}

/** Removes a field and the table checks on it (a formula or condition naming it is reported by `templateOf`). */
export const removeField = (ui: UiSchema, key: string): UiSchema => ({
  ...ui,
  fields: ui.fields.filter((field) => field.key !== key),
  checks: ui.checks.filter((check) => check.field !== key),
});

/** Sets (or, with undefined, clears) settings of a field. */
export function updateField(ui: UiSchema, key: string, patch: Partial<UiField>): UiSchema {
  return { ...ui, fields: ui.fields.map((field) => (field.key === key ? withPatch(field, patch) : field)) };
}

function withPatch<T extends object>(target: T, patch: Partial<T>): T {
  const next: Record<string, unknown> = { ...target, ...patch };
  for (const [name, value] of Object.entries(next)) if (value === undefined) delete next[name];
  return next as T;
}

/** What a field keeps when its kind changes: how it is named, shown and required; the rest starts afresh. */
export function changeKind(ui: UiSchema, key: string, kind: FieldKind): UiSchema {
  return {
    ...ui,
    fields: ui.fields.map((field) => {
      if (field.key !== key) return field;
      const { label, help, required, requiredWhen, visibleWhen, width, section } = field;
      return withPatch(fieldOfKind(kind, key), {
        label,
        help,
        required,
        requiredWhen,
        visibleWhen,
        width,
        section,
      });
    }),
    checks: kind === 'table' ? ui.checks : ui.checks.filter((check) => check.field !== key),
  };
}

// ——— table columns ———

const columnsOf = (ui: UiSchema, table: string) =>
  ui.fields.find((field) => field.key === table)?.columns ?? [];

function setColumns(ui: UiSchema, table: string, columns: UiColumn[]): UiSchema {
  return updateField(ui, table, { columns });
}

export function addColumn(ui: UiSchema, table: string, kind: UiColumn['kind']): UiSchema {
  if (!(COLUMN_KINDS as readonly string[]).includes(kind)) return ui;
  const columns = columnsOf(ui, table);
  const key = newKey(
    kind,
    columns.map((column) => column.key),
  );
  const { columns: _none, section: _section, ...column } = fieldOfKind(kind, key);
  return setColumns(ui, table, [...columns, { ...column, kind } as UiColumn]);
}

export const moveColumn = (ui: UiSchema, table: string, index: number, by: -1 | 1) =>
  setColumns(ui, table, moveRow(columnsOf(ui, table), index, by));

export const removeColumn = (ui: UiSchema, table: string, key: string) =>
  setColumns(
    ui,
    table,
    columnsOf(ui, table).filter((column) => column.key !== key),
  );

export const updateColumn = (ui: UiSchema, table: string, key: string, patch: Partial<UiColumn>) =>
  setColumns(
    ui,
    table,
    columnsOf(ui, table).map((column) => (column.key === key ? withPatch(column, patch) : column)),
  );

/** The check that a table column adds up to a value (表1: weights → 100); null removes it. */
export function setColumnTotal(ui: UiSchema, table: string, column: string, value: number | null): UiSchema {
  const others = ui.checks.filter(
    (check) => !(check.kind === 'sumEquals' && check.field === table && check.column === column),
  );
  return {
    ...ui,
    checks: value === null ? others : [...others, { kind: 'sumEquals', field: table, column, value }],
  };
}

// ——— the result ———

export interface DesignedTemplate {
  uiSchema: UiSchema;
  dataSchema: JsonSchema;
}

export type TemplateCheck =
  | { ok: true; template: DesignedTemplate }
  /** Where (`fields.2.options`) and what: a zod issue code or a UI-schema problem, worded by the page. */
  | { ok: false; problems: { path: string; code: string; params?: Record<string, unknown> }[] };

/** Whether the designed schema is a template the service takes, and if so with which data schema. */
export function templateOf(ui: UiSchema): TemplateCheck {
  const parsed = uiSchemaSchema.safeParse(ui);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.message })),
    };
  }
  const issues = uiSchemaIssues(parsed.data);
  if (issues.length > 0) {
    return {
      ok: false,
      problems: issues.map((issue) => ({
        path: issue.path,
        code: issue.reason.code,
        params: issue.reason.params,
      })),
    };
  }
  return { ok: true, template: { uiSchema: parsed.data, dataSchema: dataSchemaOf(parsed.data) } };
}
