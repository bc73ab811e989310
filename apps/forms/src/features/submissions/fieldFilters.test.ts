import { describe, expect, it } from 'vitest';
import { testUi } from '../../renderer/testTemplate.ts';
import { decodeFilters, encodeFilters, filterableFields, filtersOf, inputsOf } from './fieldFilters.ts';

const fields = filterableFields(testUi);

describe('filterableFields', () => {
  it("offers the form's own fields by shape, never a table or a file", () => {
    expect(fields.map(({ field, shape }) => [field.key, shape])).toEqual([
      ['reason', 'text'],
      ['kind', 'choice'],
      ['period', 'dateRange'],
      ['days', 'range'],
    ]);
  });
});

describe('filters from the bar and back', () => {
  const inputs = {
    kind: { options: ['sick'] },
    period: { from: '2026-12-01', to: null },
    days: { from: 2, to: 5 },
    reason: { text: '  老家 ' },
  };
  const filters = filtersOf(fields, inputs);

  it('turns what the bar holds into the API filters, leaving empty inputs out', () => {
    expect(filters).toEqual([
      { field: 'reason', op: 'contains', value: '老家' },
      { field: 'kind', op: 'in', value: ['sick'] },
      { field: 'period', op: 'gte', value: '2026-12-01' },
      { field: 'days', op: 'gte', value: 2 },
      { field: 'days', op: 'lte', value: 5 },
    ]);
    expect(filtersOf(fields, { kind: { options: [] }, reason: { text: ' ' } })).toEqual([]);
  });

  it('reads the bar back from the filters', () => {
    expect(inputsOf(filters)).toEqual({
      reason: { text: '老家' },
      kind: { options: ['sick'] },
      period: { from: '2026-12-01' },
      days: { from: 2, to: 5 },
    });
  });

  it('keeps filters in the URL and ignores a broken or forged value', () => {
    expect(decodeFilters(encodeFilters(filters))).toEqual(filters);
    expect(encodeFilters([])).toBeNull();
    expect(decodeFilters('{oops')).toEqual([]);
    expect(
      decodeFilters('[{"field":"x y","op":"eq","value":1},{"field":"kind","op":"eq","value":"sick"}]'),
    ).toEqual([{ field: 'kind', op: 'eq', value: 'sick' }]);
  });
});
