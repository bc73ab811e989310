// The org service as a module: what the gateway composes and what runs it as its own process.
import type { Pool } from '@duda/db';
import { defineServiceModule, type ServiceEnv } from '@duda/service-kit';
import { database } from './database.ts';
import type { OrgDeps } from './deps.ts';
import { actorCache } from './identity/actor-cache.ts';
import { followCallerChanges } from './identity/caller-changes.ts';
import { sessionCache } from './identity/session-cache.ts';
import { localIdentity } from './identity/port.ts';
import { createOrgPrisma } from './prisma.ts';
import { createOrgRouter } from './router/index.ts';
import { seedOrg } from './seed/index.ts';

/** The org service, in-process: its public router, the identity port for the gateway, and shutdown. */
export function createOrgService(options: { pool: Pool; now?: () => Date }) {
  // Trusted only once the process hears of changes other processes make (caller-changes.ts).
  const actors = actorCache(() => callerChanges.trusted());
  const sessions = sessionCache(() => callerChanges.trusted());
  const callerChanges = followCallerChanges(options.pool, actors, sessions);
  const deps: OrgDeps = {
    prisma: createOrgPrisma(options.pool),
    now: options.now ?? (() => new Date()),
    actors,
    sessions,
  };
  return {
    database,
    router: createOrgRouter(deps),
    identity: localIdentity(deps),
    /** Whether this process hears of caller changes made elsewhere (until then it caches no caller or session). */
    callerChanges,
    prisma: deps.prisma,
    /** What the handlers run on, for a bench that calls a service function without tRPC. */
    deps,
    close: async () => {
      await callerChanges.close();
      await deps.prisma.$disconnect();
    },
  };
}

export type OrgService = ReturnType<typeof createOrgService>;

export const orgModule = defineServiceModule({
  name: 'org',
  database,
  calls: [],
  router: createOrgRouter,
  create: (env: ServiceEnv) => createOrgService({ pool: env.pool, now: env.now }),
  // The organisation and its 460 staff; hands the other steps the ids they build on.
  seed: { after: [], run: (service: OrgService) => seedOrg(service.prisma) },
});
