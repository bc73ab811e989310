import { DomainError } from '@duda/service-kit/errors';
import type { OrgDeps } from '../deps.ts';
import { afterFailure, isLocked, LOCKOUT, minutesLeft } from '../domain/password-policy.ts';
import { decoyHash, verifyPassword } from '../domain/passwords.ts';
import { newSessionToken, sessionExpiry, sessionIdOf } from '../domain/session-policy.ts';

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

const WRONG = '用户名或密码错误';

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
  if (!account) {
    await verifyPassword(await decoyHash(), input.password);
    throw new DomainError('UNAUTHORIZED', WRONG);
  }
  if (account.disabled || account.person.status === 'left') {
    throw new DomainError('FORBIDDEN', '该账号已停用，请联系系统管理员');
  }
  if (isLocked(account, now)) {
    throw new DomainError(
      'TOO_MANY_REQUESTS',
      `密码连续输错 ${LOCKOUT.maxFailures} 次，账号已锁定，请 ${minutesLeft(account.lockedUntil!, now)} 分钟后再试或联系系统管理员重置密码`,
    );
  }
  if (!(await verifyPassword(account.passwordHash, input.password))) {
    const next = afterFailure(account, now);
    await deps.prisma.account.update({ where: { id: account.id }, data: next });
    if (next.lockedUntil) {
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        `密码连续输错 ${LOCKOUT.maxFailures} 次，账号已锁定 ${LOCKOUT.lockMinutes} 分钟`,
      );
    }
    throw new DomainError(
      'UNAUTHORIZED',
      `${WRONG}，再输错 ${LOCKOUT.maxFailures - next.failedAttempts} 次账号将被锁定`,
    );
  }
  const token = newSessionToken();
  const sessionId = sessionIdOf(token);
  const expiresAt = sessionExpiry(now);
  await deps.prisma.$transaction([
    deps.prisma.account.update({
      where: { id: account.id },
      data: { failedAttempts: 0, lockedUntil: null, lastLoginAt: now },
    }),
    deps.prisma.session.create({
      data: {
        id: sessionId,
        accountId: account.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        ip: meta.ip,
        userAgent: meta.userAgent.slice(0, 300),
      },
    }),
  ]);
  return { token, sessionId, expiresAt, mustChangePassword: account.mustChangePassword };
}
