// One tRPC call over real HTTP as the browser makes it (cookies, the CSRF header on mutations, superjson,
// multipart for `FormData`), answered as its status and raw body: the matrix looks for leaked data in the
// very bytes a caller received.
import type { ProcedureKind } from '@duda/service-kit';
import superjson from 'superjson';
import type { ProbeSession } from '@duda/service-org/testing/authz-probes';
import type { GatewayClient } from '../../testing/http-client.ts';

export interface RawAnswer {
  status: number;
  body: string;
}

const csrfTokens = new WeakMap<GatewayClient, string>();

async function csrfToken(client: GatewayClient, fresh: boolean) {
  const known = csrfTokens.get(client);
  if (known && !fresh) return known;
  const { token } = (await (await client.fetch('/api/csrf-token')).json()) as { token: string };
  csrfTokens.set(client, token);
  return token;
}

async function post(client: GatewayClient, path: string, input: unknown, freshToken: boolean) {
  const headers: Record<string, string> = { 'x-csrf-token': await csrfToken(client, freshToken) };
  if (input instanceof FormData)
    return client.fetch(`/trpc/${path}`, { method: 'POST', headers, body: input });
  headers['content-type'] = 'application/json';
  return client.fetch(`/trpc/${path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(superjson.serialize(input ?? null)),
  });
}

const isCsrfRefusal = (answer: RawAnswer) => answer.status === 403 && /"code":"FST_CSRF_/.test(answer.body);

export async function callRaw(
  client: GatewayClient,
  path: string,
  kind: ProcedureKind,
  input: unknown,
): Promise<RawAnswer> {
  if (kind === 'query') {
    const query =
      input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
    const response = await client.fetch(`/trpc/${path}${query}`);
    return { status: response.status, body: await response.text() };
  }
  const send = async (fresh: boolean) => {
    const response = await post(client, path, input, fresh);
    return { status: response.status, body: await response.text() };
  };
  // The token is bound to the session; one taken before a login is stale, as in the browser's client.
  const first = await send(false);
  return isCsrfRefusal(first) ? send(true) : first;
}

/** The answer's data, or an error naming the call when the gateway refused it. */
export function dataOf<T>(path: string, answer: RawAnswer): T {
  const body = JSON.parse(answer.body) as {
    result?: { data: never };
    error?: { json?: { message?: string } };
  };
  if (answer.status >= 300 || !body.result)
    throw new Error(
      `${path} answered ${answer.status}: ${body.error?.json?.message ?? answer.body.slice(0, 300)}`,
    );
  return superjson.deserialize<T>(body.result.data);
}

/** A signed-in person's API for building and re-reading the world. */
export const probeSession = (client: GatewayClient): ProbeSession => ({
  query: async <T>(path: string, input?: unknown) =>
    dataOf<T>(path, await callRaw(client, path, 'query', input)),
  mutation: async <T>(path: string, input?: unknown) =>
    dataOf<T>(path, await callRaw(client, path, 'mutation', input)),
});
