// Password rules (密码规则) and lockout policy as plain functions.
import type { AppError } from '@duda/contract-kit';
import { orgErrors } from '@duda/contract-org';

export const PASSWORD_MIN_LENGTH = 8;
const PASSWORD_MAX_LENGTH = 128;

/** Why a new password is not acceptable, as the error about the input `field`, or null when it is. */
export function passwordProblem(
  password: string,
  context: { staffNo: string; username: string },
  field: string,
): AppError | null {
  if (password.length < PASSWORD_MIN_LENGTH)
    return orgErrors.passwordTooShort({ minimum: PASSWORD_MIN_LENGTH }, field);
  if (password.length > PASSWORD_MAX_LENGTH)
    return orgErrors.passwordTooLong({ maximum: PASSWORD_MAX_LENGTH }, field);
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password))
    return orgErrors.passwordNeedsLettersAndDigits({}, field);
  const lower = password.toLowerCase();
  if (lower.includes(context.staffNo.toLowerCase()) || lower.includes(context.username.toLowerCase())) {
    return orgErrors.passwordContainsIdentity({}, field);
  }
  return null;
}

export const LOCKOUT = {
  /** Consecutive wrong passwords that lock the account. */
  maxFailures: 5,
  lockMinutes: 15,
} as const;

export interface LockState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

export const isLocked = (state: LockState, now: Date): boolean =>
  state.lockedUntil !== null && state.lockedUntil > now;

export const minutesLeft = (lockedUntil: Date, now: Date) =>
  Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
