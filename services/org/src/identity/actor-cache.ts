// Who a person is for authorization — roles and the org ids under each — is needed on every request and changes
// only by an administrator's write, so it is kept per person instead of being read in four queries each time
// (ADR 0020); what ends a session is kept apart, in session-cache.ts (ADR 0031). A role or org-tree change
// clears the cache of the process that made it at once and of every other org process when its announcement
// arrives (caller-changes.ts); ACTOR_TTL_MS only bounds what a missed announcement could leave behind.
import type { Actor } from '@duda/authz';
import { LRUCache } from 'lru-cache';
import { spreadPeriodMs } from '../domain/spread.ts';

export const ACTOR_TTL_MS = 10 * 60_000;
/**
 * Each person's answer lives half to all of ACTOR_TTL_MS, so an exam's crowd, signed in together, reloads over
 * five minutes rather than at once (or over a narrower window that doubles a busy minute's statements).
 */
const ttlOf = (personId: string) => spreadPeriodMs(personId, ACTOR_TTL_MS, 0.5);

interface Cached {
  actor: Actor;
  loadedAt: number;
}

export interface ActorCache {
  get(personId: string, now: Date, load: () => Promise<Actor | null>): Promise<Actor | null>;
  /** After any change to roles, people or the org tree. */
  clear(): void;
}

/** `trusted`: false while changes cannot be heard (nothing cached is used or kept then). */
export function actorCache(trusted: () => boolean = () => true, max = 50_000): ActorCache {
  const entries = new LRUCache<string, Cached>({ max });
  // A load that started before a clear must not put its (possibly stale) answer back.
  let generation = 0;
  return {
    async get(personId, now, load) {
      if (!trusted()) {
        entries.clear();
        return load();
      }
      const hit = entries.get(personId);
      if (hit && now.getTime() - hit.loadedAt < ttlOf(personId) && now.getTime() >= hit.loadedAt)
        return hit.actor;
      const started = generation;
      const actor = await load();
      if (actor && started === generation) entries.set(personId, { actor, loadedAt: now.getTime() });
      return actor;
    },
    clear() {
      generation += 1;
      entries.clear();
    },
  };
}
