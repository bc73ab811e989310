import type { Actor } from '@duda/authz';
import type { Logger } from 'pino';

/** What every procedure of every service knows about the call it is serving. */
export interface CallerContext {
  /** Echoed in logs and in error messages so a support request can be traced. */
  requestId: string;
  /** The authenticated person, or null for anonymous calls (only login is open to those). */
  actor: Actor | null;
  /** The session the actor came in with (the gateway needs it for logout and password changes). */
  sessionId: string | null;
  /** First login or after a reset: until the password is changed, only a few procedures are open. */
  passwordChangeRequired: boolean;
  ip: string;
  userAgent: string;
  log: Logger;
  /** Present only at the gateway, which owns the session cookie; services never touch cookies. */
  sessionCookie?: SessionCookie;
}

export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
  /** The device cookie the browser sent (a browser that signed in before, ADR 0011), or null. */
  device: string | null;
  /** Kept across logouts; renewed at every login so an often-used browser stays trusted. */
  setDevice(token: string, expiresAt: Date): void;
}

/** The part of the context that crosses a process boundary when the gateway forwards to a remote service. */
export type ForwardedCaller = Pick<
  CallerContext,
  'requestId' | 'actor' | 'sessionId' | 'passwordChangeRequired' | 'ip' | 'userAgent'
>;
