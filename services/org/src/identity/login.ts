import { orgErrors } from '@duda/contract-org';
import { recordSignIn } from '../admin/audit.ts';
import type { OrgDeps } from '../deps.ts';
import { isLocked, LOCKOUT, minutesLeft } from '../domain/password-policy.ts';
import { decoyHash, verifyPassword } from '../domain/passwords.ts';
import { newSessionToken, sessionExpiry, sessionIdOf } from '../domain/session-policy.ts';
import { recordFailure } from './failures.ts';

export interface LoginInput {
  /** Username or 工号. */
  username: string;
  password: string;
}

export interface LoginResult {
  token: string;
  sessionId: string;
  expiresAt: Date;
  mustChangePassword: boolean;
}

/**
 * Checks the password and opens a session. Five wrong passwords in a row lock the account for
 * fifteen minutes; the message says how many tries are left, so people are not surprised by the lock.
 */
export async function login(
  deps: OrgDeps,
  input: LoginInput,
  meta: { ip: string; userAgent: string },
): Promise<LoginResult> {
  const now = deps.now();
  const username = input.username.trim();
  const account = await deps.prisma.account.findFirst({
    where: { OR: [{ username }, { person: { staffNo: username } }] },
    include: { person: true },
  });
  const seen = { ip: meta.ip, userAgent: meta.userAgent };
  const refused = (entityId: string, personId: string | null, reason: string) =>
    recordSignIn(deps.prisma, {
      action: 'account.loginFailed',
      entityId,
      personId,
      ...seen,
      detail: { reason },
    });
  if (!account) {
    await verifyPassword(await decoyHash(), input.password);
    await refused(username, null, 'unknownUser');
    throw orgErrors.wrongCredentials();
  }
  if (account.disabled || account.person.status === 'left') {
    await refused(account.id, account.personId, 'disabled');
    throw orgErrors.accountDisabled();
  }
  if (isLocked(account, now)) {
    await refused(account.id, account.personId, 'locked');
    throw orgErrors.locked({
      failures: LOCKOUT.maxFailures,
      minutes: minutesLeft(account.lockedUntil!, now),
    });
  }
  if (!(await verifyPassword(account.passwordHash, input.password))) {
    const failure = await recordFailure(
      deps,
      { accountId: account.id, personId: account.personId, ...seen },
      now,
    );
    if (failure.locked) {
      throw orgErrors.lockedNow({ failures: LOCKOUT.maxFailures, minutes: LOCKOUT.lockMinutes });
    }
    throw orgErrors.wrongPassword({ remaining: LOCKOUT.maxFailures - failure.failedAttempts });
  }
  const token = newSessionToken();
  const sessionId = sessionIdOf(token);
  const expiresAt = sessionExpiry(now);
  await deps.prisma.$transaction(async (tx) => {
    await tx.account.update({
      where: { id: account.id },
      data: { failedAttempts: 0, lockedUntil: null, lastLoginAt: now },
    });
    await tx.session.create({
      data: {
        id: sessionId,
        accountId: account.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        ip: meta.ip,
        userAgent: meta.userAgent.slice(0, 300),
      },
    });
    await recordSignIn(tx, {
      action: 'account.login',
      entityId: account.id,
      personId: account.personId,
      ...seen,
    });
  });
  return { token, sessionId, expiresAt, mustChangePassword: account.mustChangePassword };
}
