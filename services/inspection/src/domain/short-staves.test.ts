import { describe, expect, it } from 'vitest';
import { shortStaves } from './short-staves.ts';
import type { ItemObservation } from './short-staves.ts';
import type { ItemJudgement } from '@duda/contract-inspection';

let sequence = 0;
const observe = (itemCode: string, judgement: ItemJudgement, hallId = 'h1'): ItemObservation => ({
  hallId,
  inspectionId: `insp-${(sequence += 1)}`,
  itemCode,
  itemTitle: `标题${itemCode}`,
  sectionName: '等候时间与排队',
  judgement,
});

describe('shortStaves', () => {
  it('ranks items by failure rate over applicable inspections, N/A excluded', () => {
    const staves = shortStaves([
      observe('D02', 'PROBLEM', 'h1'),
      observe('D02', 'PROBLEM', 'h2'),
      observe('D02', 'OK', 'h3'),
      observe('D02', 'NA', 'h4'),
      observe('A01', 'PROBLEM', 'h1'),
      observe('A01', 'OK', 'h2'),
      observe('A01', 'OK', 'h3'),
      observe('B01', 'OK', 'h1'),
    ]);
    expect(staves).toEqual([
      {
        itemCode: 'D02',
        itemTitle: '标题D02',
        sectionName: '等候时间与排队',
        inspected: 3,
        failed: 2,
        failureRate: 66.7,
        hallsAffected: 2,
      },
      {
        itemCode: 'A01',
        itemTitle: '标题A01',
        sectionName: '等候时间与排队',
        inspected: 3,
        failed: 1,
        failureRate: 33.3,
        hallsAffected: 1,
      },
    ]);
  });

  it('breaks equal rates by the number of failures', () => {
    const staves = shortStaves([
      observe('A01', 'PROBLEM'),
      observe('B01', 'PROBLEM'),
      observe('B01', 'PROBLEM'),
    ]);
    expect(staves.map((s) => s.itemCode)).toEqual(['B01', 'A01']);
  });

  it('applies the minimum sample and the limit', () => {
    const observations = [
      observe('A01', 'PROBLEM'),
      observe('B01', 'PROBLEM'),
      observe('B01', 'OK'),
      observe('C01', 'PROBLEM'),
      observe('C01', 'OK'),
    ];
    expect(shortStaves(observations, { minInspected: 2 }).map((s) => s.itemCode)).toEqual(['B01', 'C01']);
    expect(shortStaves(observations, { limit: 1 })).toHaveLength(1);
  });

  it('returns nothing when nothing failed', () => {
    expect(shortStaves([observe('A01', 'OK'), observe('A01', 'NA')])).toEqual([]);
  });
});
