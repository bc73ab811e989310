// Password rules (密码规则) and lockout policy as plain functions.

export const PASSWORD_MIN_LENGTH = 8;

/** Why a new password is not acceptable, in Chinese, or null when it is. */
export function passwordProblem(
  password: string,
  context: { staffNo: string; username: string },
): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `密码至少需要 ${PASSWORD_MIN_LENGTH} 位`;
  if (password.length > 128) return '密码不能超过 128 位';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '密码需要同时包含字母和数字';
  const lower = password.toLowerCase();
  if (lower.includes(context.staffNo.toLowerCase()) || lower.includes(context.username.toLowerCase())) {
    return '密码不能包含工号或用户名';
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

/** The lock state after one more wrong password. */
export function afterFailure(state: LockState, now: Date): LockState {
  const failures = (state.lockedUntil && state.lockedUntil <= now ? 0 : state.failedAttempts) + 1;
  if (failures >= LOCKOUT.maxFailures) {
    return { failedAttempts: failures, lockedUntil: new Date(now.getTime() + LOCKOUT.lockMinutes * 60_000) };
  }
  return { failedAttempts: failures, lockedUntil: null };
}

export const minutesLeft = (lockedUntil: Date, now: Date) =>
  Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
