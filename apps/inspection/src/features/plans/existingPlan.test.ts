import { inspectionErrors } from '@duda/contract-inspection';
import { describe, expect, it } from 'vitest';
import { existingPlanIdOf } from './existingPlan.ts';

const params = { scope: '上城区分公司', month: '2026-12', planId: 'plan-7' };

describe('existingPlanIdOf', () => {
  it('reads the existing plan from the refusal, as the gateway sends it or as raised', () => {
    const answered = Object.assign(new Error('conflict'), {
      data: { code: 'CONFLICT', error: { code: inspectionErrors.planExists.code, params } },
    });
    expect(existingPlanIdOf(answered)).toBe('plan-7');
    expect(existingPlanIdOf(inspectionErrors.planExists(params))).toBe('plan-7');
  });

  it('is null for any other failure', () => {
    expect(existingPlanIdOf(inspectionErrors.planEmpty())).toBeNull();
    expect(existingPlanIdOf(new Error('offline'))).toBeNull();
    expect(existingPlanIdOf(null)).toBeNull();
  });
});
