// The rules of a form's data that JSON Schema does not say (表单规则): computed fields, conditional visibility and
// requirement, decimals, date ranges, and checks across fields. Pure: the page runs them for instant feedback, the
// service runs the same before it stores a submission.
import type { WireError } from '@duda/contract-kit';
import { formRuleErrors } from './form-rules-errors.ts';
import type { Condition, CrossCheck, Expression, UiField, UiLeaf, UiSchema } from './ui-schema.ts';

/** A form's data: field key → value (a table's value is an array of row objects). */
export type FormData = Record<string, unknown>;
type Row = Record<string, unknown>;

/** A refused value: where (`plan.2.weight`) and why. */
export interface FormRuleIssue extends WireError {
  path: string;
}

/** Empty as a form sees it: nothing, an empty text, an empty list. */
export const isFilled = (value: unknown): boolean =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** A value by key: a row's own column first, then the form's field. */
const valueOf = (key: string, data: FormData, row?: Row): unknown =>
  row && key in row ? row[key] : data[key];

const rowsOf = (value: unknown): Row[] =>
  Array.isArray(value) ? value.filter((row): row is Row => typeof row === 'object' && row !== null) : [];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or null. */
function dayNumber(value: unknown): number | null {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? null : time / 86_400_000;
}

/** Inclusive days of a `{ start, end }` date range (1 for a single day), or null when unset or reversed. */
export function rangeDays(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const { start, end } = value as { start?: unknown; end?: unknown };
  const from = dayNumber(start);
  const to = dayNumber(end);
  return from === null || to === null || to < from ? null : to - from + 1;
}

const numeric = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** Rounds half away from zero at `digits` decimals, without binary drift (0.1 + 0.2 → 0.3). */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
}

/** An expression's value, or null when a value it needs is missing (a division by zero too). */
export function evaluate(expression: Expression, data: FormData, row?: Row): number | null {
  if ('const' in expression) return expression.const;
  if ('ref' in expression) return numeric(valueOf(expression.ref, data, row));
  if ('count' in expression) return rowsOf(data[expression.count]).length;
  if ('days' in expression) return rangeDays(valueOf(expression.days, data, row));
  if ('sum' in expression) {
    return rowsOf(data[expression.sum]).reduce(
      (total, each) => total + (numeric(each[expression.column]) ?? 0),
      0,
    );
  }
  if ('round' in expression) {
    const value = evaluate(expression.round, data, row);
    return value === null ? null : roundTo(value, expression.digits);
  }
  const values = expression.args.map((arg) => evaluate(arg, data, row));
  if (values.some((value) => value === null)) return null;
  const [first, ...rest] = values as number[];
  switch (expression.op) {
    case 'add':
      return rest.reduce((a, b) => a + b, first!);
    case 'sub':
      return rest.reduce((a, b) => a - b, first!);
    case 'mul':
      return rest.reduce((a, b) => a * b, first!);
    case 'div':
      return rest.some((b) => b === 0) ? null : rest.reduce((a, b) => a / b, first!);
    case 'min':
      return Math.min(first!, ...rest);
    case 'max':
      return Math.max(first!, ...rest);
  }
}

const same = (value: unknown, expected: unknown) =>
  Array.isArray(value) ? value.includes(expected) : value === expected;

/** Whether a condition holds on the data (inside a table row, a column of the same row first). */
export function conditionHolds(condition: Condition, data: FormData, row?: Row): boolean {
  if ('all' in condition) return condition.all.every((each) => conditionHolds(each, data, row));
  if ('any' in condition) return condition.any.some((each) => conditionHolds(each, data, row));
  if ('not' in condition) return !conditionHolds(condition.not, data, row);
  const value = valueOf(condition.field, data, row);
  if ('equals' in condition) return same(value, condition.equals);
  if ('notEquals' in condition) return !same(value, condition.notEquals);
  if ('in' in condition) return condition.in.some((expected) => same(value, expected));
  if ('filled' in condition) return isFilled(value) === condition.filled;
  const number = numeric(value);
  if ('gt' in condition) return number !== null && number > condition.gt;
  return number !== null && number < condition.lt;
}

/** Whether a field (or a column in a row) is shown. */
export const isVisible = (leaf: UiLeaf, data: FormData, row?: Row): boolean =>
  !leaf.visibleWhen || conditionHolds(leaf.visibleWhen, data, row);

/** Whether a shown field must be filled. */
export const isRequired = (leaf: UiLeaf, data: FormData, row?: Row): boolean =>
  leaf.required === true || (leaf.requiredWhen !== undefined && conditionHolds(leaf.requiredWhen, data, row));

const columnsOf = (field: UiField): UiLeaf[] => (field.kind === 'table' ? (field.columns ?? []) : []);

function computeRow(columns: readonly UiLeaf[], data: FormData, row: Row): Row {
  const next: Row = { ...row };
  for (const column of columns) {
    if (column.kind !== 'computed' || !column.compute) continue;
    const value = evaluate(column.compute, data, next);
    if (value === null) delete next[column.key];
    else next[column.key] = roundTo(value, column.precision ?? 2);
  }
  return next;
}

/**
 * The data with every computed field and column set from the others (a field that cannot be computed yet is
 * left out). Fields compute in form order, so a total may use a total above it.
 */
export function computeFields(ui: UiSchema, data: FormData): FormData {
  const next: FormData = { ...data };
  for (const field of ui.fields) {
    const columns = columnsOf(field);
    if (columns.some((column) => column.kind === 'computed') && Array.isArray(next[field.key])) {
      next[field.key] = rowsOf(next[field.key]).map((row) => computeRow(columns, next, row));
    }
    if (field.kind !== 'computed' || !field.compute) continue;
    const value = evaluate(field.compute, next, undefined);
    if (value === null) delete next[field.key];
    else next[field.key] = roundTo(value, field.precision ?? 2);
  }
  return next;
}

