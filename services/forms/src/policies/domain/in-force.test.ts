import { describe, expect, it } from 'vitest';
import { versionInForceOn } from './in-force.ts';

// Version 1 in force from 2026-03-01 10:00 China time (02:00 UTC) until version 2 replaced it on 2026-11-20 09:00.
const v1 = {
  id: 'v1',
  publishedAt: new Date('2026-03-01T02:00:00Z'),
  supersededAt: new Date('2026-11-20T01:00:00Z'),
};
const v2 = { id: 'v2', publishedAt: new Date('2026-11-20T01:00:00Z'), supersededAt: null };
const draft = { id: 'v3', publishedAt: null, supersededAt: null };

describe('the version in force on a date', () => {
  it.each([
    ['2026-02-28', null, 'before anything was published'],
    ['2026-03-01', 'v1', 'on its publication day'],
    ['2026-06-15', 'v1', 'in between'],
    ['2026-11-19', 'v1', 'the day before the revision'],
    ['2026-11-20', 'v2', 'the day the revision came into force'],
    ['2026-12-02', 'v2', 'today, the draft not counting'],
  ] as const)('on %s it is %s (%s)', (date, expected, _why) => {
    expect(versionInForceOn([v1, v2, draft], date)?.id ?? null).toBe(expected);
  });

  it('reads the day in China time: published at 23:30 on 1 March China time (15:30 UTC) is in force on the 1st', () => {
    const late = { id: 'late', publishedAt: new Date('2026-03-01T15:30:00Z'), supersededAt: null };
    expect(versionInForceOn([late], '2026-03-01')?.id).toBe('late');
    expect(versionInForceOn([late], '2026-02-28')).toBeNull();
  });
});
