import { describe, expect, it } from 'vitest';
import { draftOf, emptyKpi, inputOf, preview, sampleFigures } from './kpiForm.ts';

describe('the KPI editor’s preview', () => {
  it('a linear band: nothing at or below the floor, all at or past the target, straight between', () => {
    const draft = { ...emptyKpi(), target: 95, floor: 55 };
    // span 40: 45, 55, 75, 95, 105 → 20 × (75 − 55) / 40 = 10
    expect(preview(draft, 20)).toEqual([
      { figure: 45, points: 0 },
      { figure: 55, points: 0 },
      { figure: 75, points: 10 },
      { figure: 95, points: 20 },
      { figure: 105, points: 20 },
    ]);
  });

  it('a lower-is-better band lists the best figures last', () => {
    const draft = { ...emptyKpi(), direction: 'LOWER' as const, target: 0, floor: 4 };
    expect(sampleFigures(draft)).toEqual([5, 4, 2, 0, -1]);
    expect(preview(draft, 10).map((row) => row.points)).toEqual([0, 0, 5, 10, 10]);
  });

  it('steps: just short of the lowest step earns nothing, each step its share', () => {
    const draft = {
      ...emptyKpi(),
      kind: 'STEPS' as const,
      steps: [
        { threshold: 90, share: 100 },
        { threshold: 80, share: 85 },
      ],
    };
    // 20 × 85 % = 17
    expect(preview(draft, 20)).toEqual([
      { figure: 79, points: 0 },
      { figure: 80, points: 17 },
      { figure: 90, points: 20 },
    ]);
  });

  it('a capped deduction: each unit takes its points until the cap', () => {
    const draft = { ...emptyKpi(), kind: 'DEDUCTION' as const, perUnit: 5, cap: 10 };
    // 0…3 units: 15, 10, 5, then the cap of 10 holds at 5
    expect(preview(draft, 15)).toEqual([
      { figure: 0, points: 15 },
      { figure: 1, points: 10 },
      { figure: 2, points: 5 },
      { figure: 3, points: 5 },
    ]);
  });

  it('a manual rule has no figures to preview; a half-typed deduction none either', () => {
    expect(sampleFigures({ ...emptyKpi(), kind: 'MANUAL' })).toEqual([]);
    expect(sampleFigures({ ...emptyKpi(), kind: 'DEDUCTION', perUnit: 0 })).toEqual([]);
  });

  it('a stored KPI edits and saves as the same input', () => {
    const kpi = {
      name: '超期整改单',
      definition: '每张扣 5 分',
      unit: '张',
      direction: 'LOWER' as const,
      target: 0,
      source: 'RECTIFICATION_OVERDUE' as const,
      rule: { kind: 'DEDUCTION' as const, perUnit: 5, cap: 15 },
    };
    expect(inputOf(draftOf(kpi))).toEqual(kpi);
  });
});
