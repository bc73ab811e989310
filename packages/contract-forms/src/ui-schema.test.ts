import { describe, expect, it } from 'vitest';
import { dataSchemaMismatches, dataSchemaOf, uiSchemaIssues } from './ui-schema-data.ts';
import { uiSchemaSchema, type UiSchemaInput } from './ui-schema.ts';

const l = (zh: string, en: string) => ({ 'zh-CN': zh, en });

const form = (fields: UiSchemaInput['fields'], extra: Partial<UiSchemaInput> = {}) =>
  uiSchemaSchema.parse({ format: 1, title: l('表', 'Form'), fields, ...extra });

type FieldInput = UiSchemaInput['fields'][number];

const options = [
  { value: 'a', label: l('甲', 'A') },
  { value: 'b', label: l('乙', 'B') },
];
const select: FieldInput = {
  key: 'kind',
  kind: 'select',
  label: l('类型', 'Kind'),
  options,
};

describe('UI schema format', () => {
  it('refuses a bad field key, an empty label and a form without fields with the area codes', () => {
    const bad = uiSchemaSchema.safeParse({ format: 1, title: l('表', ''), fields: [] });
    expect(bad.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['title.en', 'forms.templates.labelRequired'],
      ['fields', 'forms.templates.noFields'],
    ]);
    const key = uiSchemaSchema.safeParse({
      format: 1,
      title: l('表', 'F'),
      fields: [{ key: '1x', kind: 'text', label: l('a', 'a') }],
    });
    expect(key.error?.issues[0]?.message).toBe('forms.templates.fieldKeyFormat');
  });

  it('refuses a nested table and an unknown setting', () => {
    const nested = {
      key: 't',
      kind: 'table',
      label: l('表', 'T'),
      columns: [{ key: 'u', kind: 'table', label: l('u', 'u') }],
    };
    expect(uiSchemaSchema.safeParse({ format: 1, title: l('表', 'F'), fields: [nested] }).success).toBe(
      false,
    );
    const extra = { key: 't', kind: 'text', label: l('t', 't'), colour: 'red' };
    expect(uiSchemaSchema.safeParse({ format: 1, title: l('表', 'F'), fields: [extra] }).success).toBe(false);
  });
});

