// The pure side of the renderer: which fields show in which section with which widget, what a form's data
// becomes before it is checked or sent, and how a value reads back. The components only draw what this says.
import {
  WIDGETS_BY_KIND,
  computeFields,
  prepareFormData,
  type FormData,
  type LocalizedLabel,
  type UiField,
  type UiLeaf,
  type UiSchema,
  type Widget,
} from '@duda/contract-forms';

export type Locale = keyof LocalizedLabel;
export type Row = Record<string, unknown>;

export const localeOf = (locale: string): Locale => (locale === 'en' ? 'en' : 'zh-CN');

/** The widget a field is drawn with: its own, or its kind's default. */
export const widgetOf = (leaf: UiLeaf): Widget => leaf.widget ?? WIDGETS_BY_KIND[leaf.kind][0];

export interface SectionView {
  /** Null for a form without sections. */
  key: string | null;
  title: LocalizedLabel | null;
  fields: UiField[];
}

/** The form's sections in order with their fields; a field naming no section sits in the first one. */
export function sectionsOf(ui: UiSchema): SectionView[] {
  if (ui.sections.length === 0) return [{ key: null, title: null, fields: ui.fields }];
  const first = ui.sections[0]!.key;
  return ui.sections.map((section) => ({
    key: section.key,
    title: section.title,
    fields: ui.fields.filter((field) => (field.section ?? first) === section.key),
  }));
}

/**
 * A new form: every table starts with the rows it must have at least (one when it has no minimum), and an org
 * unit field with the filler's own unit when the page knows it (a clerk's hall), which they may change.
 */
export function initialValues(ui: UiSchema, ownUnit?: { id: string; name: string }): FormData {
  return Object.fromEntries(
    ui.fields.flatMap((field): [string, unknown][] => {
      if (field.kind === 'table') {
        return [[field.key, Array.from({ length: Math.max(field.minRows ?? 1, 1) }, () => ({}))]];
      }
      return field.kind === 'orgNode' && ownUnit ? [[field.key, { ...ownUnit }]] : [];
    }),
  );
}

const isEmptyInput = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

function withoutEmptyRow(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => !isEmptyInput(value)));
}

/**
 * What the inputs hold, without what an emptied input leaves behind ('' from a cleared text, null from a
 * cleared number or date, an empty list): those are "not filled", so JSON Schema's `required` and the form
 * rules name them. A table keeps its rows, even empty ones (a row the clerk added is there to be filled).
 */
export function cleanValues(ui: UiSchema, values: FormData): FormData {
  const tables = new Set(ui.fields.filter((field) => field.kind === 'table').map((field) => field.key));
  const clean: FormData = {};
  for (const [key, value] of Object.entries(values)) {
    if (tables.has(key) && Array.isArray(value)) {
      clean[key] = value.map((row) =>
        typeof row === 'object' && row !== null ? withoutEmptyRow(row as Row) : {},
      );
    } else if (!isEmptyInput(value)) clean[key] = value;
  }
  return clean;
}

/** The data as the form shows it: inputs cleaned, computed fields set (hidden values still there). */
export const liveValues = (ui: UiSchema, values: FormData): FormData =>
  computeFields(ui, cleanValues(ui, values));

/** The data as it is checked and sent: cleaned, hidden values dropped, computed fields set. */
export const preparedValues = (ui: UiSchema, values: FormData): FormData =>
  prepareFormData(ui, cleanValues(ui, values));

/** The field or table column a value path (`plan.2.weight`, `reason`) belongs to. */
export function leafAt(ui: UiSchema, path: string): UiLeaf | null {
  const [key, , column] = path.split('.');
  const field = ui.fields.find((each) => each.key === key);
  if (!field) return null;
  if (column === undefined) return field;
  return field.columns?.find((each) => each.key === column) ?? null;
}

export interface ColumnTotal {
  column: string;
  label: LocalizedLabel;
  actual: number;
  /** What the template's check wants it to add up to (表1: 100). */
  expected: number;
}

/** The totals a table must reach, as they stand now: shown live under the table (表1 权重合计 100). */
export function columnTotals(ui: UiSchema, field: UiField, rows: readonly Row[]): ColumnTotal[] {
  return ui.checks.flatMap((check) => {
    if (check.kind !== 'sumEquals' || check.field !== field.key) return [];
    const column = field.columns?.find((each) => each.key === check.column);
    const sum = rows.reduce((total, row) => {
      const value = row[check.column];
      return total + (typeof value === 'number' && Number.isFinite(value) ? value : 0);
    }, 0);
    return [
      {
        column: check.column,
        label: column?.label ?? field.label,
        actual: Math.round(sum * 1e6) / 1e6,
        expected: check.value,
      },
    ];
  });
}
