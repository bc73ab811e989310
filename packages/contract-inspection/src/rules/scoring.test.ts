import { AppError } from '@duda/contract-kit';
import { describe, expect, it } from 'vitest';
import { judgeOutcome, scoreInspection } from './scoring.ts';
import { passFailItem, pointsItem, section, template } from './test-support.ts';
import type { ItemResult } from './types.ts';

const standard = template([
  section('A', [
    passFailItem('A01', { weight: 20 }),
    pointsItem('A02', 5, { weight: 30, allowNotApplicable: true }),
  ]),
  section('B', [
    passFailItem('B01', { weight: 50, severity: 'MAJOR', photoRequired: true }),
    passFailItem('B02', { weight: 0, veto: true, severity: 'CRITICAL' }),
  ]),
]);

function results(overrides: Record<string, Partial<ItemResult>> = {}): ItemResult[] {
  const base: ItemResult[] = [
    { itemCode: 'A01', outcome: 'PASS' },
    { itemCode: 'A02', outcome: 5 },
    { itemCode: 'B01', outcome: 'PASS', photoIds: ['p1'] },
    { itemCode: 'B02', outcome: 'PASS' },
  ];
  return base.map((r) => ({ ...r, ...overrides[r.itemCode] }));
}

describe('scoreInspection', () => {
  it('gives 100 and passes when everything is in order', () => {
    const score = scoreInspection(standard, results());
    expect(score.total).toBe(100);
    expect(score.passed).toBe(true);
    expect(score.problems).toEqual([]);
    expect(score.vetoed).toBe(false);
  });

  it('weights points proportionally and lists points below the maximum as problems', () => {
    const score = scoreInspection(standard, results({ A02: { outcome: 3, note: ' 未主动问候 ' } }));
    // 20 + 30 × 3/5 + 50 = 88
    expect(score.total).toBe(88);
    expect(score.problems).toHaveLength(1);
    expect(score.problems[0]).toMatchObject({
      itemCode: 'A02',
      sectionName: '分组A',
      outcome: 3,
      maxPoints: 5,
      pointsLost: 12,
      note: '未主动问候',
    });
  });

  it('excludes N/A items from the denominator', () => {
    const score = scoreInspection(standard, results({ A02: { outcome: 'NA' }, A01: { outcome: 'FAIL' } }));
    // earned 50 of possible 70
    expect(score.total).toBe(71.4);
    expect(score.notApplicableCount).toBe(1);
    expect(score.sections[0]).toMatchObject({
      earned: 0,
      possible: 20,
      percentage: 0,
      notApplicableCount: 1,
    });
    expect(score.problems[0]?.pointsLost).toBe(28.6);
  });

  it('fails below the pass line and passes exactly on it', () => {
    const onLine = template(standard.sections, { passLine: 70 });
    expect(scoreInspection(onLine, results({ A02: { outcome: 0 } })).passed).toBe(true);
    const above = template(standard.sections, { passLine: 70.1 });
    expect(scoreInspection(above, results({ A02: { outcome: 0 } })).passed).toBe(false);
  });

  it('compares the rounded total against the pass line', () => {
    // 3999/50 = 79.98 → shown as 80.0, which passes an 80 line
    const fine = template([section('A', [pointsItem('A01', 5000, { weight: 1 })])]);
    const score = scoreInspection(fine, [{ itemCode: 'A01', outcome: 3999 }]);
    expect(score.total).toBe(80);
    expect(score.passed).toBe(true);
  });

  it('a failed veto item fails the inspection whatever the total', () => {
    const score = scoreInspection(standard, results({ B02: { outcome: 'FAIL' } }));
    expect(score.total).toBe(100);
    expect(score.vetoed).toBe(true);
    expect(score.passed).toBe(false);
    expect(score.vetoedItemCodes).toEqual(['B02']);
    expect(score.problems[0]).toMatchObject({
      itemCode: 'B02',
      severity: 'CRITICAL',
      veto: true,
      pointsLost: 0,
    });
  });

  it('reports a section with nothing applicable, or no items, as having no percentage', () => {
    const withEmpty = template([...standard.sections, section('C', [])]);
    const score = scoreInspection(withEmpty, results());
    expect(score.sections[2]).toMatchObject({ code: 'C', percentage: null, possible: 0, itemCount: 0 });
  });

  it('refuses to score when every weighted item is N/A', () => {
    const allOptional = template([
      section('A', [
        pointsItem('A01', 5, { allowNotApplicable: true }),
        passFailItem('A02', { weight: 0, veto: true }),
      ]),
    ]);
    expect(() =>
      scoreInspection(allOptional, [
        { itemCode: 'A01', outcome: 'NA' },
        { itemCode: 'A02', outcome: 'PASS' },
      ]),
    ).toThrow(AppError);
  });

  it('propagates validation errors with the field path', () => {
    expect(() => scoreInspection(standard, results({ B01: { photoIds: [] } }))).toThrow(
      expect.objectContaining({ field: 'results.B01.photoIds' }),
    );
  });
});

describe('judgeOutcome', () => {
  it('treats only full marks as OK', () => {
    const item = pointsItem('A01', 5);
    expect(judgeOutcome(item, 5)).toBe('OK');
    expect(judgeOutcome(item, 4)).toBe('PROBLEM');
    expect(judgeOutcome(item, 'NA')).toBe('NA');
    expect(judgeOutcome(passFailItem('A02'), 'FAIL')).toBe('PROBLEM');
  });
});
