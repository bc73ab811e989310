import { recordSignIn } from '../admin/audit.ts';
import { newSessionToken, sessionExpiry, sessionIdOf } from '../domain/session-policy.ts';
import type { OrgDeps } from '../deps.ts';
import { deviceExpiry, type TrustedDeviceRef } from './devices.ts';
import type { LoginResult } from './login.ts';

interface SigningIn {
  id: string;
  personId: string;
  mustChangePassword: boolean;
}

/**
 * After the right password: a new session, the failure count cleared where it was kept, and this browser
 * trusted from now on (a new device token when it was not yet), all in one transaction.
 */
export async function openSession(
  deps: OrgDeps,
  account: SigningIn,
  device: TrustedDeviceRef | null,
  meta: { ip: string; userAgent: string },
  now: Date,
): Promise<LoginResult> {
  const token = newSessionToken();
  const sessionId = sessionIdOf(token);
  const expiresAt = sessionExpiry(now);
  const deviceToken = device ? null : newSessionToken();
  const deviceExpiresAt = deviceExpiry(now);
  await deps.prisma.$transaction(async (tx) => {
    // A pause of new devices stays in force when the owner signs in from a trusted one: the guesser is
    // still out there. Only a login through the account's own count clears it.
    await tx.account.update({
      where: { id: account.id },
      data: device ? { lastLoginAt: now } : { failedAttempts: 0, lockedUntil: null, lastLoginAt: now },
    });
    if (device) {
      await tx.trustedDevice.update({
        where: { id: device.id },
        data: { failedAttempts: 0, lockedUntil: null, lastUsedAt: now, expiresAt: deviceExpiresAt },
      });
    } else {
      await tx.trustedDevice.deleteMany({ where: { accountId: account.id, expiresAt: { lte: now } } });
      await tx.trustedDevice.create({
        data: {
          id: sessionIdOf(deviceToken!),
          accountId: account.id,
          createdAt: now,
          lastUsedAt: now,
          expiresAt: deviceExpiresAt,
        },
      });
    }
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
      ip: meta.ip,
      userAgent: meta.userAgent,
      ...(device ? { detail: { counter: 'device' as const } } : {}),
    });
  });
  return {
    token,
    sessionId,
    expiresAt,
    mustChangePassword: account.mustChangePassword,
    deviceToken,
    deviceExpiresAt,
  };
}
