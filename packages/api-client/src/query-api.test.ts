import { describe, expect, expectTypeOf, it } from 'vitest';
import { queryKeyOf } from './query-api.ts';
import type { RouterInputs } from './types.ts';

describe('queryKeyOf for the gateway', () => {
  it('derives keys from the AppRouter paths', () => {
    const input: RouterInputs['inspection']['plans']['list'] = { page: 2, pageSize: 20, month: '2026-11' };
    expect(queryKeyOf('inspection.plans.list', input)).toEqual(['inspection', 'plans', 'list', input]);
    expect(queryKeyOf('inspection.plans')).toEqual(['inspection', 'plans']);
    expectTypeOf(queryKeyOf('inspection.plans')).toEqualTypeOf<readonly ['inspection', 'plans']>();
  });

  it('accepts only paths and inputs the gateway has', () => {
    // @ts-expect-error no such router
    queryKeyOf('inspection.plan');
    // @ts-expect-error a mutation has no query key
    queryKeyOf('inspection.plans.create', { scopeOrgId: 'c1', month: '2026-11' });
    // @ts-expect-error the input is checked against the procedure's
    queryKeyOf('inspection.plans.list', { page: 'two' });
  });
});
