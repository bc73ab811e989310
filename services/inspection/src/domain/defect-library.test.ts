import { describe, expect, it } from 'vitest';
import { buildDefectLibrary } from './defect-library.ts';
import type { DefectObservation } from './defect-library.ts';

const seen = (
  itemCode: string,
  inspectedOn: string,
  overrides: Partial<DefectObservation> = {},
): DefectObservation => ({
  itemCode,
  itemTitle: `标题${itemCode}`,
  sectionName: '环境与5S',
  inspectionId: `insp-${itemCode}-${inspectedOn}`,
  inspectedOn,
  kind: 'DAILY',
  ...overrides,
});

const today = '2025-06-30';

describe('buildDefectLibrary', () => {
  it('groups by item with first/last seen, window counts and recurrence', () => {
    const library = buildDefectLibrary(
      [
        seen('B02', '2025-06-25'),
        seen('B02', '2025-05-10', { kind: 'CROSS' }),
        seen('B02', '2025-01-15', { itemTitle: '旧标题' }),
        seen('C01', '2025-06-01'),
      ],
      { today },
    );
    expect(library.map((e) => e.itemCode)).toEqual(['B02', 'C01']);
    expect(library[0]).toMatchObject({
      itemTitle: '标题B02',
      occurrences: 3,
      firstSeen: '2025-01-15',
      lastSeen: '2025-06-25',
      last30Days: 1,
      last90Days: 2,
      isRecurring: true,
      byKind: { DAILY: 2, CROSS: 1 },
    });
    expect(library[1]).toMatchObject({ occurrences: 1, isRecurring: false });
  });

  it('counts window boundaries: today is in, 30 days ago is out of the 30-day window', () => {
    const [entry] = buildDefectLibrary(
      [seen('A01', '2025-06-30'), seen('A01', '2025-05-31'), seen('A01', '2025-06-01')],
      {
        today,
      },
    );
    expect(entry?.last30Days).toBe(2);
  });

  it('ignores observations dated after today', () => {
    const [entry] = buildDefectLibrary([seen('A01', '2025-07-02'), seen('A01', '2025-06-20')], { today });
    expect(entry).toMatchObject({
      occurrences: 1,
      lastSeen: '2025-06-20',
      last30Days: 1,
      isRecurring: false,
    });
  });

  it('does not count the same inspection twice', () => {
    const twice = seen('A01', '2025-06-20');
    const [entry] = buildDefectLibrary([twice, { ...twice }], { today });
    expect(entry?.occurrences).toBe(1);
    expect(entry?.isRecurring).toBe(false);
  });

  it('sorts old problems below recent recurring ones even with more occurrences overall', () => {
    const library = buildDefectLibrary(
      [
        seen('A01', '2024-01-01'),
        seen('A01', '2024-02-01'),
        seen('A01', '2024-03-01'),
        seen('D02', '2025-06-01'),
        seen('D02', '2025-06-15'),
      ],
      { today },
    );
    expect(library.map((e) => e.itemCode)).toEqual(['D02', 'A01']);
  });

  it('uses a configurable window and threshold', () => {
    const [entry] = buildDefectLibrary([seen('A01', '2025-06-29'), seen('A01', '2025-06-10')], {
      today,
      recurrenceWindowDays: 7,
    });
    expect(entry).toMatchObject({ inWindow: 1, isRecurring: false });
    const [strict] = buildDefectLibrary([seen('A01', '2025-06-29'), seen('A01', '2025-06-10')], {
      today,
      recurrenceThreshold: 3,
    });
    expect(strict?.isRecurring).toBe(false);
  });

  it('counts open and closed rectifications per item', () => {
    const [entry] = buildDefectLibrary([seen('A01', '2025-06-29')], {
      today,
      rectifications: [
        { itemCode: 'A01', status: 'ACCEPTED' },
        { itemCode: 'A01', status: 'REJECTED_BACK' },
        { itemCode: 'A01', status: 'RESPONDED' },
        { itemCode: 'B01', status: 'OPEN' },
      ],
    });
    expect(entry).toMatchObject({ openRectifications: 2, closedRectifications: 1 });
  });

  it('returns an empty library for a hall without problems', () => {
    expect(buildDefectLibrary([], { today })).toEqual([]);
  });
});
