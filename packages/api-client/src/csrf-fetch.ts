import { peekJson } from './peek-json.ts';

/**
 * Adds the CSRF token the gateway requires on every POST, fetching it on first use. When the gateway
 * rejects the token (its cookie expired or was replaced in another tab) a fresh one is fetched and the
 * request is sent once more; a second rejection is passed on to the caller.
 */
export interface CsrfFetchOptions {
  fetch: typeof fetch;
  /** Answers `{ token }` and sets the signed cookie the token is bound to. */
  tokenUrl?: string;
  headerName?: string;
}

const CSRF_ERROR = /^FST_CSRF_/;

/** @fastify/csrf-protection's refusals carry `code: 'FST_CSRF_…'`; other 403s are tRPC's FORBIDDEN. */
const isCsrfRejection = (body: unknown) =>
  typeof body === 'object' &&
  body !== null &&
  'code' in body &&
  typeof body.code === 'string' &&
  CSRF_ERROR.test(body.code);

export function createCsrfFetch({
  fetch: baseFetch,
  tokenUrl = '/api/csrf-token',
  headerName = 'x-csrf-token',
}: CsrfFetchOptions) {
  let token: Promise<string> | null = null;

  function currentToken(): Promise<string> {
    token ??= baseFetch(tokenUrl, { headers: { accept: 'application/json' }, cache: 'no-store' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${tokenUrl} answered ${response.status}`);
        return ((await response.json()) as { token: string }).token;
      })
      .catch((error: unknown) => {
        token = null;
        throw error;
      });
    return token;
  }

  async function send(
    input: RequestInfo | URL,
    init: RequestInit,
    attempt: Promise<string>,
  ): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set(headerName, await attempt);
    return baseFetch(input, { ...init, headers });
  }

  return async function csrfFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
    if ((init.method ?? 'GET').toUpperCase() !== 'POST') return baseFetch(input, init);
    const used = currentToken();
    const first = await send(input, init, used);
    if (first.status !== 403) return first;
    const { body, response } = await peekJson(first);
    if (!isCsrfRejection(body)) return response;
    // Another request may already have replaced the stale token; only the first one refetches it.
    if (token === used) token = null;
    return send(input, init, currentToken());
  };
}
