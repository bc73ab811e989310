import { uiSchemaSchema } from '@duda/contract-forms';
import { describe, expect, it } from 'vitest';
import {
  cleanValues,
  columnTotals,
  initialValues,
  leafAt,
  liveValues,
  preparedValues,
  sectionsOf,
  widgetOf,
} from './fieldModel.ts';
import { testUi } from './testTemplate.ts';

const handover = testUi.fields.find((field) => field.key === 'handover')!;

describe('sectionsOf', () => {
  it('puts each field in its section, and a field without one in the first', () => {
    expect(sectionsOf(testUi).map((s) => [s.key, s.fields.map((f) => f.key)])).toEqual([
      ['leave', ['reason', 'kind', 'period', 'days', 'proof']],
      ['plan', ['handover']],
    ]);
  });

  it('makes one untitled section of a form without sections', () => {
    const ui = uiSchemaSchema.parse({
      ...testUi,
      sections: [],
      fields: testUi.fields.map(({ section: _s, ...f }) => f),
    });
    expect(sectionsOf(ui)).toEqual([{ key: null, title: null, fields: ui.fields }]);
  });
});

describe('values', () => {
  it('starts a table with one empty row', () => {
    expect(initialValues(testUi)).toEqual({ handover: [{}] });
  });

  it("starts an org unit field with the filler's own unit", () => {
    const ui = uiSchemaSchema.parse({
      ...testUi,
      fields: [{ key: 'hall', kind: 'orgNode', label: { 'zh-CN': '营业厅', en: 'Hall' } }],
    });
    expect(initialValues(ui, { id: 'h1', name: '湖滨营业厅' })).toEqual({
      hall: { id: 'h1', name: '湖滨营业厅' },
    });
    expect(initialValues(ui)).toEqual({});
  });

  it('drops what emptied inputs leave behind, keeping table rows', () => {
    expect(
      cleanValues(testUi, { reason: '', kind: null, proof: [], handover: [{ topic: '', weight: 40 }, {}] }),
    ).toEqual({ handover: [{ weight: 40 }, {}] });
  });

  it('computes the leave days from the range as the clerk types', () => {
    expect(liveValues(testUi, { period: { start: '2026-12-01', end: '2026-12-03' } }).days).toBe(3);
    expect(liveValues(testUi, { period: { start: '2026-12-03', end: '2026-12-01' } })).not.toHaveProperty(
      'days',
    );
  });

  it('drops a hidden field before sending: the sick note of an annual leave', () => {
    const proof = [{ id: '1', name: 'a.png', size: 1, contentType: 'image/png' }];
    expect(preparedValues(testUi, { kind: 'annual', proof })).not.toHaveProperty('proof');
    expect(preparedValues(testUi, { kind: 'sick', proof }).proof).toEqual(proof);
  });
});

describe('leafAt and widgetOf', () => {
  it('finds a field and a table column by value path', () => {
    expect(leafAt(testUi, 'reason')?.key).toBe('reason');
    expect(leafAt(testUi, 'handover.2.weight')?.label.en).toBe('Weight');
    expect(leafAt(testUi, 'handover.2.nothing')).toBeNull();
    expect(leafAt(testUi, 'nothing')).toBeNull();
  });

  it("draws a field with its kind's default widget unless it names one", () => {
    expect(widgetOf(testUi.fields[1]!)).toBe('dropdown');
    expect(widgetOf({ ...testUi.fields[1]!, widget: 'radio' })).toBe('radio');
  });
});

describe('columnTotals', () => {
  it('adds up the weights live against the 100 the template wants', () => {
    expect(columnTotals(testUi, handover, [{ weight: 40 }, { weight: 35.5 }, {}])).toEqual([
      { column: 'weight', label: { 'zh-CN': '权重', en: 'Weight' }, actual: 75.5, expected: 100 },
    ]);
  });
});
