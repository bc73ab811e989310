import { authProblemIn, mayReportAuthProblem } from './auth-events.ts';
import type { AuthProblem } from './auth-events.ts';
import { createCsrfFetch } from './csrf-fetch.ts';
import { peekJson } from './peek-json.ts';

export interface GatewayFetchOptions {
  fetch?: typeof fetch;
  csrfTokenUrl?: string;
  onAuthProblem?(problem: AuthProblem): void;
}

const urlOf = (input: RequestInfo | URL) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/** The fetch every tRPC call goes through: CSRF token on mutations, auth problems reported. */
export function createGatewayFetch({
  fetch: baseFetch,
  csrfTokenUrl,
  onAuthProblem,
}: GatewayFetchOptions = {}) {
  // Looked up per call rather than captured: tests and polyfills may replace the global later.
  const platformFetch: typeof fetch = (input, init) => (baseFetch ?? globalThis.fetch)(input, init);
  const csrfFetch = createCsrfFetch({
    fetch: platformFetch,
    ...(csrfTokenUrl ? { tokenUrl: csrfTokenUrl } : {}),
  });
  return async function gatewayFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const answer = await csrfFetch(input, init);
    if (!onAuthProblem || !mayReportAuthProblem(urlOf(input), answer.status)) return answer;
    const { body, response } = await peekJson(answer);
    const problem = authProblemIn(body);
    if (problem) onAuthProblem(problem);
    return response;
  };
}
