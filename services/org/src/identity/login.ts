import { orgErrors } from '@duda/contract-org';
import { recordSignIn } from '../admin/audit.ts';
import type { OrgDeps } from '../deps.ts';
import { LOCKOUT, minutesLeft } from '../domain/password-policy.ts';
import { decoyHash, verifyPassword } from '../domain/passwords.ts';
import { trustedDevice } from './devices.ts';
import { lockedNow, lockStateOf, recordFailure, type FailureCounter } from './failures.ts';
import { openSession } from './open-session.ts';

export interface LoginInput {
  /** Username or 工号. */
  username: string;
  password: string;
  /** The device cookie this browser holds from an earlier login, if any (ADR 0011). */
  deviceToken?: string | null;
}

export interface LoginResult {
  token: string;
  sessionId: string;
  expiresAt: Date;
  mustChangePassword: boolean;
  /** A new device cookie when this browser was not yet trusted; null: keep the one it sent (trust renewed). */
  deviceToken: string | null;
  deviceExpiresAt: Date;
}

/**
 * Checks the password and opens a session. Five wrong passwords in a row pause the account — for new
 * devices only: a browser that has signed in to it before keeps its own count (OWASP's device cookies,
 * ADR 0011), so a stranger guessing cannot lock its owner out. An unknown name and a wrong password get
 * the same answer, and a paused name the same pause whether it exists or not.
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
  const device = account ? await trustedDevice(deps, account.id, input.deviceToken, now) : null;
  const counter: FailureCounter = device
    ? { kind: 'device', id: device.id }
    : account
      ? { kind: 'account', id: account.id }
      : { kind: 'name', name: username };
  const attempt = {
    entityId: account?.id ?? username,
    personId: account?.personId ?? null,
    ip: meta.ip,
    userAgent: meta.userAgent,
  };
  const pausedFor = (until: Date) => {
    const minutes = minutesLeft(until, now);
    return device ? orgErrors.devicePaused({ minutes }) : orgErrors.loginPaused({ minutes });
  };

  // While paused the password is not even checked: the answer must not tell a right guess from a wrong one.
  const state = await lockStateOf(deps, counter);
  if (lockedNow(state, now)) {
    await recordSignIn(deps.prisma, {
      action: 'account.loginFailed',
      ...attempt,
      detail: { reason: 'paused', counter: counter.kind },
    });
    throw pausedFor(state!.lockedUntil!);
  }
  const passwordOk = await verifyPassword(account?.passwordHash ?? (await decoyHash()), input.password);
  if (!account || !passwordOk) {
    const failure = await recordFailure(
      deps,
      counter,
      attempt,
      account ? 'wrongPassword' : 'unknownUser',
      now,
    );
    if (failure.locked) throw pausedFor(new Date(now.getTime() + LOCKOUT.lockMinutes * 60_000));
    throw orgErrors.wrongCredentials();
  }
  // Told only to someone who knows the password, so it reveals nothing to a guesser.
  if (account.disabled || account.person.status === 'left') {
    await recordSignIn(deps.prisma, {
      action: 'account.loginFailed',
      ...attempt,
      detail: { reason: 'disabled' },
    });
    throw orgErrors.accountDisabled();
  }
  return openSession(deps, account, device, meta, now);
}
