import { describe, expect, it } from 'vitest';
import { coercedMoment, moment } from './moment.ts';

describe('moment', () => {
  it('takes a date between 2000 and 2999, and refuses one PostgreSQL could not compare', () => {
    expect(moment().safeParse(new Date('2026-12-01T08:00:00Z')).success).toBe(true);
    expect(moment().safeParse(new Date('1999-12-31T23:59:59Z')).success).toBe(false);
    expect(moment().safeParse(new Date(-2_462_416_000_000_000)).success).toBe(false);
    expect(moment().safeParse('2026-12-01').success).toBe(false);
  });

  it('coerces a string or a timestamp where a filter arrives in a URL', () => {
    expect(coercedMoment().parse('2026-12-01T00:00:00Z')).toEqual(new Date('2026-12-01T00:00:00Z'));
    expect(coercedMoment().safeParse('-076074-10-24T05:56:35.894Z').success).toBe(false);
    expect(coercedMoment().safeParse('not a date').success).toBe(false);
  });
});
