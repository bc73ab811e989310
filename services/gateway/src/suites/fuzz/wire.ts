// Fuzzed inputs on the wire exactly as a browser's tRPC client sends them (superjson; queries as GETs with
// the input in the URL, mutations as POSTs with the CSRF token), plus bodies no client would send, and how
// the gateway's answer is judged.
import superjson from 'superjson';
import type { GatewayClient } from '../../testing/http-client.ts';
import { PLACEHOLDER_MARK, type Transport } from './hostile.ts';

/** The mark as JSON writes it (`\u0007`), and a deep-nesting placeholder as a JSON string. */
const escapedMark = JSON.stringify(PLACEHOLDER_MARK).slice(1, -1);
const DEEP = /"\\u0007deep:(object|array):(\d+)"/g;

const nestedText = (shape: string, depth: number) =>
  shape === 'object'
    ? `${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`
    : `${'['.repeat(depth)}0${']'.repeat(depth)}`;

/**
 * The JSON text of `value` as superjson encodes it, with the placeholders of hostile.ts written out: deeply
 * nested values expanded, and prototype keys (which superjson refuses to send) turned into the real ones.
 */
export function toWire(value: unknown): string {
  return JSON.stringify(superjson.serialize(value))
    .replace(DEEP, (_, shape: string, depth: string) => nestedText(shape, Number(depth)))
    .replaceAll(`"${escapedMark}`, '"');
}

/**
 * Request texts no tRPC client sends: not JSON, cut short, superjson metadata naming types that do not
 * exist or pointing at prototype keys, a batch-shaped body on a single call.
 */
export const RAW_ENVELOPES = [
  'not json',
  '{"json":',
  '[]',
  '{"json":{"a":1},"meta":{"values":{"a":["custom","nope"]}}}',
  '{"json":{"a":1},"meta":{"values":{"a":["class","Nope"]}}}',
  '{"json":{},"meta":{"values":{"__proto__.polluted":["undefined"]}}}',
  '{"json":{"a":"x"},"meta":{"values":{"a":["Date"]},"referentialEqualities":{"a":["__proto__"]}}}',
  '{"json":1e999}',
];

export interface Answer {
  status: number;
  body: unknown;
}

const csrfTokens = new WeakMap<GatewayClient, string>();

async function csrfToken(client: GatewayClient, fresh = false): Promise<string> {
  const known = csrfTokens.get(client);
  if (known && !fresh) return known;
  const { token } = (await (await client.fetch('/api/csrf-token')).json()) as { token: string };
  csrfTokens.set(client, token);
  return token;
}

const isCsrfRefusal = (answer: Answer) =>
  answer.status === 403 && /^FST_CSRF_/.test(String((answer.body as { code?: unknown } | null)?.code ?? ''));

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  try {
    return { status: response.status, body: text ? JSON.parse(text) : null };
  } catch {
    return { status: response.status, body: text };
  }
}

/** A mutation's body, with the CSRF token the browser's client sends. */
async function post(client: GatewayClient, path: string, body: string | FormData): Promise<Answer> {
  const once = async (fresh: boolean) => {
    const headers: Record<string, string> = { 'x-csrf-token': await csrfToken(client, fresh) };
    // A form's content type (with its boundary) is written by fetch.
    if (typeof body === 'string') headers['content-type'] = 'application/json';
    return answerOf(await client.fetch(`/trpc/${path}`, { method: 'POST', headers, body }));
  };
  const answer = await once(false);
  // The token is bound to the session and goes stale at login and logout, as in the browser's client.
  return isCsrfRefusal(answer) ? once(true) : answer;
}

/** Sends an already-encoded input text to a procedure, as its kind travels. */
export async function sendText(
  client: GatewayClient,
  transport: Transport,
  path: string,
  text: string | undefined,
): Promise<Answer> {
  if (transport === 'query') {
    const query = text === undefined ? '' : `?input=${encodeURIComponent(text)}`;
    return answerOf(await client.fetch(`/trpc/${path}${query}`));
  }
  return post(client, path, text ?? '');
}

/** Sends a multipart form to a mutation that takes one. */
export const sendForm = (client: GatewayClient, path: string, form: FormData) => post(client, path, form);

export const send = (client: GatewayClient, transport: Transport, path: string, input: unknown) =>
  sendText(client, transport, path, input === undefined ? undefined : toWire(input));

export type Verdict =
  { kind: 'accepted' } | { kind: 'refused'; code: string } | { kind: 'serverError' } | { kind: 'unreadable' };

interface TrpcErrorBody {
  error?: {
    json?: { message?: unknown; data?: { code?: unknown; httpStatus?: unknown; error?: { code?: unknown } } };
  };
}

/** A tRPC error as the gateway formats every one: a message, the tRPC code, the status, and a catalog code. */
function trpcErrorCode(answer: Answer): string | null {
  const json = (answer.body as TrpcErrorBody | null)?.error?.json;
  const code = json?.data?.error?.code;
  const readable =
    typeof json?.message === 'string' &&
    json.message.length > 0 &&
    typeof json.data?.code === 'string' &&
    json.data.httpStatus === answer.status &&
    typeof code === 'string';
  return readable ? (code as string) : null;
}

/** A refusal by Fastify before tRPC (CSRF, rate limit, body too large): `{ statusCode, message }`. */
function fastifyErrorCode(answer: Answer): string | null {
  const body = answer.body as { statusCode?: unknown; message?: unknown; code?: unknown } | null;
  const readable = body?.statusCode === answer.status && typeof body.message === 'string' && body.message;
  return readable ? `http.${typeof body.code === 'string' ? body.code : answer.status}` : null;
}

export function verdictOf(answer: Answer): Verdict {
  if (answer.status >= 500) return { kind: 'serverError' };
  if (answer.status >= 200 && answer.status < 300) return { kind: 'accepted' };
  const code = trpcErrorCode(answer) ?? fastifyErrorCode(answer);
  return code ? { kind: 'refused', code } : { kind: 'unreadable' };
}
