// Who a person is for authorization — roles and the org ids under each — is needed on every request and changes
// only by an administrator's write, so it is kept per person for a short while instead of being read in four
// queries each time (ADR 0020). The session, account and person rows are still read on every
// request, so a sign-out, a revoked session, a disabled account or a person who left take effect at once; a role
// or org-tree change takes effect at once in the process that made it (the admin router clears the cache) and
// within ACTOR_TTL_MS in any other process.
import type { Actor } from '@duda/authz';
import { LRUCache } from 'lru-cache';

export const ACTOR_TTL_MS = 30_000;

interface Cached {
  actor: Actor;
  loadedAt: number;
}

export interface ActorCache {
  get(personId: string, now: Date, load: () => Promise<Actor | null>): Promise<Actor | null>;
  /** After any change to roles, people or the org tree. */
  clear(): void;
}

export function actorCache(max = 50_000): ActorCache {
  const entries = new LRUCache<string, Cached>({ max });
  // A load that started before a clear must not put its (possibly stale) answer back.
  let generation = 0;
  return {
    async get(personId, now, load) {
      const hit = entries.get(personId);
      if (hit && now.getTime() - hit.loadedAt < ACTOR_TTL_MS && now.getTime() >= hit.loadedAt)
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
