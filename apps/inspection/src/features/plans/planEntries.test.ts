import { describe, expect, it } from 'vitest';
import type { PlanEntryView } from './api.ts';
import { entryIndexOf, isOutsideMonth, withEntry, withoutEntry } from './planEntries.ts';

const view = (hallId: string, plannedDate: string): PlanEntryView => ({
  id: `entry-${hallId}`,
  hallId,
  hallName: `营业厅${hallId}`,
  kind: 'MONTHLY_VISIT',
  templateId: 'line-1',
  templateName: '营业厅服务规范达标检查标准',
  inspectorIds: ['p1'],
  inspectorNames: ['刘海涛'],
  plannedDate,
});

const entries = [view('h1', '2026-12-05'), view('h2', '2026-12-08')];

describe('withEntry and withoutEntry', () => {
  it('adds, replaces and removes, always giving the full list in the service’s shape', () => {
    const added = {
      hallId: 'h3',
      kind: 'MYSTERY' as const,
      templateId: 'line-1',
      inspectorIds: ['p2'],
      plannedDate: '2026-12-20',
    };
    expect(withEntry(entries, null, added).map((e) => e.hallId)).toEqual(['h1', 'h2', 'h3']);
    expect(withEntry(entries, 0, added).map((e) => e.hallId)).toEqual(['h3', 'h2']);
    expect(withoutEntry(entries, 0)).toEqual([
      {
        hallId: 'h2',
        kind: 'MONTHLY_VISIT',
        templateId: 'line-1',
        inspectorIds: ['p1'],
        plannedDate: '2026-12-08',
      },
    ]);
  });
});

describe('isOutsideMonth', () => {
  it('allows only days of the plan month', () => {
    expect(isOutsideMonth(new Date(2026, 11, 1), '2026-12')).toBe(false);
    expect(isOutsideMonth(new Date(2026, 11, 31), '2026-12')).toBe(false);
    expect(isOutsideMonth(new Date(2027, 0, 1), '2026-12')).toBe(true);
  });
});

describe('entryIndexOf', () => {
  it('reads the entry a field error points at', () => {
    expect(entryIndexOf('entries.2.plannedDate')).toBe(2);
    expect(entryIndexOf('entries')).toBeNull();
  });
});
