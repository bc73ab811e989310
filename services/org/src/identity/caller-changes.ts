// What every org process keeps about callers — their roles (actor-cache.ts) and their sessions
// (session-cache.ts) — is corrected when any process, or anything else, changes it: the change is announced on a
// PostgreSQL channel that each process listens to. The admin router announces role, people and org-tree changes
// (an empty message: every cached caller is forgotten); triggers on the session, account and person rows announce
// `session:<id>` and `person:<id>` (migration 20261203150000_session_announcements). While a process is not
// listening (starting, or its connection lost) it trusts nothing it cached.
import { listenTo, type Pool } from '@duda/db';
import type { OrgPrisma } from '../prisma.ts';
import type { ActorCache } from './actor-cache.ts';
import type { SessionCache } from './session-cache.ts';

const CALLERS_CHANNEL = 'duda_org_callers';

export async function announceCallerChange(prisma: OrgPrisma): Promise<void> {
  await prisma.$executeRaw`SELECT pg_notify(${CALLERS_CHANNEL}, '')`;
}

/** What one announcement makes the caches forget. */
export function applyCallerChange(payload: string, actors: ActorCache, sessions: SessionCache): void {
  const [kind, id] = payload.split(':', 2);
  if (kind === 'session' && id) sessions.forgetSession(id);
  else if (kind === 'person' && id) sessions.forgetPerson(id);
  else actors.clear();
}

/** Keeps `actors` and `sessions` right for as long as it runs; `close` at shutdown. */
export function followCallerChanges(pool: Pool, actors: ActorCache, sessions: SessionCache) {
  const forget = () => {
    actors.clear();
    sessions.clear();
  };
  const listener = listenTo(pool, CALLERS_CHANNEL, {
    message: (payload) => applyCallerChange(payload, actors, sessions),
    reconnected: forget,
    lost: forget,
  });
  return { trusted: () => listener.listening, close: () => listener.close() };
}
