/**
 * The two answers that send the user somewhere else wherever they happen: an expired session (to the login
 * page) and a password that must be changed first. Detected on the HTTP responses, so every call counts,
 * whether it went through Vue Query or not.
 */
export type AuthProblem = 'unauthorized' | 'password-change-required';

/** The gateway's message for PRECONDITION_FAILED when the password must be changed before anything else. */
export const PASSWORD_CHANGE_REQUIRED_MESSAGE = '首次登录或密码重置后，请先修改密码';

interface ErrorEnvelope {
  error?: { message?: unknown; data?: { code?: unknown } };
}

function problemOf(envelope: ErrorEnvelope): AuthProblem | null {
  const code = envelope.error?.data?.code;
  if (code === 'UNAUTHORIZED') return 'unauthorized';
  if (code === 'PRECONDITION_FAILED' && envelope.error?.message === PASSWORD_CHANGE_REQUIRED_MESSAGE) {
    return 'password-change-required';
  }
  return null;
}

/** The auth problem a tRPC response reports, if any. A wrong password at login is not one. */
export async function authProblemOf(url: string, response: Response): Promise<AuthProblem | null> {
  // A batch whose calls ended differently answers 207, with each call's status inside.
  if ((response.status < 400 && response.status !== 207) || url.includes('auth.login')) return null;
  try {
    const body = (await response.clone().json()) as ErrorEnvelope | ErrorEnvelope[];
    const envelopes = Array.isArray(body) ? body : [body];
    return envelopes.map(problemOf).find((problem) => problem !== null) ?? null;
  } catch {
    return null;
  }
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
