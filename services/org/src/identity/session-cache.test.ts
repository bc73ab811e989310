import { describe, expect, it } from 'vitest';
import { SESSION } from '../domain/session-policy.ts';
import { actorCache } from './actor-cache.ts';
import { applyCallerChange } from './caller-changes.ts';
import { SESSION_TTL_MS, sessionCache, type SessionRow } from './session-cache.ts';

const at = (ms: number) => new Date(Date.UTC(2026, 11, 1) + ms);
const row = (over: Partial<SessionRow> = {}): SessionRow => ({
  expiresAt: at(12 * 3_600_000),
  lastSeenAt: at(0),
  revokedAt: null,
  personId: 'p1',
  disabled: false,
  mustChangePassword: false,
  personStatus: 'active',
  ...over,
});

/** A loader that counts its reads and answers what `next` holds. */
function loader(first: SessionRow | null) {
  const l = {
    next: first,
    reads: 0,
    load: async () => {
      l.reads++;
      return l.next;
    },
  };
  return l;
}

describe('sessionCache', () => {
  it('reads a live session once within its time to live, and again after it', async () => {
    const cache = sessionCache();
    const l = loader(row());
    await cache.get('s1', at(0), l.load);
    await cache.get('s1', at(SESSION_TTL_MS * 0.5 - 1), l.load);
    expect(l.reads).toBe(1);
    await cache.get('s1', at(SESSION_TTL_MS), l.load);
    expect(l.reads).toBe(2);
  });

  it('keeps no answer that would refuse the caller: absent, revoked, disabled or left are read every time', async () => {
    for (const answer of [
      null,
      row({ revokedAt: at(0) }),
      row({ disabled: true }),
      row({ personStatus: 'left' }),
    ]) {
      const cache = sessionCache();
      const l = loader(answer);
      await cache.get('s1', at(1), l.load);
      await cache.get('s1', at(2), l.load);
      expect(l.reads).toBe(2);
    }
  });

  it('reads again a cached session that looks idle, since another process may have seen it since', async () => {
    const idleMs = SESSION.idleMinutes * 60_000;
    const cache = sessionCache();
    // Last seen here just under the idle limit ago: live when read, idle a second later (well within its TTL).
    const l = loader(row({ lastSeenAt: at(1_000 - idleMs) }));
    await cache.get('s1', at(0), l.load);
    l.next = row({ lastSeenAt: at(500) });
    expect((await cache.get('s1', at(1_000), l.load))?.lastSeenAt).toEqual(at(500));
    expect(l.reads).toBe(2);
  });

  it('takes a touch into what it keeps', async () => {
    const cache = sessionCache();
    const l = loader(row());
    await cache.get('s1', at(0), l.load);
    cache.touched('s1', at(5_000));
    expect((await cache.get('s1', at(6_000), l.load))?.lastSeenAt).toEqual(at(5_000));
    expect(l.reads).toBe(1);
  });

  it('forgets one session, or every session of a person, and no one else', async () => {
    const cache = sessionCache();
    const mine = loader(row());
    const other = loader(row({ personId: 'p2' }));
    await cache.get('a', at(0), mine.load);
    await cache.get('b', at(0), mine.load);
    await cache.get('c', at(0), other.load);
    cache.forgetSession('a');
    await cache.get('a', at(1), mine.load);
    await cache.get('b', at(1), mine.load);
    expect(mine.reads).toBe(3);
    cache.forgetPerson('p1');
    await cache.get('a', at(2), mine.load);
    await cache.get('b', at(2), mine.load);
    await cache.get('c', at(2), other.load);
    expect([mine.reads, other.reads]).toEqual([5, 1]);
  });

  it('does not keep what a read that overlapped a forget found', async () => {
    const cache = sessionCache();
    let release!: () => void;
    const slow = cache.get('s1', at(0), () => new Promise((r) => (release = () => r(row()))));
    cache.forgetSession('s1');
    release();
    await slow;
    const l = loader(row({ mustChangePassword: true }));
    expect((await cache.get('s1', at(1), l.load))?.mustChangePassword).toBe(true);
  });

  it('uses and keeps nothing while changes cannot be heard', async () => {
    let trusted = false;
    const cache = sessionCache(() => trusted);
    const l = loader(row());
    await cache.get('s1', at(0), l.load);
    await cache.get('s1', at(1), l.load);
    expect(l.reads).toBe(2);
    trusted = true;
    await cache.get('s1', at(2), l.load);
    await cache.get('s1', at(3), l.load);
    expect(l.reads).toBe(3);
  });
});

describe('applyCallerChange', () => {
  it('sends a session or person announcement to the sessions, anything else to the roles', async () => {
    const sessions = sessionCache();
    const actors = actorCache();
    const l = loader(row());
    let actorLoads = 0;
    const actorLoad = async () => (
      actorLoads++,
      { personId: 'p1', name: 'a', staffNo: 'S', homeOrgNodeId: 'n', roles: [] }
    );
    await sessions.get('s1', at(0), l.load);
    await actors.get('p1', at(0), actorLoad);

    applyCallerChange('session:s1', actors, sessions);
    await sessions.get('s1', at(1), l.load);
    await actors.get('p1', at(1), actorLoad);
    expect([l.reads, actorLoads]).toEqual([2, 1]);

    applyCallerChange('person:p1', actors, sessions);
    await sessions.get('s1', at(2), l.load);
    expect(l.reads).toBe(3);

    applyCallerChange('', actors, sessions);
    await sessions.get('s1', at(3), l.load);
    await actors.get('p1', at(3), actorLoad);
    expect([l.reads, actorLoads]).toEqual([3, 2]);
  });
});
