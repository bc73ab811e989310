import { describe, expect, it } from 'vitest';
import {
  computeFields,
  conditionHolds,
  evaluate,
  formRuleIssues,
  prepareFormData,
  pruneHidden,
  rangeDays,
  roundTo,
} from './form-rules.ts';
import { uiSchemaSchema, type Condition, type Expression } from './ui-schema.ts';

const l = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** A small 表1 + 表10: plan rows with weights and self-scores, a leave range with computed days. */
const ui = uiSchemaSchema.parse({
  format: 1,
  title: l('测试表', 'Test form'),
  fields: [
    {
      key: 'plan',
      kind: 'table',
      label: l('工作计划', 'Plan'),
      columns: [
        { key: 'topic', kind: 'text', label: l('工作主题', 'Topic'), required: true },
        { key: 'weight', kind: 'number', label: l('权重', 'Weight'), precision: 0 },
        { key: 'score', kind: 'number', label: l('自评分', 'Self-score'), precision: 1 },
        {
          key: 'weighted',
          kind: 'computed',
          label: l('加权分', 'Weighted'),
          compute: {
            op: 'div',
            args: [{ op: 'mul', args: [{ ref: 'weight' }, { ref: 'score' }] }, { const: 100 }],
          },
        },
      ],
    },
    {
      key: 'total',
      kind: 'computed',
      label: l('自评总分', 'Total'),
      compute: { sum: 'plan', column: 'score' },
    },
    { key: 'rows', kind: 'computed', label: l('条数', 'Rows'), compute: { count: 'plan' }, precision: 0 },
    {
      key: 'kind',
      kind: 'select',
      label: l('请假类型', 'Kind'),
      options: [
        { value: 'sick', label: l('病假', 'Sick') },
        { value: 'annual', label: l('年假', 'Annual') },
      ],
    },
    {
      key: 'proof',
      kind: 'attachment',
      label: l('病假证明', 'Sick note'),
      visibleWhen: { field: 'kind', equals: 'sick' },
      required: true,
    },
    { key: 'period', kind: 'dateRange', label: l('请假日期', 'Dates') },
    { key: 'days', kind: 'computed', label: l('天数', 'Days'), compute: { days: 'period' }, precision: 0 },
    { key: 'reason', kind: 'longText', label: l('事由', 'Reason'), requiredWhen: { field: 'days', gt: 3 } },
    { key: 'fee', kind: 'money', label: l('费用', 'Fee') },
    { key: 'reported', kind: 'date', label: l('报修时间', 'Reported') },
    { key: 'fixed', kind: 'date', label: l('修复时间', 'Fixed') },
    {
      key: 'roster',
      kind: 'table',
      label: l('排班', 'Roster'),
      columns: [
        { key: 'person', kind: 'person', label: l('人员', 'Person') },
        { key: 'day', kind: 'date', label: l('日期', 'Day') },
      ],
    },
  ],
  checks: [
    { kind: 'sumEquals', field: 'plan', column: 'weight', value: 100 },
    { kind: 'uniqueRows', field: 'roster', columns: ['person', 'day'] },
    { kind: 'notAfter', field: 'reported', later: 'fixed' },
  ],
});

