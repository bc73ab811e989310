import { AppError } from '@duda/contract-kit';
import { describe, expect, it } from 'vitest';
import { validateDraft, validateSubmission } from './result-validation.ts';
import { passFailItem, pointsItem, section, template } from './test-support.ts';
import type { ItemResult } from './types.ts';

const standard = template([
  section('A', [passFailItem('A01'), pointsItem('A02', 5, { allowNotApplicable: true })]),
  section('B', [passFailItem('B01', { photoRequired: true })]),
]);

const complete: ItemResult[] = [
  { itemCode: 'A01', outcome: 'PASS' },
  { itemCode: 'A02', outcome: 4 },
  { itemCode: 'B01', outcome: 'FAIL', photoIds: ['p1'] },
];

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('validateSubmission', () => {
  it('accepts a complete, valid set of results', () => {
    expect(validateSubmission(standard, complete).size).toBe(3);
  });

  it('names a missing item', () => {
    const error = errorOf(() => validateSubmission(standard, complete.slice(0, 2)));
    expect(error.kind).toBe('BAD_REQUEST');
    expect(error.code).toBe('inspection.itemMissing');
    expect(error.field).toBe('results.B01');
    expect(error.message).toContain('还没有填写');
  });

  it('rejects an item that is not in the template version', () => {
    const error = errorOf(() =>
      validateSubmission(standard, [...complete, { itemCode: 'Z99', outcome: 'PASS' }]),
    );
    expect(error.field).toBe('results.Z99');
    expect(error.message).toContain('第 1 版');
  });

  it('rejects the same item twice', () => {
    const error = errorOf(() =>
      validateSubmission(standard, [...complete, { itemCode: 'A01', outcome: 'FAIL' }]),
    );
    expect(error.field).toBe('results.A01');
  });

  it.each([
    [6, '0 到 5 分之间'],
    [-1, '0 到 5 分之间'],
    [2.5, '整数'],
    [Number.NaN, '0 到 5 分之间'],
    ['PASS', '0 到 5 分之间'],
  ])('rejects points outcome %s', (outcome, message) => {
    const results = complete.map((r) => (r.itemCode === 'A02' ? { ...r, outcome } : r)) as ItemResult[];
    const error = errorOf(() => validateSubmission(standard, results));
    expect(error.field).toBe('results.A02.outcome');
    expect(error.message).toContain(message);
  });

  it('rejects a number on a pass/fail item', () => {
    const results = complete.map((r) => (r.itemCode === 'A01' ? { ...r, outcome: 1 } : r));
    expect(errorOf(() => validateSubmission(standard, results)).field).toBe('results.A01.outcome');
  });

  it('rejects N/A where the item does not allow it, accepts it where it does', () => {
    const notAllowed = complete.map((r) => (r.itemCode === 'A01' ? { ...r, outcome: 'NA' as const } : r));
    expect(errorOf(() => validateSubmission(standard, notAllowed)).message).toContain('不适用');
    const allowed = complete.map((r) => (r.itemCode === 'A02' ? { ...r, outcome: 'NA' as const } : r));
    expect(validateSubmission(standard, allowed).get('A02')?.outcome).toBe('NA');
  });

  it('requires a photo on a judged photo-required item', () => {
    const results = complete.map((r) => (r.itemCode === 'B01' ? { ...r, photoIds: [] } : r));
    expect(errorOf(() => validateSubmission(standard, results)).field).toBe('results.B01.photoIds');
  });

  it('does not require a photo when a photo-required item is N/A', () => {
    const naPhoto = template([
      section('B', [passFailItem('B01', { photoRequired: true, allowNotApplicable: true })]),
    ]);
    expect(() => validateSubmission(naPhoto, [{ itemCode: 'B01', outcome: 'NA' }])).not.toThrow();
  });
});

describe('validateDraft', () => {
  it('allows missing items and missing photos', () => {
    expect(() => validateDraft(standard, [{ itemCode: 'B01', outcome: 'FAIL' }])).not.toThrow();
    expect(() => validateDraft(standard, [])).not.toThrow();
  });

  it('still rejects invalid values and unknown items', () => {
    expect(errorOf(() => validateDraft(standard, [{ itemCode: 'A02', outcome: 9 }])).field).toBe(
      'results.A02.outcome',
    );
    expect(errorOf(() => validateDraft(standard, [{ itemCode: 'X01', outcome: 'PASS' }])).field).toBe(
      'results.X01',
    );
  });
});
