import { FIELD_KINDS, dataSchemaMismatches, templateContent, type UiSchema } from '@duda/contract-forms';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../renderer/schemaProblems.ts';
import { testUi } from '../renderer/testTemplate.ts';
import {
  addColumn,
  addField,
  changeKind,
  moveColumn,
  moveField,
  moveFieldTo,
  newKey,
  removeColumn,
  removeField,
  setColumnTotal,
  templateOf,
  updateColumn,
  updateField,
} from './designerEditing.ts';

const keys = (ui: UiSchema) => ui.fields.map((field) => field.key);
const valid = (ui: UiSchema) => {
  const result = templateOf(ui);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.template;
};

describe('designer edits', () => {
  it('adds a field of every kind that is a valid template as it stands (the round trip)', () => {
    let ui = testUi;
    for (const kind of FIELD_KINDS) ui = addField(ui, kind).ui;
    const template = valid(ui);
    // What the designer saves is what the service's input takes, and its two schemas agree.
    expect(templateContent.safeParse({ ...template, approvalFlow: null }).success).toBe(true);
    expect(dataSchemaMismatches(template.uiSchema, template.dataSchema)).toEqual([]);
    expect(template.dataSchema.properties).toHaveProperty('signature_1');
  });

  it('gives a new field a key no other field uses, after the one chosen, in its section', () => {
    expect(newKey('text', ['text_1', 'text_2'])).toBe('text_3');
    const { ui, key } = addField(testUi, 'number', 5);
    expect(key).toBe('number_1');
    expect(keys(ui).slice(5)).toEqual(['handover', 'number_1']);
    expect(ui.fields[6]!.section).toBe('plan');
  });

  it('orders fields by up/down and by dragging', () => {
    expect(keys(moveField(testUi, 1, -1)).slice(0, 2)).toEqual(['kind', 'reason']);
    expect(keys(moveField(testUi, 0, -1))).toEqual(keys(testUi));
    expect(keys(moveFieldTo(testUi, 0, 3)).slice(0, 4)).toEqual(['kind', 'period', 'days', 'reason']);
  });

  it('configures label, requirement, widget and options, clearing a setting set to undefined', () => {
    let ui = updateField(testUi, 'kind', {
      label: { 'zh-CN': '假别', en: 'Leave type' },
      required: undefined,
      widget: 'radio',
    });
    const kind = ui.fields.find((field) => field.key === 'kind')!;
    expect(kind).not.toHaveProperty('required');
    expect(kind.widget).toBe('radio');
    ui = updateField(ui, 'kind', {
      options: [...kind.options!, { value: 'c', label: { 'zh-CN': '事假', en: 'Personal' } }],
    });
    const template = valid(ui);
    expect(template.dataSchema.properties).toMatchObject({ kind: { enum: ['sick', 'annual', 'c'] } });
  });

  it('says what is wrong instead of giving a template: a formula naming a removed field', () => {
    const ui = removeField(testUi, 'period');
    const result = templateOf(ui);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      {
        path: 'fields.2.compute',
        code: 'forms.uiProblem.unknownField',
        params: { key: 'days', ref: 'period' },
      },
    ]);
  });

  it('refuses an empty label in either language', () => {
    const result = templateOf(updateField(testUi, 'reason', { label: { 'zh-CN': '事由', en: ' ' } }));
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['fields.0.label.en']);
  });

  it('keeps name and visibility when the kind changes, and starts the rest afresh', () => {
    const ui = changeKind(testUi, 'proof', 'multiSelect');
    const proof = ui.fields.find((field) => field.key === 'proof')!;
    expect(proof).toMatchObject({
      kind: 'multiSelect',
      label: { en: 'Sick note' },
      visibleWhen: { field: 'kind' },
    });
    expect(proof.options).toHaveLength(2);
    valid(ui);
    // A table that stops being one takes its column total with it.
    expect(changeKind(testUi, 'handover', 'text').checks).toEqual([]);
  });

  it('edits table columns and the total a column must reach', () => {
    let ui = addColumn(testUi, 'handover', 'number');
    ui = updateColumn(ui, 'handover', 'number_1', { label: { 'zh-CN': '自评分', en: 'Self-score' } });
    ui = moveColumn(ui, 'handover', 2, -1);
    ui = removeColumn(ui, 'handover', 'topic');
    ui = setColumnTotal(ui, 'handover', 'weight', null);
    const handover = ui.fields.find((field) => field.key === 'handover')!;
    expect(handover.columns!.map((column) => column.key)).toEqual(['number_1', 'weight']);
    expect(ui.checks).toEqual([]);
    ui = setColumnTotal(ui, 'handover', 'weight', 100);
    const { dataSchema } = valid(ui);
    // The data schema it implies takes a row of the new shape and refuses a wrong type.
    const rowProblems = (rows: unknown[]) =>
      schemaProblems(dataSchema, { handover: rows }).filter((p) => p.path.startsWith('handover'));
    expect(rowProblems([{ number_1: 5, weight: 100 }])).toEqual([]);
    expect(rowProblems([{ number_1: 'x' }])).toEqual([{ path: 'handover.0.number_1', code: 'type' }]);
  });
});
