// Who a person is for authorization — roles and the org ids under each — is needed on every request and changes
// only by an administrator's write, so it is kept per person instead of being read each time (ADR 0020); what ends
// a session is kept apart, in session-cache.ts (ADR 0031). A role or org-tree change clears the cache of the
// process that made it at once and of every other org process when its announcement arrives (caller-changes.ts);
// ACTOR_TTL_MS only bounds what a missed announcement could leave behind. Each person's answer lives half to all of
// it, so an exam's crowd, signed in together, reloads over five minutes rather than at once.
import type { Actor } from '@duda/authz';
import { announcedCache } from './announced-cache.ts';

export const ACTOR_TTL_MS = 10 * 60_000;

export interface ActorCache {
  get(personId: string, now: Date, load: () => Promise<Actor | null>): Promise<Actor | null>;
  /** After any change to roles, people or the org tree. */
  clear(): void;
}

/** `trusted`: false while changes cannot be heard (nothing cached is used or kept then). */
export function actorCache(trusted: () => boolean = () => true, max = 50_000): ActorCache {
  const cache = announcedCache<Actor>({ ttlMs: ACTOR_TTL_MS, trusted, max });
  return { get: cache.get, clear: cache.clear };
}
