import type { ActorCache } from './identity/actor-cache.ts';
import type { SessionCache } from './identity/session-cache.ts';
import type { OrgPrisma } from './prisma.ts';

/** What the org service's handlers run on; tests pass their own clock. */
export interface OrgDeps {
  prisma: OrgPrisma;
  now: () => Date;
  /** Each person's roles and scopes, for a short while (identity/actor-cache.ts). */
  actors: ActorCache;
  /** The sessions this process has seen, forgotten when anything changes them (identity/session-cache.ts). */
  sessions: SessionCache;
}
