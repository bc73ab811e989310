// The designer's formula and condition pickers: the common shapes as simple choices (sum of a column, days of a
// range, one field equals a value …) over the contract's expression and condition trees; anything else is
// edited as the tree's JSON and checked with the contract's own schema.
import { conditionSchema, expressionSchema, type Condition, type Expression } from '@duda/contract-forms';

export const FORMULA_KINDS = ['sum', 'count', 'days', 'add', 'sub', 'mul', 'div', 'custom'] as const;
export type FormulaKind = (typeof FORMULA_KINDS)[number];

export interface FormulaChoice {
  kind: FormulaKind;
  /** sum / count: the table; days: the date range; add … div: the fields, in order. */
  refs: string[];
  /** sum: the column added up. */
  column?: string;
  /** custom: the expression as JSON text. */
  json?: string;
}

const ARITHMETIC = ['add', 'sub', 'mul', 'div'] as const;
const isRef = (expression: Expression): expression is { ref: string } => 'ref' in expression;

/** The picker's view of an expression; a shape the picker does not offer opens as JSON. */
export function formulaOf(expression: Expression | undefined): FormulaChoice {
  if (!expression) return { kind: 'sum', refs: [] };
  if ('sum' in expression) return { kind: 'sum', refs: [expression.sum], column: expression.column };
  if ('count' in expression) return { kind: 'count', refs: [expression.count] };
  if ('days' in expression) return { kind: 'days', refs: [expression.days] };
  if (
    'op' in expression &&
    (ARITHMETIC as readonly string[]).includes(expression.op) &&
    expression.args.every(isRef)
  ) {
    return {
      kind: expression.op as FormulaKind,
      refs: expression.args.map((arg) => (arg as { ref: string }).ref),
    };
  }
  return { kind: 'custom', refs: [], json: JSON.stringify(expression) };
}

/** The expression a choice stands for; null while it is incomplete or its JSON is not an expression. */
export function expressionOf(choice: FormulaChoice): Expression | null {
  const [first] = choice.refs;
  switch (choice.kind) {
    case 'sum':
      return first && choice.column ? { sum: first, column: choice.column } : null;
    case 'count':
      return first ? { count: first } : null;
    case 'days':
      return first ? { days: first } : null;
    case 'custom': {
      try {
        const parsed = expressionSchema.safeParse(JSON.parse(choice.json ?? ''));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    }
    default:
      return choice.refs.length >= 2 ? { op: choice.kind, args: choice.refs.map((ref) => ({ ref })) } : null;
  }
}

export const CONDITION_OPS = ['equals', 'notEquals', 'filled', 'empty', 'gt', 'lt', 'custom'] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

export interface ConditionChoice {
  op: ConditionOp;
  field: string;
  /** equals / notEquals: text (a select's option value) or a number; gt / lt: a number. */
  value?: string | number;
  /** custom: the condition as JSON text. */
  json?: string;
}

/** The picker's view of a condition; all/any/not and lists open as JSON. */
export function conditionChoiceOf(condition: Condition): ConditionChoice {
  if ('field' in condition) {
    if ('equals' in condition && typeof condition.equals !== 'boolean') {
      return { op: 'equals', field: condition.field, value: condition.equals };
    }
    if ('notEquals' in condition && typeof condition.notEquals !== 'boolean') {
      return { op: 'notEquals', field: condition.field, value: condition.notEquals };
    }
    if ('filled' in condition) return { op: condition.filled ? 'filled' : 'empty', field: condition.field };
    if ('gt' in condition) return { op: 'gt', field: condition.field, value: condition.gt };
    if ('lt' in condition) return { op: 'lt', field: condition.field, value: condition.lt };
  }
  return { op: 'custom', field: '', json: JSON.stringify(condition) };
}

/** The condition a choice stands for; null while it is incomplete or its JSON is not a condition. */
export function conditionOf(choice: ConditionChoice): Condition | null {
  if (choice.op === 'custom') {
    try {
      const parsed = conditionSchema.safeParse(JSON.parse(choice.json ?? ''));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
  if (!choice.field) return null;
  if (choice.op === 'filled' || choice.op === 'empty')
    return { field: choice.field, filled: choice.op === 'filled' };
  if (choice.value === undefined || choice.value === '') return null;
  if (choice.op === 'gt' || choice.op === 'lt') {
    const number = Number(choice.value);
    if (!Number.isFinite(number)) return null;
    return choice.op === 'gt' ? { field: choice.field, gt: number } : { field: choice.field, lt: number };
  }
  return choice.op === 'equals'
    ? { field: choice.field, equals: choice.value }
    : { field: choice.field, notEquals: choice.value };
}