function pruneRow(columns: readonly UiLeaf[], data: FormData, row: Row): Row {
  const next: Row = { ...row };
  for (const column of columns) if (!isVisible(column, data, row)) delete next[column.key];
  return next;
}

/** The data without the values of hidden fields and columns (they are not part of what was submitted). */
export function pruneHidden(ui: UiSchema, data: FormData): FormData {
  const next: FormData = { ...data };
  for (const field of ui.fields) {
    if (!isVisible(field, data)) {
      delete next[field.key];
      continue;
    }
    const columns = columnsOf(field);
    if (columns.some((column) => column.visibleWhen) && Array.isArray(next[field.key])) {
      next[field.key] = rowsOf(next[field.key]).map((row) => pruneRow(columns, data, row));
    }
  }
  return next;
}

/**
 * What a form stores of the data typed in: hidden values dropped, computed values set (computed, then pruned,
 * then computed again, since a condition may look at a computed field and a sum at a hidden column).
 */
export const prepareFormData = (ui: UiSchema, data: FormData): FormData =>
  computeFields(ui, pruneHidden(ui, computeFields(ui, data)));

const labelParams = (leaf: UiLeaf) => ({ label: leaf.label['zh-CN'], labelEn: leaf.label.en });

const issue = (path: string, error: WireError): FormRuleIssue => ({
  path,
  code: error.code,
  params: error.params,
});

function decimalsOf(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return String(value).includes('e') ? 20 : fraction.length;
}

function leafIssues(leaf: UiLeaf, data: FormData, path: string, row?: Row): FormRuleIssue[] {
  if (!isVisible(leaf, data, row)) return [];
  const value = valueOf(leaf.key, data, row);
  if (!isFilled(value)) {
    return leaf.kind !== 'computed' && isRequired(leaf, data, row)
      ? [issue(path, formRuleErrors.required(labelParams(leaf)))]
      : [];
  }
  const digits = leaf.kind === 'money' ? 2 : leaf.kind === 'number' ? leaf.precision : undefined;
  if (digits !== undefined && typeof value === 'number' && decimalsOf(value) > digits) {
    return [issue(path, formRuleErrors.tooManyDecimals({ ...labelParams(leaf), digits }))];
  }
  if (leaf.kind === 'dateRange' && rangeDays(value) === null && dayNumber((value as Row).start) !== null) {
    return [issue(path, formRuleErrors.rangeOrder(labelParams(leaf)))];
  }
  return [];
}

const rowKey = (row: Row, columns: readonly string[]) =>
  JSON.stringify(columns.map((column) => row[column] ?? null));

/** A person or org node compares by id; anything else by value. */
const identity = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value;

function checkIssues(check: CrossCheck, ui: UiSchema, data: FormData): FormRuleIssue[] {
  const field = ui.fields.find((each) => each.key === check.field);
  if (!field || !isVisible(field, data)) return [];
  const rows = rowsOf(data[check.field]);
  const columnLabel = (key: string) =>
    columnsOf(field).find((column) => column.key === key)?.label ?? field.label;
  if (check.kind === 'sumEquals') {
    if (rows.length === 0) return [];
    const actual = roundTo(
      rows.reduce((total, row) => total + (numeric(row[check.column]) ?? 0), 0),
      6,
    );
    if (actual === check.value) return [];
    const label = columnLabel(check.column);
    return [
      issue(
        check.field,
        formRuleErrors.sumEquals({ label: label['zh-CN'], labelEn: label.en, value: check.value, actual }),
      ),
    ];
  }
  if (check.kind === 'uniqueRows') {
    const labels = check.columns.map(columnLabel);
    const params = {
      label: labels.map((l) => l['zh-CN']).join('、'),
      labelEn: labels.map((l) => l.en).join(', '),
    };
    const firstRow = new Map<string, number>();
    const issues: FormRuleIssue[] = [];
    for (const [index, row] of rows.entries()) {
      if (check.columns.some((column) => !isFilled(row[column]))) continue;
      const key = rowKey(
        Object.fromEntries(check.columns.map((column) => [column, identity(row[column])])),
        check.columns,
      );
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, index);
      else {
        issues.push(
          issue(
            `${check.field}.${index}`,
            formRuleErrors.duplicateRow({ ...params, row: index + 1, first: first + 1 }),
          ),
        );
      }
    }
    return issues;
  }
  const later = ui.fields.find((each) => each.key === check.later);
  const earlier = dayNumber(data[check.field]) ?? numeric(data[check.field]);
  const then = dayNumber(data[check.later]) ?? numeric(data[check.later]);
  if (!later || earlier === null || then === null || earlier <= then) return [];
  return [
    issue(
      check.field,
      formRuleErrors.notAfter({
        ...labelParams(field),
        later: later.label['zh-CN'],
        laterEn: later.label.en,
      }),
    ),
  ];
}

/**
 * Everything the form rules refuse in (prepared) data: required fields left empty (always or by condition),
 * too many decimals, a reversed date range, and the template's cross-field checks. Empty when the data passes.
 */
export function formRuleIssues(ui: UiSchema, data: FormData): FormRuleIssue[] {
  const issues: FormRuleIssue[] = [];
  for (const field of ui.fields) {
    issues.push(...leafIssues(field, data, field.key));
    if (field.kind !== 'table' || !isVisible(field, data)) continue;
    for (const [index, row] of rowsOf(data[field.key]).entries()) {
      for (const column of columnsOf(field)) {
        issues.push(...leafIssues(column, data, `${field.key}.${index}.${column.key}`, row));
      }
    }
  }
  for (const check of ui.checks) issues.push(...checkIssues(check, ui, data));
  return issues;
}