describe('expressions', () => {
  const data = {
    a: 2,
    b: 0,
    t: [{ w: 30 }, { w: 70.5 }, { w: 'x' }],
    r: { start: '2026-03-30', end: '2026-04-02' },
  };
  it.each<[string, Expression, number | null]>([
    ['a constant', { const: 7 }, 7],
    ['a field', { ref: 'a' }, 2],
    ['a missing field', { ref: 'zz' }, null],
    ['a text is no number', { ref: 't' }, null],
    ['a column sum (non-numbers count 0)', { sum: 't', column: 'w' }, 100.5],
    ['a row count', { count: 't' }, 3],
    ['days of a range, both ends counted, across a month', { days: 'r' }, 4],
    ['sum', { op: 'add', args: [{ ref: 'a' }, { const: 3 }, { const: 4 }] }, 9],
    ['difference', { op: 'sub', args: [{ const: 10 }, { ref: 'a' }] }, 8],
    ['product', { op: 'mul', args: [{ ref: 'a' }, { const: 2.5 }] }, 5],
    ['quotient', { op: 'div', args: [{ const: 9 }, { ref: 'a' }] }, 4.5],
    ['division by zero is no value', { op: 'div', args: [{ const: 9 }, { ref: 'b' }] }, null],
    ['a missing operand is no value', { op: 'add', args: [{ ref: 'zz' }, { const: 1 }] }, null],
    ['min', { op: 'min', args: [{ const: 3 }, { ref: 'a' }] }, 2],
    ['max', { op: 'max', args: [{ const: 3 }, { ref: 'a' }] }, 3],
    ['rounding', { round: { op: 'div', args: [{ const: 2 }, { const: 3 }] }, digits: 2 }, 0.67],
  ])('%s', (_name, expression, expected) => {
    expect(evaluate(expression, data)).toBe(expected);
  });

  it('a row column comes before a form field of the same key', () => {
    expect(evaluate({ ref: 'a' }, { a: 1 }, { a: 5 })).toBe(5);
  });

  it.each([
    [{ start: '2026-01-01', end: '2026-01-01' }, 1],
    [{ start: '2026-02-27', end: '2026-03-01' }, 3],
    [{ start: '2026-01-02', end: '2026-01-01' }, null],
    [{ start: '2026-01-01' }, null],
    ['2026-01-01', null],
  ])('range days of %j: %s', (range, days) => {
    expect(rangeDays(range)).toBe(days);
  });

  it('rounds without binary drift, half away from zero', () => {
    expect(roundTo(0.1 + 0.2, 2)).toBe(0.3);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
  });
});

describe('conditions', () => {
  const data = { kind: 'sick', tags: ['a', 'b'], n: 5, empty: '', list: [] };
  it.each<[string, Condition, boolean]>([
    ['equals', { field: 'kind', equals: 'sick' }, true],
    ['equals another', { field: 'kind', equals: 'annual' }, false],
    ['equals on a multiple choice means contains', { field: 'tags', equals: 'b' }, true],
    ['notEquals', { field: 'kind', notEquals: 'annual' }, true],
    ['in', { field: 'kind', in: ['annual', 'sick'] }, true],
    ['in, none', { field: 'kind', in: ['annual'] }, false],
    ['filled', { field: 'kind', filled: true }, true],
    ['an empty text is not filled', { field: 'empty', filled: false }, true],
    ['an empty list is not filled', { field: 'list', filled: true }, false],
    ['a missing field is not filled', { field: 'zz', filled: false }, true],
    ['gt', { field: 'n', gt: 3 }, true],
    ['gt on a missing number', { field: 'zz', gt: -1 }, false],
    ['lt', { field: 'n', lt: 5 }, false],
    [
      'all',
      {
        all: [
          { field: 'n', gt: 3 },
          { field: 'kind', equals: 'sick' },
        ],
      },
      true,
    ],
    [
      'all, one fails',
      {
        all: [
          { field: 'n', gt: 9 },
          { field: 'kind', equals: 'sick' },
        ],
      },
      false,
    ],
    [
      'any',
      {
        any: [
          { field: 'n', gt: 9 },
          { field: 'kind', equals: 'sick' },
        ],
      },
      true,
    ],
    ['not', { not: { field: 'kind', equals: 'sick' } }, false],
  ])('%s', (_name, condition, expected) => {
    expect(conditionHolds(condition, data)).toBe(expected);
  });
});

