// How one caller's answer to one probe is judged. A leak is a caller who may not call the procedure getting
// an answer, or anyone receiving data they may not see, or a refused change that changed something anyway.
import type { ProbeCaller } from '@duda/service-org/testing/authz-probes';
import type { RawAnswer } from './http-call.ts';

export type Verdict =
  | { kind: 'allowed' }
  | { kind: 'refused' }
  /** Data or power reached someone who may not have it. */
  | { kind: 'leak'; why: string }
  /** Not a leak, still wrong: an allowed caller refused, a 5xx, a refusal with the wrong status. */
  | { kind: 'wrong'; why: string };

export interface Expectation {
  caller: ProbeCaller;
  allowed: readonly ProbeCaller[];
  /** Who may see `secrets` in the answer. */
  sees: readonly ProbeCaller[];
  secrets: readonly string[];
  /** What the caller sent: data they sent themselves is no leak when it comes back. */
  sentInput: unknown;
}

/** The statuses a refusal may have: anonymous callers must sign in, others are forbidden or told "not found". */
const refusalStatuses = (caller: ProbeCaller) => (caller === 'anonymous' ? [401] : [403, 404]);

function leakedSecrets(expected: Expectation, body: string): string[] {
  if (expected.sees.includes(expected.caller)) return [];
  const sent = expected.sentInput instanceof FormData ? '' : (JSON.stringify(expected.sentInput) ?? '');
  return expected.secrets.filter(
    (secret) => secret !== '' && !sent.includes(secret) && body.includes(secret),
  );
}

export function judge(expected: Expectation, answer: RawAnswer): Verdict {
  const leaked = leakedSecrets(expected, answer.body);
  const carries = leaked.length > 0 ? `its answer carries ${leaked.map((s) => `"${s}"`).join(', ')}` : null;
  if (expected.allowed.includes(expected.caller)) {
    if (answer.status === 401 || answer.status === 403)
      return { kind: 'wrong', why: `an allowed caller was refused (${answer.status})` };
    if (answer.status >= 500) return { kind: 'wrong', why: `answered ${answer.status}` };
    return carries ? { kind: 'leak', why: carries } : { kind: 'allowed' };
  }
  if (answer.status < 300) return { kind: 'leak', why: `a refused caller got ${answer.status}` };
  if (carries) return { kind: 'leak', why: carries };
  if (!refusalStatuses(expected.caller).includes(answer.status))
    return {
      kind: 'wrong',
      why: `refused with ${answer.status}, not ${refusalStatuses(expected.caller).join('/')}`,
    };
  return { kind: 'refused' };
}

/** A refused change re-read by its owner before and after: any difference is a leak. */
export const changedBy = (before: unknown, after: unknown): Verdict | null =>
  JSON.stringify(before) === JSON.stringify(after)
    ? null
    : { kind: 'leak', why: 'a refused call changed the resource (its owner reads it differently)' };
