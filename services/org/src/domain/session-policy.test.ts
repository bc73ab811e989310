import { describe, expect, it } from 'vitest';
import { needsTouch, newSessionToken, SESSION, sessionIdOf } from './session-policy.ts';

const t0 = new Date(Date.UTC(2026, 11, 1, 1));
const after = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const session = { lastSeenAt: t0, expiresAt: after(12 * 3600), revokedAt: null };

describe('refreshing when a session was last seen', () => {
  // An exam's crowd signs in together; refreshing all its sessions in the same half minute is what this avoids.
  const crowd = Array.from({ length: 1000 }, () => sessionIdOf(newSessionToken()));
  const due = (seconds: number) => crowd.filter((id) => needsTouch(id, session, after(seconds))).length;

  it('leaves every session alone for half the interval and refreshes every one by its end', () => {
    expect(due(SESSION.touchEverySeconds / 2 - 1)).toBe(0);
    expect(due(SESSION.touchEverySeconds)).toBe(crowd.length);
  });

  it('spreads a crowd signed in together over the second half of the interval', () => {
    const midway = due(SESSION.touchEverySeconds * 0.75);
    expect(midway).toBeGreaterThan(300);
    expect(midway).toBeLessThan(700);
  });
});