describe('computed fields and hidden values', () => {
  it('sets row and form totals, and the days of a range', () => {
    const data = computeFields(ui, {
      plan: [
        { topic: 'a', weight: 60, score: 90 },
        { topic: 'b', weight: 40, score: 85.5 },
      ],
      period: { start: '2026-05-06', end: '2026-05-08' },
    });
    expect(data.plan).toEqual([
      { topic: 'a', weight: 60, score: 90, weighted: 54 },
      { topic: 'b', weight: 40, score: 85.5, weighted: 34.2 },
    ]);
    expect(data).toMatchObject({ total: 175.5, rows: 2, days: 3 });
  });

  it('overwrites a computed value sent by the page, and leaves out one that cannot be computed', () => {
    const data = computeFields(ui, { plan: [], days: 99, total: 5 });
    expect(data.total).toBe(0);
    expect('days' in data).toBe(false);
  });

  it('drops the value of a field its condition hides, keeps it when shown', () => {
    const file = {
      id: '00000000-0000-4000-8000-000000000001',
      name: 'a.jpg',
      size: 1,
      contentType: 'image/jpeg',
    };
    expect(pruneHidden(ui, { kind: 'annual', proof: [file] })).toEqual({ kind: 'annual' });
    expect(pruneHidden(ui, { kind: 'sick', proof: [file] })).toEqual({ kind: 'sick', proof: [file] });
  });
});

describe('form rule issues', () => {
  const valid = prepareFormData(ui, {
    plan: [
      { topic: 'a', weight: 60, score: 90 },
      { topic: 'b', weight: 40, score: 80 },
    ],
    kind: 'annual',
    period: { start: '2026-05-06', end: '2026-05-07' },
    reported: '2026-05-01',
    fixed: '2026-05-02',
  });
  const codesOf = (data: Record<string, unknown>) =>
    formRuleIssues(ui, prepareFormData(ui, data)).map((issue) => [issue.path, issue.code]);

  it('passes valid data', () => {
    expect(formRuleIssues(ui, valid)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, [string, string][]]>([
    [
      '表1 weights that do not sum to 100',
      {
        plan: [
          { topic: 'a', weight: 60 },
          { topic: 'b', weight: 30 },
        ],
      },
      [['plan', 'forms.rules.sumEquals']],
    ],
    [
      'a required column left empty in a row',
      { plan: [{ weight: 100 }] },
      [['plan.0.topic', 'forms.rules.required']],
    ],
    [
      'a field required only when shown (sick leave needs a note)',
      { kind: 'sick' },
      [['proof', 'forms.rules.required']],
    ],
    [
      'a field required by a condition on a computed one (more than 3 days needs a reason)',
      { period: { start: '2026-05-01', end: '2026-05-04' } },
      [['reason', 'forms.rules.required']],
    ],
    [
      'a reversed date range',
      { period: { start: '2026-05-04', end: '2026-05-01' } },
      [['period', 'forms.rules.rangeOrder']],
    ],
    ['money with fractions of a cent', { fee: 10.005 }, [['fee', 'forms.rules.tooManyDecimals']]],
    [
      'a number past its precision',
      { plan: [{ topic: 'a', weight: 100, score: 9.25 }] },
      [['plan.0.score', 'forms.rules.tooManyDecimals']],
    ],
    [
      'fixed before it was reported',
      { reported: '2026-05-03', fixed: '2026-05-02' },
      [['reported', 'forms.rules.notAfter']],
    ],
    [
      '表3 a second shift for the same person on the same day',
      {
        roster: [
          { person: { id: 'p1', name: '张伟' }, day: '2026-05-01' },
          { person: { id: 'p2', name: '李娜' }, day: '2026-05-01' },
          { person: { id: 'p1', name: '张伟' }, day: '2026-05-02' },
          { person: { id: 'p1', name: '张伟' }, day: '2026-05-01' },
        ],
      },
      [['roster.3', 'forms.rules.duplicateRow']],
    ],
  ])('%s', (_name, data, expected) => {
    expect(codesOf(data)).toEqual(expected);
  });

  it('words the sum check with both labels, the target and the actual total', () => {
    const [issue] = formRuleIssues(ui, prepareFormData(ui, { plan: [{ topic: 'a', weight: 90 }] }));
    expect(issue?.params).toEqual({ label: '权重', labelEn: 'Weight', value: 100, actual: 90 });
  });
});
