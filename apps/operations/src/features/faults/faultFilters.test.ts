import { readListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { faultFilters, hoursAndMinutes } from './faultFilters.ts';

describe('fault list', () => {
  it('reads a known status from the URL and ignores an unknown one', () => {
    expect(readListState(faultFilters, { status: 'REPAIRED' }).filters).toEqual({ status: 'REPAIRED' });
    expect(readListState(faultFilters, { status: 'LOST' }).filters).toEqual({ status: null });
  });

  it('words down time in hours and minutes', () => {
    expect(hoursAndMinutes(300)).toEqual({ hours: 5, minutes: 0 });
    expect(hoursAndMinutes(61)).toEqual({ hours: 1, minutes: 1 });
  });
});
