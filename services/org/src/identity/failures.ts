import { LOCKOUT } from '../domain/password-policy.ts';
import type { OrgDeps } from '../deps.ts';

/**
 * Counts one more wrong password in the database itself (an increment, not read-modify-write), so parallel
 * guesses each count; the lock is decided from the count the increment returned. Returns that count and
 * whether this failure locked (or found locked) the account.
 */
export async function recordFailure(
  deps: OrgDeps,
  accountId: string,
  now: Date,
): Promise<{ failedAttempts: number; locked: boolean }> {
  // An expired lock starts a fresh count.
  await deps.prisma.account.updateMany({
    where: { id: accountId, lockedUntil: { lte: now } },
    data: { failedAttempts: 0, lockedUntil: null },
  });
  const { failedAttempts } = await deps.prisma.account.update({
    where: { id: accountId },
    data: { failedAttempts: { increment: 1 } },
    select: { failedAttempts: true },
  });
  if (failedAttempts < LOCKOUT.maxFailures) return { failedAttempts, locked: false };
  await deps.prisma.account.update({
    where: { id: accountId },
    data: { lockedUntil: new Date(now.getTime() + LOCKOUT.lockMinutes * 60_000) },
  });
  return { failedAttempts, locked: true };
}
