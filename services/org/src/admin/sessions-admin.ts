// A person's signed-in browsers (登录会话), for an administrator who must see where someone is signed in and
// end it: a lost phone, a person who moved hall, a suspected shared password. Ending a session is seen by the
// person's very next request (every request reads its session row, identity/session.ts).
import type { Actor } from '@duda/authz';
import Bowser from 'bowser';
import { orgErrors } from '@duda/contract-org';
import { assertCan } from '@duda/service-kit';
import type { OrgDeps } from '../deps.ts';
import { sessionIsLive } from '../domain/session-policy.ts';
import { recordAudit } from './audit.ts';
import { assertMaySomewhere } from './guard.ts';

interface Call {
  actor: Actor;
  requestId: string;
}

export interface SessionView {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
  /** What an administrator recognises ("WeChat 8.0 · iOS 17.5, phone"); null parts when the agent says nothing. */
  device: { browser: string | null; os: string | null; phone: boolean };
}

const major = (version: string | undefined) => version?.split('.').slice(0, 2).join('.') ?? '';

function deviceOf(userAgent: string | null): SessionView['device'] {
  const parsed = Bowser.parse(userAgent ?? '');
  const named = (name: string | undefined, version: string | undefined) =>
    name ? `${name} ${major(version)}`.trim() : null;
  return {
    browser: named(parsed.browser.name, parsed.browser.version),
    os: named(parsed.os.name, parsed.os.versionName ?? parsed.os.version),
    phone: parsed.platform.type === 'mobile',
  };
}

/** The person's account, once the caller may manage people where the person works. */
async function accountOf(deps: OrgDeps, actor: Actor, personId: string) {
  assertMaySomewhere(actor, 'person.manage', orgErrors.sessionsDenied);
  const person = await deps.prisma.person.findUnique({ where: { id: personId }, include: { account: true } });
  if (!person) throw orgErrors.personNotFound();
  assertCan(actor, 'person.manage', { orgNodeId: person.orgNodeId }, orgErrors.sessionsDenied);
  if (!person.account) throw orgErrors.noAccount({}, 'personId');
  return person.account;
}

/** The live sessions only: an ended or idle-expired one signs nobody in and is nothing to act on. */
export async function listSessions(
  deps: OrgDeps,
  actor: Actor,
  input: { personId: string },
): Promise<SessionView[]> {
  const account = await accountOf(deps, actor, input.personId);
  const now = deps.now();
  const rows = await deps.prisma.session.findMany({
    where: { accountId: account.id, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: 'desc' },
    take: 100,
  });
  return rows
    .filter((row) => sessionIsLive(row, now))
    .map(({ id, createdAt, lastSeenAt, expiresAt, ip, userAgent }) => ({
      id,
      createdAt,
      lastSeenAt,
      expiresAt,
      ip,
      userAgent,
      device: deviceOf(userAgent),
    }));
}

/** Ends one named session of the person, or all of them; the audit log says how many and which. */
export async function revokeSessions(
  deps: OrgDeps,
  call: Call,
  input: { personId: string; sessionId?: string },
): Promise<{ revoked: number }> {
  const account = await accountOf(deps, call.actor, input.personId);
  const now = deps.now();
  const revoked = await deps.prisma.$transaction(async (tx) => {
    const { count } = await tx.session.updateMany({
      where: {
        accountId: account.id,
        revokedAt: null,
        ...(input.sessionId ? { id: input.sessionId } : {}),
      },
      data: { revokedAt: now },
    });
    if (count > 0)
      await recordAudit(tx, call.actor, call.requestId, {
        action: 'account.revokeSessions',
        entityType: 'Account',
        entityId: account.id,
        after: { revoked: count, session: input.sessionId ?? 'all' },
      });
    return { revoked: count };
  });
  // Ended here at once; other processes hear of it from the session rows' announcements (session-cache.ts).
  deps.sessions.forgetPerson(input.personId);
  return revoked;
}
