// What the org process keeps about callers (actor-cache.ts, session-cache.ts) and the rules both share: an answer
// is kept for a lifetime spread per key (domain/spread.ts: half to all of the TTL, so a crowd loaded together does
// not reload together); nothing is used or kept while changes cannot be heard (caller-changes.ts); and a load that
// overlapped a forget does not put its possibly stale answer back.
import { LRUCache } from 'lru-cache';
import { spreadPeriodMs } from '../domain/spread.ts';

interface Cached<V> {
  value: V;
  loadedAt: number;
}

export interface AnnouncedCache<V> {
  /** The kept answer when it is young enough and `usable`; else `load`'s, kept when `usable`. */
  get(key: string, now: Date, load: () => Promise<V | null>): Promise<V | null>;
  /** Changes a kept answer in place (nothing when none is kept). */
  update(key: string, change: (value: V) => V): void;
  forget(key: string): void;
  forgetWhere(test: (value: V) => boolean): void;
  clear(): void;
}

export function announcedCache<V>(options: {
  ttlMs: number;
  /** False while changes cannot be heard. */
  trusted: () => boolean;
  max: number;
  /** Whether an answer may be given from the cache (and kept) at `now`. */
  usable?: (value: V, now: Date) => boolean;
}): AnnouncedCache<V> {
  const { ttlMs, trusted, usable = () => true } = options;
  const entries = new LRUCache<string, Cached<V>>({ max: options.max });
  let generation = 0;
  const forgot = () => {
    generation += 1;
  };
  return {
    async get(key, now, load) {
      if (!trusted()) {
        entries.clear();
        return load();
      }
      const at = now.getTime();
      const hit = entries.get(key);
      if (
        hit &&
        at >= hit.loadedAt &&
        at - hit.loadedAt < spreadPeriodMs(key, ttlMs, 0.5) &&
        usable(hit.value, now)
      )
        return hit.value;
      const started = generation;
      const value = await load();
      if (value !== null && usable(value, now) && started === generation)
        entries.set(key, { value, loadedAt: at });
      else entries.delete(key);
      return value;
    },
    update(key, change) {
      const hit = entries.get(key);
      if (hit) hit.value = change(hit.value);
    },
    forget(key) {
      forgot();
      entries.delete(key);
    },
    forgetWhere(test) {
      forgot();
      const matching = [...entries.entries()].filter(([, { value }]) => test(value));
      for (const [key] of matching) entries.delete(key);
    },
    clear() {
      forgot();
      entries.clear();
    },
  };
}
