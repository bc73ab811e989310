import { createHash, randomBytes } from 'node:crypto';
import { spreadPeriodMs } from './spread.ts';

// A session ends after a working day, or earlier when left idle; on-site inspectors may be away from the
// screen for a while, their drafts are kept anyway.
export const SESSION = {
  absoluteHours: 12,
  idleMinutes: 120,
  /**
   * lastSeenAt is refreshed at most this often, to keep reads from writing on every request: an examinee
   * autosaves every 30 s, and the idle limit is two hours, so five minutes costs the limit nothing. Each
   * session refreshes after its own share of it (half to all, spread.ts), or an exam's crowd, signed in
   * together, would write all its sessions in the same half minute.
   */
  touchEverySeconds: 300,
} as const;

export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** Sessions are stored by the hash of their token, so a database leak does not leak live sessions. */
export const sessionIdOf = (token: string): string => createHash('sha256').update(token).digest('hex');

export const sessionExpiry = (now: Date): Date => new Date(now.getTime() + SESSION.absoluteHours * 3_600_000);

export interface SessionTimes {
  expiresAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
}

export function sessionIsLive(session: SessionTimes, now: Date): boolean {
  if (session.revokedAt) return false;
  if (session.expiresAt <= now) return false;
  return now.getTime() - session.lastSeenAt.getTime() < SESSION.idleMinutes * 60_000;
}

export const needsTouch = (sessionId: string, session: SessionTimes, now: Date): boolean =>
  now.getTime() - session.lastSeenAt.getTime() >=
  spreadPeriodMs(sessionId, SESSION.touchEverySeconds * 1000, 0.5);
