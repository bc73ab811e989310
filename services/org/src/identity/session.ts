import type { Actor } from '@duda/authz';
import type { OrgDeps } from '../deps.ts';
import { needsTouch, sessionIdOf } from '../domain/session-policy.ts';
import { orgTable } from '../sql.ts';
import { actorOf } from './actor.ts';
import { sessionRowIsLive, type SessionRow } from './session-cache.ts';

export interface ResolvedSession {
  sessionId: string;
  actor: Actor;
  mustChangePassword: boolean;
}

/**
 * The session, its account and its person in one query: everything that ends a session (sign-out, revocation,
 * a disabled account, a person who left) is in these rows, and each of them announces its changes
 * (session-cache.ts), so the answer can be kept until one does.
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
  const session = await deps.sessions.get(sessionId, now, () => sessionRow(deps, sessionId));
  if (!session || !sessionRowIsLive(session, now)) return null;
  if (needsTouch(sessionId, session, now)) {
    await deps.prisma.session.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
    deps.sessions.touched(sessionId, now);
  }
  const actor = await deps.actors.get(session.personId, now, () => actorOf(deps, session.personId));
  return actor ? { sessionId, actor, mustChangePassword: session.mustChangePassword } : null;
}

export async function logout(deps: OrgDeps, sessionId: string): Promise<void> {
  await deps.prisma.session.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: deps.now() },
  });
  // Ended here at once; other processes hear of it from the session row's announcement.
  deps.sessions.forgetSession(sessionId);
}
