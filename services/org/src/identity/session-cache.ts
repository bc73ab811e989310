// Every signed-in request asks who is calling; an exam's ten thousand examinees ask 333 times a second. Reading
// the session, its account and its person each time was half of PostgreSQL's statements and most of its CPU per
// save (ADR 0031), so each org process keeps the sessions it has seen. It stays truthful because everything that
// ends or changes a session is announced by the database itself: triggers on the session, account and person
// rows send `session:<id>` or `person:<id>` on the callers channel when the writing transaction commits, however
// the row was written (caller-changes.ts forwards them here). The process that made the change through its own
// code forgets at once, without waiting for its announcement. While changes cannot be heard, nothing cached is
// used or kept; SESSION_TTL_MS only bounds what a lost announcement could leave behind.
//
// Only a live answer is ever taken from the cache: a session it holds that looks ended (idle, expired) is read
// again, since another process may have refreshed its last-seen time.
import { sessionIsLive, type SessionTimes } from '../domain/session-policy.ts';
import { announcedCache } from './announced-cache.ts';

export const SESSION_TTL_MS = 10 * 60_000;

/** The session with what can end it or change how it is answered: its account and its person. */
export interface SessionRow extends SessionTimes {
  personId: string;
  disabled: boolean;
  mustChangePassword: boolean;
  personStatus: string;
}

/** Whether the row lets its session be used at `now`. */
export const sessionRowIsLive = (row: SessionRow, now: Date): boolean =>
  sessionIsLive(row, now) && !row.disabled && row.personStatus !== 'left';

export interface SessionCache {
  /** The live session row; `load` reads it from the database when the cache has no live answer. */
  get(sessionId: string, now: Date, load: () => Promise<SessionRow | null>): Promise<SessionRow | null>;
  /** The session's last-seen time was written. */
  touched(sessionId: string, at: Date): void;
  forgetSession(sessionId: string): void;
  /** Every session of the person: their account or person row changed. */
  forgetPerson(personId: string): void;
  clear(): void;
}

/** `trusted`: false while changes cannot be heard (nothing cached is used or kept then). */
export function sessionCache(trusted: () => boolean = () => true, max = 50_000): SessionCache {
  const cache = announcedCache<SessionRow>({ ttlMs: SESSION_TTL_MS, trusted, max, usable: sessionRowIsLive });
  return {
    get: cache.get,
    touched: (sessionId, at) => cache.update(sessionId, (row) => ({ ...row, lastSeenAt: at })),
    forgetSession: cache.forget,
    forgetPerson: (personId) => cache.forgetWhere((row) => row.personId === personId),
    clear: cache.clear,
  };
}
