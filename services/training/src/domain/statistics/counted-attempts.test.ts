import { describe, expect, it } from 'vitest';
import { countedAttempts } from './counted-attempts.ts';

describe('countedAttempts', () => {
  const attempts = [
    { personId: 'p', attemptNo: 1, score: 60 },
    { personId: 'p', attemptNo: 2, score: 80 },
    { personId: 'p', attemptNo: 3, score: 70 },
    { personId: 'q', attemptNo: 1, score: 50 },
  ];
  const picked = (method: Parameters<typeof countedAttempts>[1]) =>
    countedAttempts(attempts, method).map((a) => `${a.personId}${a.attemptNo}`);

  it('keeps the attempt that gives each person their grade', () => {
    expect(picked('HIGHEST')).toEqual(['p2', 'q1']);
    expect(picked('FIRST')).toEqual(['p1', 'q1']);
    expect(picked('LAST')).toEqual(['p3', 'q1']);
  });

  it('keeps every attempt when the grade is their average', () => {
    expect(picked('AVERAGE')).toEqual(['p1', 'p2', 'p3', 'q1']);
  });

  it('of equal highest scores keeps the earlier attempt', () => {
    expect(
      countedAttempts([...attempts, { personId: 'q', attemptNo: 2, score: 50 }], 'HIGHEST').at(-1),
    ).toMatchObject({
      attemptNo: 1,
    });
  });
});
