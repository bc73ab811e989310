import { describe, expect, it } from 'vitest';
import { checkLines } from './schemeForm.ts';

describe('a scheme’s lines as they are typed', () => {
  it('adds the weights up and allows saving at exactly 100', () => {
    expect(
      checkLines([
        { kpiId: 'a', weight: 60 },
        { kpiId: 'b', weight: 40 },
      ]),
    ).toEqual({ sum: 100, problem: null });
    expect(
      checkLines([
        { kpiId: 'a', weight: 60 },
        { kpiId: 'b', weight: 30 },
      ]),
    ).toEqual({ sum: 90, problem: 'not100' });
  });

  it('says what else stops saving: no lines, a line without its KPI, a KPI twice', () => {
    expect(checkLines([]).problem).toBe('empty');
    expect(checkLines([{ kpiId: null, weight: 100 }]).problem).toBe('kpiMissing');
    expect(
      checkLines([
        { kpiId: 'a', weight: 50 },
        { kpiId: 'a', weight: 50 },
      ]).problem,
    ).toBe('duplicate');
  });
});
