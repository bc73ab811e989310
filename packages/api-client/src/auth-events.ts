/**
 * The two answers that send the user somewhere else wherever they happen: an expired session (to the login
 * page) and a password that must be changed first. Detected on the HTTP responses, so every call counts,
 * whether it went through Vue Query or not.
 */
export type AuthProblem = 'unauthorized' | 'password-change-required';

/** The gateway's message for PRECONDITION_FAILED when the password must be changed before anything else. */
export const PASSWORD_CHANGE_REQUIRED_MESSAGE = '首次登录或密码重置后，请先修改密码';

interface ErrorShape {
  message?: unknown;
  data?: { code?: unknown };
}

/** One call's answer. With superjson the error shape sits under `json` (`{ error: { json: {…} } }`). */
interface ErrorEnvelope {
  error?: ErrorShape & { json?: ErrorShape };
}

function problemOf(envelope: ErrorEnvelope): AuthProblem | null {
  const error = envelope.error?.json ?? envelope.error;
  const code = error?.data?.code;
  if (code === 'UNAUTHORIZED') return 'unauthorized';
  if (code === 'PRECONDITION_FAILED' && error?.message === PASSWORD_CHANGE_REQUIRED_MESSAGE) {
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
