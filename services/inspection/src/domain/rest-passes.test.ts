import { describe, expect, it } from 'vitest';
import type { ChecklistItem, ChecklistSection, DraftItemResultInput } from '@duda/contract-inspection';
import { markRestPassed } from './rest-passes.ts';

const item = (code: string, overrides: Partial<ChecklistItem> = {}): ChecklistItem => ({
  code,
  title: `检查项${code}`,
  guidance: '',
  weight: 10,
  scoringMode: 'PASS_FAIL',
  maxPoints: null,
  allowNotApplicable: true,
  veto: false,
  photoRequired: false,
  severity: 'MINOR',
  ...overrides,
});

const sections: ChecklistSection[] = [
  {
    code: 'A',
    name: '仪容仪表',
    items: [item('A01'), item('A02', { scoringMode: 'POINTS', maxPoints: 5 }), item('A03')],
  },
  { code: 'B', name: '环境', items: [item('B01'), item('B02')] },
];

const draft = { status: 'DRAFT' as const };
const partly = (): DraftItemResultInput[] => [
  { itemCode: 'A01', outcome: 'FAIL', note: '工牌未戴', photoIds: ['p-1'] },
  { itemCode: 'A02', outcome: null, note: '留意迎送', photoIds: [] },
  { itemCode: 'B02', outcome: 'NA', photoIds: [] },
];

describe('markRestPassed (其余全部合格)', () => {
  it('passes every item not judged yet, points items at full marks, in checklist order', () => {
    expect(markRestPassed(draft, sections, partly()).marked).toEqual([
      { itemCode: 'A02', outcome: 5 },
      { itemCode: 'A03', outcome: 'PASS' },
      { itemCode: 'B01', outcome: 'PASS' },
    ]);
  });

  it('keeps the notes and photos the items hold and leaves every judged item as it was', () => {
    const { results } = markRestPassed(draft, sections, partly());
    const byCode = Object.fromEntries(results.map((result) => [result.itemCode, result]));
    expect(byCode).toEqual({
      A01: { itemCode: 'A01', outcome: 'FAIL', note: '工牌未戴', photoIds: ['p-1'] },
      A02: { itemCode: 'A02', outcome: 5, note: '留意迎送', photoIds: [] },
      A03: { itemCode: 'A03', outcome: 'PASS', note: null, photoIds: [] },
      B01: { itemCode: 'B01', outcome: 'PASS', note: null, photoIds: [] },
      B02: { itemCode: 'B02', outcome: 'NA', photoIds: [] },
    });
  });

  it('marks nothing the second time', () => {
    const once = markRestPassed(draft, sections, partly());
    expect(markRestPassed(draft, sections, once.results)).toEqual({ results: once.results, marked: [] });
  });

  it('is refused on a submitted inspection', () => {
    expect(() => markRestPassed({ status: 'SUBMITTED' }, sections, partly())).toThrow(
      expect.objectContaining({ code: 'inspection.inspectionSubmitted' }),
    );
  });
});
