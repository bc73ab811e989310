import { describe, expect, it } from 'vitest';
import { PLANNED_KINDS } from './enums.ts';
import { planInputs } from './plans.ts';

const id = '0d6f4a8e-2b1c-4c3d-9e8f-1a2b3c4d5e6f';
const entry = {
  hallId: id,
  kind: 'MONTHLY_VISIT',
  templateId: id,
  inspectorIds: [id],
  plannedDate: '2026-03-10',
};

describe('plan inputs', () => {
  it('never plan a daily inspection (日检 is the hall routine)', () => {
    expect(PLANNED_KINDS).not.toContain('DAILY');
    const saved = planInputs.saveEntries.safeParse({ id, entries: [{ ...entry, kind: 'DAILY' }] });
    expect(saved.success).toBe(false);
  });

  it('accept an entry of a planned kind', () => {
    expect(planInputs.saveEntries.parse({ id, entries: [entry] }).entries).toEqual([entry]);
  });

  it('require a reason to reject a plan, but not to approve it', () => {
    const reject = planInputs.transition.safeParse({ id, command: { type: 'REJECT' } });
    const approve = planInputs.transition.safeParse({ id, command: { type: 'APPROVE' } });
    expect(reject.success).toBe(false);
    expect(approve.success).toBe(true);
  });

  it('refuse a status the workflow does not have', () => {
    expect(planInputs.list.safeParse({ status: 'ARCHIVED' }).success).toBe(false);
    expect(planInputs.list.parse({ status: 'PUBLISHED' })).toMatchObject({ status: 'PUBLISHED', page: 1 });
  });
});