describe('what a UI schema must hold together', () => {
  const reasons = (ui: ReturnType<typeof form>) => uiSchemaIssues(ui).map((p) => [p.path, p.reason.code]);

  it('finds nothing wrong in a sound form', () => {
    expect(
      reasons(
        form(
          [
            { ...select, section: 's' },
            {
              key: 't',
              kind: 'table',
              label: l('表', 'T'),
              columns: [{ key: 'w', kind: 'number', label: l('w', 'w') }],
            },
            { key: 'sum', kind: 'computed', label: l('合计', 'Sum'), compute: { sum: 't', column: 'w' } },
            { key: 'n', kind: 'text', label: l('n', 'n'), visibleWhen: { field: 'kind', equals: 'a' } },
          ],
          {
            sections: [{ key: 's', title: l('一', 'One') }],
            checks: [{ kind: 'sumEquals', field: 't', column: 'w', value: 100 }],
          },
        ),
      ),
    ).toEqual([]);
  });

  it.each<[string, UiSchemaInput['fields'], Partial<UiSchemaInput>, [string, string][]]>([
    ['a repeated key', [select, { ...select }], {}, [['fields.1.key', 'forms.uiProblem.duplicateKey']]],
    [
      'a select without options',
      [{ key: 's', kind: 'select', label: l('s', 's') }],
      {},
      [['fields.0.options', 'forms.uiProblem.optionsMissing']],
    ],
    [
      'a repeated option',
      [{ ...select, options: [options[0]!, options[0]!] }],
      {},
      [['fields.0.options.1.value', 'forms.uiProblem.duplicateOption']],
    ],
    [
      'options on a text',
      [{ key: 's', kind: 'text', label: l('s', 's'), options }],
      {},
      [['fields.0.options', 'forms.uiProblem.misplacedSetting']],
    ],
    [
      'a widget of another kind',
      [{ key: 's', kind: 'text', label: l('s', 's'), widget: 'radio' }],
      {},
      [['fields.0.widget', 'forms.uiProblem.widgetForKind']],
    ],
    [
      'a table without columns',
      [{ key: 't', kind: 'table', label: l('t', 't') }],
      {},
      [['fields.0.columns', 'forms.uiProblem.columnsMissing']],
    ],
    [
      'a computed field without a formula',
      [{ key: 'c', kind: 'computed', label: l('c', 'c') }],
      {},
      [['fields.0.compute', 'forms.uiProblem.computeMissing']],
    ],
    [
      'a formula on a missing field',
      [{ key: 'c', kind: 'computed', label: l('c', 'c'), compute: { ref: 'x' } }],
      {},
      [['fields.0.compute', 'forms.uiProblem.unknownField']],
    ],
    [
      'a sum over a non-table',
      [select, { key: 'c', kind: 'computed', label: l('c', 'c'), compute: { sum: 'kind', column: 'w' } }],
      {},
      [['fields.1.compute', 'forms.uiProblem.notATable']],
    ],
    [
      'days of a non-range',
      [select, { key: 'c', kind: 'computed', label: l('c', 'c'), compute: { days: 'kind' } }],
      {},
      [['fields.1.compute', 'forms.uiProblem.notADateRange']],
    ],
    [
      'a condition on a missing field',
      [{ ...select, visibleWhen: { all: [{ field: 'nope', filled: true }] } }],
      {},
      [['fields.0.visibleWhen', 'forms.uiProblem.unknownField']],
    ],
    [
      'an unknown section',
      [{ ...select, section: 'zz' }],
      {},
      [['fields.0.section', 'forms.uiProblem.unknownSection']],
    ],
    [
      'min above max',
      [{ key: 'n', kind: 'number', label: l('n', 'n'), min: 5, max: 1 }],
      {},
      [['fields.0.min', 'forms.uiProblem.rangeReversed']],
    ],
    [
      'a check on a missing column',
      [
        {
          key: 't',
          kind: 'table',
          label: l('t', 't'),
          columns: [{ key: 'a', kind: 'number', label: l('a', 'a') }],
        },
      ],
      { checks: [{ kind: 'sumEquals', field: 't', column: 'b', value: 1 }] },
      [['checks.0', 'forms.uiProblem.unknownColumn']],
    ],
  ])('%s', (_name, fields, extra, expected) => {
    expect(reasons(form(fields, extra))).toEqual(expected);
  });
});

describe('the data schema of a form', () => {
  const ui = form([
    { ...select, required: true },
    {
      key: 'note',
      kind: 'text',
      label: l('备注', 'Note'),
      required: true,
      visibleWhen: { field: 'kind', equals: 'a' },
    },
    {
      key: 't',
      kind: 'table',
      label: l('表', 'T'),
      minRows: 1,
      columns: [{ key: 'w', kind: 'number', label: l('w', 'w'), required: true }],
    },
  ]);

  it('says each field as a property; only always-shown required fields are required', () => {
    const schema = dataSchemaOf(ui);
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: ['kind'],
      additionalProperties: false,
      properties: {
        kind: { type: 'string', enum: ['a', 'b'] },
        note: { type: 'string', maxLength: 200 },
        t: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', required: ['w'], properties: { w: { type: 'number' } } },
        },
      },
    });
    expect(schema.properties).not.toHaveProperty('note.minLength');
  });

  it('fits its own UI schema, and says where a hand-written one does not', () => {
    expect(dataSchemaMismatches(ui, dataSchemaOf(ui))).toEqual([]);
    const edited = structuredClone(dataSchemaOf(ui)) as { properties: Record<string, unknown> };
    delete edited.properties.note;
    edited.properties.extra = { type: 'string' };
    edited.properties.kind = { type: 'number' };
    (edited.properties.t as { items: { properties: Record<string, unknown> } }).items.properties.w = {
      type: 'string',
    };
    expect(dataSchemaMismatches(ui, edited).map((p) => [p.path, p.reason.code])).toEqual([
      ['dataSchema.properties.kind.type', 'forms.uiProblem.typeMismatch'],
      ['dataSchema.properties.note', 'forms.uiProblem.missingProperty'],
      ['dataSchema.properties.t.items.properties.w.type', 'forms.uiProblem.typeMismatch'],
      ['dataSchema.properties.extra', 'forms.uiProblem.extraProperty'],
    ]);
    expect(dataSchemaMismatches(ui, { type: 'string' }).map((p) => p.reason.code)).toEqual([
      'forms.uiProblem.notAnObject',
    ]);
  });
});
