import { recordSignIn } from '../admin/audit.ts';
import { LOCKOUT } from '../domain/password-policy.ts';
import type { OrgDeps } from '../deps.ts';

/** Who failed to log in, and from where, for the audit log. */
export interface FailedAttempt {
  accountId: string;
  personId: string;
  ip: string;
  userAgent: string;
}

/**
 * Counts one more wrong password in the database itself (an increment, not read-modify-write), so parallel
 * guesses each count; the lock is decided from the count the increment returned. The audit entry (a failure,
 * or the lockout) is written in the same transaction, so no counted failure goes unlogged. Returns that
 * count and whether this failure locked (or found locked) the account.
 */
export async function recordFailure(
  deps: OrgDeps,
  attempt: FailedAttempt,
  now: Date,
): Promise<{ failedAttempts: number; locked: boolean }> {
  const { accountId } = attempt;
  return deps.prisma.$transaction(
    async (tx) => {
      // An expired lock starts a fresh count.
      await tx.account.updateMany({
        where: { id: accountId, lockedUntil: { lte: now } },
        data: { failedAttempts: 0, lockedUntil: null },
      });
      const { failedAttempts } = await tx.account.update({
        where: { id: accountId },
        data: { failedAttempts: { increment: 1 } },
        select: { failedAttempts: true },
      });
      const locked = failedAttempts >= LOCKOUT.maxFailures;
      if (locked) {
        await tx.account.update({
          where: { id: accountId },
          data: { lockedUntil: new Date(now.getTime() + LOCKOUT.lockMinutes * 60_000) },
        });
      }
      await recordSignIn(tx, {
        action: locked ? 'account.locked' : 'account.loginFailed',
        entityId: accountId,
        personId: attempt.personId,
        ip: attempt.ip,
        userAgent: attempt.userAgent,
        detail: { reason: 'wrongPassword', failedAttempts },
      });
      return { failedAttempts, locked };
    },
    // Parallel guesses queue on the account's row; give them time to reach it.
    { maxWait: 10_000 },
  );
}
