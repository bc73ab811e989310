import { currentMonth } from '@duda/month';
import { readListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { scorecardFilters } from './scorecardFilters.ts';

describe('the scorecard list’s filters in the URL', () => {
  it('this month by default; a unit, step, grade and name from the link', () => {
    expect(readListState(scorecardFilters, {}).filters).toMatchObject({
      month: currentMonth(new Date()),
      orgNodeId: null,
      grade: null,
    });
    expect(
      readListState(scorecardFilters, { month: '2026-10', grade: 'FAIL', status: 'ASSESSED', search: ' 赵 ' })
        .filters,
    ).toMatchObject({ month: '2026-10', grade: 'FAIL', status: 'ASSESSED', search: '赵' });
  });

  it('a value the API would refuse falls back to the default', () => {
    expect(readListState(scorecardFilters, { grade: 'BEST', month: '2026-13' }).filters).toMatchObject({
      grade: null,
      month: currentMonth(new Date()),
    });
  });
});
