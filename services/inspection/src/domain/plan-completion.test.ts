import { describe, expect, it } from 'vitest';
import { assertMayStartPlanEntry, assertPlannedMonthBegun, carriesOutPlanEntry } from './plan-completion.ts';

const visit = { kind: 'MONTHLY_VISIT' as const, inspectorIds: ['sup-1', 'sup-2'] };

describe('carriesOutPlanEntry', () => {
  it('counts the planned kind by an assigned inspector', () => {
    expect(carriesOutPlanEntry(visit, { kind: 'MONTHLY_VISIT', inspectorId: 'sup-2' })).toBe(true);
  });

  it('does not count the hall’s self-check against the visit', () => {
    expect(carriesOutPlanEntry(visit, { kind: 'SELF_CHECK', inspectorId: 'mgr-1' })).toBe(false);
  });

  it('does not count the planned kind by someone the plan does not assign', () => {
    expect(carriesOutPlanEntry(visit, { kind: 'MONTHLY_VISIT', inspectorId: 'sup-9' })).toBe(false);
  });

  it('does not count another kind by an assigned inspector', () => {
    expect(carriesOutPlanEntry(visit, { kind: 'CROSS', inspectorId: 'sup-1' })).toBe(false);
  });
});

describe('assertMayStartPlanEntry', () => {
  it('lets an assigned inspector start the planned kind', () => {
    expect(() => assertMayStartPlanEntry(visit, { kind: 'MONTHLY_VISIT', personId: 'sup-1' })).not.toThrow();
  });

  it('refuses the planned kind by someone not assigned', () => {
    expect(() => assertMayStartPlanEntry(visit, { kind: 'MONTHLY_VISIT', personId: 'sup-9' })).toThrow(
      expect.objectContaining({
        code: 'inspection.planEntryNotAssigned',
        message: expect.stringContaining('指派'),
      }),
    );
  });

  it('refuses another planned kind, naming the kind field', () => {
    expect(() => assertMayStartPlanEntry(visit, { kind: 'CROSS', personId: 'sup-1' })).toThrow(
      expect.objectContaining({ code: 'inspection.kindMismatch', field: 'kind' }),
    );
  });

  it('lets the hall self-check against the checklist issued for the visit', () => {
    expect(() => assertMayStartPlanEntry(visit, { kind: 'SELF_CHECK', personId: 'mgr-1' })).not.toThrow();
  });

  it('does not reveal a mystery-shopper visit to a self-check', () => {
    const mystery = { kind: 'MYSTERY' as const, inspectorIds: ['shopper-1'] };
    expect(() => assertMayStartPlanEntry(mystery, { kind: 'SELF_CHECK', personId: 'mgr-1' })).toThrow(
      expect.objectContaining({ field: 'planEntryId' }),
    );
  });

  it('holds a planned self-check to its assigned hall staff', () => {
    const selfCheck = { kind: 'SELF_CHECK' as const, inspectorIds: ['mgr-1'] };
    expect(() => assertMayStartPlanEntry(selfCheck, { kind: 'SELF_CHECK', personId: 'mgr-2' })).toThrow(
      expect.objectContaining({ code: 'inspection.planEntryNotAssigned' }),
    );
  });
});

describe('assertPlannedMonthBegun', () => {
  const january = { kind: 'MONTHLY_VISIT' as const, month: '2027-01' };

  it('refuses the planned visit before its month, naming the month', () => {
    expect(() => assertPlannedMonthBegun(january, { kind: 'MONTHLY_VISIT', month: '2026-12' })).toThrow(
      expect.objectContaining({
        code: 'inspection.plannedVisitNotYet',
        message: expect.stringContaining('2027年1月'),
      }),
    );
  });

  it('lets the visit start once its month has begun', () => {
    expect(() => assertPlannedMonthBegun(january, { kind: 'MONTHLY_VISIT', month: '2027-01' })).not.toThrow();
  });

  it('lets the hall self-check against the issued checklist ahead of the visit', () => {
    expect(() => assertPlannedMonthBegun(january, { kind: 'SELF_CHECK', month: '2026-12' })).not.toThrow();
  });
});
