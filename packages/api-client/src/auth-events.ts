/**
 * The two answers that send the user somewhere else wherever they happen: an expired session (to the login
 * page) and a password that must be changed first. Detected on the HTTP responses, so every call counts,
 * whether it went through Vue Query or not.
 */
export type AuthProblem = 'unauthorized' | 'password-change-required';

import { commonErrors } from '@duda/contract-kit';

interface ErrorShape {
  data?: { code?: unknown; error?: { code?: unknown } | null };
}

/** One call's answer. With superjson the error shape sits under `json` (`{ error: { json: {…} } }`). */
interface ErrorEnvelope {
  error?: ErrorShape & { json?: ErrorShape };
}

function problemOf(envelope: ErrorEnvelope): AuthProblem | null {
  const error = envelope.error?.json ?? envelope.error;
  const code = error?.data?.code;
  if (code === 'UNAUTHORIZED') return 'unauthorized';
  if (error?.data?.error?.code === commonErrors.passwordChangeRequired.code) {
    return 'password-change-required';
  }
  return null;
}

/**
 * Whether an answer may report an auth problem: a failure, or a batch whose calls ended differently (207,
 * each call's status inside). A wrong password at login answers 401 too, but is not one.
 */
export const mayReportAuthProblem = (url: string, status: number): boolean =>
  (status >= 400 || status === 207) && !url.includes('auth.login');

/** The auth problem a tRPC answer's body reports, if any (single call or batch). */
export function authProblemIn(body: unknown): AuthProblem | null {
  if (typeof body !== 'object' || body === null) return null;
  const envelopes = (Array.isArray(body) ? body : [body]) as (ErrorEnvelope | null)[];
  return (
    envelopes
      .map((envelope) => (envelope ? problemOf(envelope) : null))
      .find((problem) => problem !== null) ?? null
  );
}

const listeners = new Set<(problem: AuthProblem) => void>();

/** The shell subscribes once: it redirects to /login or to the password change page. */
export function onAuthProblem(listener: (problem: AuthProblem) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportAuthProblem(problem: AuthProblem): void {
  for (const listener of listeners) listener(problem);
}
