import type { Actor } from '@duda/authz';
import type { OrgDeps } from '../deps.ts';
import { needsTouch, sessionIdOf, sessionIsLive } from '../domain/session-policy.ts';
import { actorOf } from './actor.ts';

export interface ResolvedSession {
  sessionId: string;
  actor: Actor;
  mustChangePassword: boolean;
}

/** The live session behind a cookie token, with its person as an Actor; null when absent or expired. */
export async function resolveSession(deps: OrgDeps, token: string): Promise<ResolvedSession | null> {
  const now = deps.now();
  const session = await deps.prisma.session.findUnique({
    where: { id: sessionIdOf(token) },
    include: { account: { include: { person: true } } },
  });
  if (!session || !sessionIsLive(session, now)) return null;
  const { account } = session;
  if (account.disabled || account.person.status === 'left') return null;
  if (needsTouch(session, now)) {
    await deps.prisma.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const actor = await actorOf(deps, account.personId);
  return actor ? { sessionId: session.id, actor, mustChangePassword: account.mustChangePassword } : null;
}

export async function logout(deps: OrgDeps, sessionId: string): Promise<void> {
  await deps.prisma.session.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: deps.now() },
  });
}
