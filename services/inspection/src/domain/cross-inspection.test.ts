import { describe, expect, it } from 'vitest';
import { assertCrossInspectionAssignment, assertCrossInspectionEntries } from './cross-inspection.ts';
import type { CrossHall, CrossInspector } from './cross-inspection.ts';
import type { PlanEntry } from './plan.ts';

const east = { id: 'd-east', name: '城东区' };
const west = { id: 'd-west', name: '城西区' };
const hall: CrossHall = { id: 'h-1', name: '城东中心营业厅', district: east };
const zhang: CrossInspector = { id: 'p-zhang', name: '张敏', district: east };
const li: CrossInspector = { id: 'p-li', name: '李强', district: west };
const cityStaff: CrossInspector = { id: 'p-wang', name: '王芳', district: null };

describe('assertCrossInspectionAssignment', () => {
  it('allows inspectors from another district and city staff', () => {
    expect(() => assertCrossInspectionAssignment(hall, [li, cityStaff])).not.toThrow();
  });

  it('refuses an inspector of the hall’s own district and names them', () => {
    expect(() => assertCrossInspectionAssignment(hall, [li, zhang])).toThrow(
      expect.objectContaining({
        kind: 'BAD_REQUEST',
        field: 'inspectorIds',
        message: expect.stringMatching(/张敏.*城东区.*城东中心营业厅/),
      }),
    );
  });
});

describe('assertCrossInspectionEntries', () => {
  const directory = {
    halls: new Map([[hall.id, hall]]),
    inspectors: new Map([zhang, li, cityStaff].map((p) => [p.id, p])),
  };
  const entry = (overrides: Partial<PlanEntry>): PlanEntry => ({
    hallId: 'h-1',
    kind: 'CROSS',
    templateId: 't-1',
    inspectorIds: ['p-li'],
    plannedDate: '2025-03-10',
    ...overrides,
  });

  it('ignores non-cross entries, where local inspectors are normal', () => {
    expect(() =>
      assertCrossInspectionEntries([entry({ kind: 'MONTHLY_VISIT', inspectorIds: ['p-zhang'] })], directory),
    ).not.toThrow();
  });

  it('points at the offending entry', () => {
    expect(() =>
      assertCrossInspectionEntries([entry({}), entry({ inspectorIds: ['p-zhang'] })], directory),
    ).toThrow(expect.objectContaining({ field: 'entries.1.inspectorIds' }));
  });

  it('reports unknown halls and inspectors', () => {
    expect(() => assertCrossInspectionEntries([entry({ hallId: 'nope' })], directory)).toThrow(
      expect.objectContaining({ field: 'entries.0.hallId' }),
    );
    expect(() => assertCrossInspectionEntries([entry({ inspectorIds: ['ghost'] })], directory)).toThrow(
      expect.objectContaining({ field: 'entries.0.inspectorIds' }),
    );
  });
});
