import { describe, expect, it } from 'vitest';
import { planDeadlineWarning, validatePlanEntries } from './plan-entries.ts';
import type { PlanEntry } from './plan.ts';

const entry = (overrides: Partial<PlanEntry> = {}): PlanEntry => ({
  hallId: 'hall-1',
  kind: 'MONTHLY_VISIT',
  templateId: 'tpl-1',
  inspectorIds: ['p-1'],
  plannedDate: '2025-03-10',
  ...overrides,
});

const march = { month: '2025-03' };

describe('validatePlanEntries', () => {
  it('accepts the same hall for two different kinds of inspection', () => {
    expect(() => validatePlanEntries(march, [entry(), entry({ kind: 'CROSS' })])).not.toThrow();
  });

  it('rejects a duplicate hall and kind, naming both entries', () => {
    expect(() => validatePlanEntries(march, [entry(), entry({ plannedDate: '2025-03-20' })])).toThrow(
      expect.objectContaining({ field: 'entries.1.hallId', message: expect.stringContaining('第 1 条') }),
    );
  });

  it.each(['2025-04-01', '2025-02-28'])('rejects planned date %s outside the plan month', (plannedDate) => {
    expect(() => validatePlanEntries(march, [entry({ plannedDate })])).toThrow(
      expect.objectContaining({
        field: 'entries.0.plannedDate',
        message: expect.stringContaining('2025年3月'),
      }),
    );
  });

  it('rejects an impossible date', () => {
    expect(() => validatePlanEntries({ month: '2025-02' }, [entry({ plannedDate: '2025-02-30' })])).toThrow(
      expect.objectContaining({ field: 'entries.0.plannedDate' }),
    );
  });

  it('requires at least one inspector and no repeats', () => {
    expect(() => validatePlanEntries(march, [entry({ inspectorIds: [] })])).toThrow(
      expect.objectContaining({ field: 'entries.0.inspectorIds' }),
    );
    expect(() => validatePlanEntries(march, [entry({ inspectorIds: ['p-1', 'p-1'] })])).toThrow(
      expect.objectContaining({ field: 'entries.0.inspectorIds' }),
    );
  });
});

describe('planDeadlineWarning', () => {
  it('is silent for a plan submitted by the end of the 3rd (China time)', () => {
    const submitted = new Date('2025-03-03T15:59:00Z'); // 23:59 on the 3rd in Beijing
    expect(
      planDeadlineWarning({ ...march, firstSubmittedAt: submitted }, new Date('2025-03-20T00:00:00Z')),
    ).toBeNull();
  });

  it('warns when the plan was first submitted after the 3rd', () => {
    const submitted = new Date('2025-03-03T16:30:00Z'); // already the 4th in Beijing
    const warning = planDeadlineWarning({ ...march, firstSubmittedAt: submitted }, submitted);
    expect(warning).toMatchObject({ code: 'PLAN_LATE', dueDate: '2025-03-03' });
    expect(warning?.message).toContain('2025-03-04');
  });

  it('warns about an unsubmitted plan only once the 3rd has passed', () => {
    expect(
      planDeadlineWarning({ ...march, firstSubmittedAt: null }, new Date('2025-03-02T00:00:00Z')),
    ).toBeNull();
    expect(
      planDeadlineWarning({ ...march, firstSubmittedAt: null }, new Date('2025-03-05T00:00:00Z'))?.message,
    ).toContain('尚未提交');
  });

  it('treats a plan made in the previous month as on time', () => {
    expect(
      planDeadlineWarning(
        { ...march, firstSubmittedAt: new Date('2025-02-25T00:00:00Z') },
        new Date('2025-03-10T00:00:00Z'),
      ),
    ).toBeNull();
  });
});
