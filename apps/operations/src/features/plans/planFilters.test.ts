import { describe, expect, it } from 'vitest';
import { plansOfKind } from './planFilters.ts';

const plans = [{ kind: 'SYSTEM_OUTAGE' }, { kind: 'CROWDING' }, { kind: 'SYSTEM_OUTAGE' }];

describe('the plan list filter', () => {
  it.each([
    ['SYSTEM_OUTAGE', 2],
    ['SECURITY', 0],
    [null, 3],
  ])('kind %s keeps %i plans', (kind, count) => {
    expect(plansOfKind(plans, kind)).toHaveLength(count);
  });
});
