import type { Actor } from '@duda/authz';
import type { OrgDeps } from '../deps.ts';
import { needsTouch, sessionIdOf, sessionIsLive, type SessionTimes } from '../domain/session-policy.ts';
import { orgTable } from '../sql.ts';
import { actorOf } from './actor.ts';

export interface ResolvedSession {
  sessionId: string;
  actor: Actor;
  mustChangePassword: boolean;
}

interface SessionRow extends SessionTimes {
  personId: string;
  disabled: boolean;
  mustChangePassword: boolean;
  personStatus: string;
}

/**
 * The session, its account and its person in one query: every request of every signed-in user asks, so it
 * is one round trip, and what ends a session (sign-out, revocation, a disabled account, a person who left)
 * is seen at once.
 */
async function sessionRow(deps: OrgDeps, sessionId: string): Promise<SessionRow | null> {
  const rows = await deps.prisma.$queryRaw<SessionRow[]>`
    SELECT s."expiresAt", s."lastSeenAt", s."revokedAt", a."personId", a."disabled", a."mustChangePassword",
           p."status"::text AS "personStatus"
    FROM ${orgTable('Session')} s
      JOIN ${orgTable('Account')} a ON a."id" = s."accountId"
      JOIN ${orgTable('Person')} p ON p."id" = a."personId"
    WHERE s."id" = ${sessionId}`;
  return rows[0] ?? null;
}

/** The live session behind a cookie token, with its person as an Actor; null when absent or expired. */
export async function resolveSession(deps: OrgDeps, token: string): Promise<ResolvedSession | null> {
  const now = deps.now();
  const sessionId = sessionIdOf(token);
  const session = await sessionRow(deps, sessionId);
  if (!session || !sessionIsLive(session, now)) return null;
  if (session.disabled || session.personStatus === 'left') return null;
  if (needsTouch(sessionId, session, now)) {
    await deps.prisma.session.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const actor = await deps.actors.get(session.personId, now, () => actorOf(deps, session.personId));
  return actor ? { sessionId, actor, mustChangePassword: session.mustChangePassword } : null;
}

export async function logout(deps: OrgDeps, sessionId: string): Promise<void> {
  await deps.prisma.session.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: deps.now() },
  });
}
