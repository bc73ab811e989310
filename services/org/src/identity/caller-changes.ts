// The cached callers of every org process (actor-cache.ts) are forgotten when any of them changes roles, people or
// the org tree: the change is announced on a PostgreSQL channel that each process listens to. While a process is
// not listening (starting, or its connection lost) it trusts no cached caller.
import { listenTo, type Pool } from '@duda/db';
import type { OrgPrisma } from '../prisma.ts';
import type { ActorCache } from './actor-cache.ts';

const CALLERS_CHANNEL = 'duda_org_callers';

export async function announceCallerChange(prisma: OrgPrisma): Promise<void> {
  await prisma.$executeRaw`SELECT pg_notify(${CALLERS_CHANNEL}, '')`;
}

/** Keeps `actors` right for as long as it runs; `close` at shutdown. */
export function followCallerChanges(pool: Pool, actors: ActorCache) {
  const forget = () => actors.clear();
  const listener = listenTo(pool, CALLERS_CHANNEL, { message: forget, reconnected: forget, lost: forget });
  return { trusted: () => listener.listening, close: () => listener.close() };
}
