import type { Actor } from '@duda/authz';
import { describe, expect, it } from 'vitest';
import { ACTOR_TTL_MS, actorCache } from './actor-cache.ts';

const actor = (name: string): Actor => ({
  personId: 'p1',
  name,
  staffNo: 'S1',
  homeOrgNodeId: 'n1',
  roles: [],
});
const at = (ms: number) => new Date(Date.UTC(2026, 11, 1) + ms);

describe('actorCache', () => {
  it('loads once within the time to live, and again after it', async () => {
    const cache = actorCache();
    let loads = 0;
    const load = async () => actor(`v${++loads}`);
    expect((await cache.get('p1', at(0), load))?.name).toBe('v1');
    expect((await cache.get('p1', at(ACTOR_TTL_MS * 0.5 - 1), load))?.name).toBe('v1');
    expect((await cache.get('p1', at(ACTOR_TTL_MS), load))?.name).toBe('v2');
    expect(loads).toBe(2);
  });

  it('lets a crowd loaded together expire at different moments', async () => {
    const cache = actorCache();
    const people = Array.from({ length: 100 }, (_, i) => `person-${i}`);
    for (const p of people) await cache.get(p, at(0), async () => actor('first'));
    const reloadedBy = async (ms: number) => {
      let n = 0;
      const name = `loaded at ${ms}`;
      for (const p of people) if ((await cache.get(p, at(ms), async () => actor(name)))?.name === name) n++;
      return n;
    };
    // Asked in rising time, each person reloads once: about half by 3/4 of the TTL, everyone by its end.
    const byThreeQuarters = await reloadedBy(ACTOR_TTL_MS * 0.75);
    expect(byThreeQuarters).toBeGreaterThan(20);
    expect(byThreeQuarters).toBeLessThan(80);
    expect(byThreeQuarters + (await reloadedBy(ACTOR_TTL_MS))).toBe(100);
  });

  it('forgets everyone at a clear', async () => {
    const cache = actorCache();
    let loads = 0;
    const load = async () => actor(`v${++loads}`);
    await cache.get('p1', at(0), load);
    cache.clear();
    expect((await cache.get('p1', at(1), load))?.name).toBe('v2');
  });

  it('does not keep what a load that overlapped a clear read', async () => {
    const cache = actorCache();
    let release!: () => void;
    const slow = cache.get('p1', at(0), () => new Promise<Actor>((r) => (release = () => r(actor('stale')))));
    cache.clear();
    release();
    expect((await slow)?.name).toBe('stale');
    expect((await cache.get('p1', at(1), async () => actor('fresh')))?.name).toBe('fresh');
  });

  it('keeps no answer for a person who is not there, and reloads when the clock goes back', async () => {
    const cache = actorCache();
    let loads = 0;
    await cache.get('p1', at(0), async () => (++loads, null));
    await cache.get('p1', at(1), async () => (++loads, null));
    expect(loads).toBe(2);
    await cache.get('p2', at(1000), async () => actor('a'));
    expect((await cache.get('p2', at(0), async () => actor('b')))?.name).toBe('b');
  });
});
