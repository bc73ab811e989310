import { recordSignIn } from '../admin/audit.ts';
import { isLocked, LOCKOUT, type LockState } from '../domain/password-policy.ts';
import type { OrgDeps } from '../deps.ts';
import type { Tx } from '../admin/audit.ts';

/**
 * Where a login's failures are counted (ADR 0011): on the trusted device it came from, else on the account
 * (which then pauses only new devices), else — for a name that is no account — on the name, so that a
 * guessed name answers exactly as a real one does.
 */
export type FailureCounter =
  { kind: 'device'; id: string } | { kind: 'account'; id: string } | { kind: 'name'; name: string };

/** Who failed to log in, and from where, for the audit log. */
export interface FailedAttempt {
  /** The account's id, or the name typed when it is no account. */
  entityId: string;
  personId: string | null;
  ip: string;
  userAgent: string;
}

const NAMES_KEPT_MS = 24 * 3_600_000;

export async function lockStateOf(deps: OrgDeps, counter: FailureCounter): Promise<LockState | null> {
  const select = { failedAttempts: true, lockedUntil: true } as const;
  if (counter.kind === 'device')
    return deps.prisma.trustedDevice.findUnique({ where: { id: counter.id }, select });
  if (counter.kind === 'account')
    return deps.prisma.account.findUnique({ where: { id: counter.id }, select });
  return deps.prisma.loginThrottle.findUnique({ where: { name: counter.name }, select });
}

export const lockedNow = (state: LockState | null, now: Date): boolean =>
  state !== null && isLocked(state, now);

/** Increments the counter in the database; an expired lock starts a fresh count. Returns the new count. */
async function increment(tx: Tx, counter: FailureCounter, now: Date): Promise<number> {
  const expired = { lockedUntil: { lte: now } };
  const fresh = { failedAttempts: 0, lockedUntil: null };
  const bump = { failedAttempts: { increment: 1 } };
  const select = { failedAttempts: true } as const;
  if (counter.kind === 'device') {
    await tx.trustedDevice.updateMany({ where: { id: counter.id, ...expired }, data: fresh });
    return (await tx.trustedDevice.update({ where: { id: counter.id }, data: bump, select })).failedAttempts;
  }
  if (counter.kind === 'account') {
    await tx.account.updateMany({ where: { id: counter.id, ...expired }, data: fresh });
    return (await tx.account.update({ where: { id: counter.id }, data: bump, select })).failedAttempts;
  }
  // Names that are no account are forgotten a day after their last failure, so guessing cannot grow the table.
  await tx.loginThrottle.deleteMany({
    where: { lastFailureAt: { lt: new Date(now.getTime() - NAMES_KEPT_MS) } },
  });
  await tx.loginThrottle.updateMany({ where: { name: counter.name, ...expired }, data: fresh });
  const row = await tx.loginThrottle.upsert({
    where: { name: counter.name },
    create: { name: counter.name, failedAttempts: 1, lastFailureAt: now },
    update: { ...bump, lastFailureAt: now },
    select,
  });
  return row.failedAttempts;
}

async function lock(tx: Tx, counter: FailureCounter, until: Date): Promise<void> {
  const data = { lockedUntil: until };
  if (counter.kind === 'device') await tx.trustedDevice.update({ where: { id: counter.id }, data });
  else if (counter.kind === 'account') await tx.account.update({ where: { id: counter.id }, data });
  else await tx.loginThrottle.update({ where: { name: counter.name }, data });
}

/**
 * Counts one more wrong password in the database itself (an increment, not read-modify-write), so parallel
 * guesses each count; the lock is decided from the count the increment returned. The audit entry (a failure,
 * or the lock) is written in the same transaction, so no counted failure goes unlogged.
 */
export async function recordFailure(
  deps: OrgDeps,
  counter: FailureCounter,
  attempt: FailedAttempt,
  reason: 'wrongPassword' | 'unknownUser',
  now: Date,
): Promise<{ failedAttempts: number; locked: boolean }> {
  return deps.prisma.$transaction(
    async (tx) => {
      const failedAttempts = await increment(tx, counter, now);
      const locked = failedAttempts >= LOCKOUT.maxFailures;
      if (locked) await lock(tx, counter, new Date(now.getTime() + LOCKOUT.lockMinutes * 60_000));
      await recordSignIn(tx, {
        action: locked ? 'account.locked' : 'account.loginFailed',
        ...attempt,
        detail: { reason, failedAttempts, counter: counter.kind },
      });
      return { failedAttempts, locked };
    },
    // Parallel guesses queue on the counter's row; give them time to reach it.
    { maxWait: 10_000 },
  );
}
