import { describe, expect, it } from 'vitest';
import type { DefectEntry } from './api.ts';
import { filterDefects, kindsText } from './defectFilter.ts';

const entry = (itemCode: string, itemTitle: string, isRecurring: boolean): DefectEntry => ({
  itemCode,
  itemTitle,
  sectionName: '营业环境',
  occurrences: isRecurring ? 3 : 1,
  firstSeen: '2026-08-01',
  lastSeen: '2026-11-01',
  last30Days: 1,
  last90Days: isRecurring ? 3 : 1,
  inWindow: isRecurring ? 3 : 1,
  isRecurring,
  byKind: {},
  openRectifications: 0,
  closedRectifications: 1,
});

const library = [
  entry('A01', '营业大厅卫生', true),
  entry('B02', '迎送礼仪到位', false),
  entry('C03', '大厅卫生间', false),
];

describe('defect library filters', () => {
  it('matches the keyword in the code or the title', () => {
    expect(filterDefects(library, { q: '卫生', recurringOnly: false }).map((e) => e.itemCode)).toEqual([
      'A01',
      'C03',
    ]);
    expect(filterDefects(library, { q: ' b02 ', recurringOnly: false }).map((e) => e.itemCode)).toEqual([
      'B02',
    ]);
  });

  it('keeps only recurring items when asked', () => {
    expect(filterDefects(library, { q: '', recurringOnly: true }).map((e) => e.itemCode)).toEqual(['A01']);
  });

  it('names the ways a problem was found, most frequent first', () => {
    expect(kindsText({ CROSS: 1, MONTHLY_VISIT: 2, MYSTERY: 0 }, (kind) => kind)).toBe(
      'MONTHLY_VISIT 2、CROSS 1',
    );
  });
});
