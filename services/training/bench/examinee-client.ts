// The examinees' browsers as the bench needs them: each examinee has its own browser, so its own keep-alive
// connection to the gateway (node:http, an Agent per examinee with one socket), the session cookie, and the CSRF
// cookie and token fetched once for that session; tRPC mutations are sent as the api-client sends them (superjson
// of plain JSON is `{ json }`).
//
// Why a connection per examinee, not one shared pool: 10,000 examinees are 10,000 browsers, each holding its own
// connection (a browser opens up to 6 per origin, but an examinee's page sends one autosave every 30 s, so it uses
// one) and keeping it alive between saves — the gateway keeps an idle connection 65 s (DUDA_KEEP_ALIVE_TIMEOUT_MS).
// Node's global fetch instead sends everybody's requests through one pool with no limit on connections: when the
// gateway stalls for a moment, every request that finds no free socket opens a new connection, hundreds a second,
// which the gateway's accept queue drops (connect timeouts) — a connection storm no browser population makes, and
// time spent in the generator that the bench would report as the server's latency. Here a stall shows as what
// it is: requests the gateway holds. Each browser closes an idle connection after 60 s, before the gateway would
// (a request sent on a connection the server is closing fails with ECONNRESET), and never retries: a save that
// failed counts as failed.
import http from 'node:http';
import type { Examinee } from './exam-world.ts';
import type { ClientSockets } from './timeline.ts';

/** Below the gateway's keep-alive timeout (65 s), so the browser, not the server, closes an idle connection. */
const IDLE_CLOSE_MS = 60_000;

export interface SignedIn extends Examinee {
  cookie: string;
  csrf: string;
  /** The examinee's browser: one keep-alive connection to the gateway. */
  browser: http.Agent;
}

interface Answer {
  status: number;
  body: string;
  setCookie: string[];
}

/** One request on the examinee's own connection; rejects with the socket error's code when no answer came. */
function send(
  browser: http.Agent,
  url: URL,
  method: 'GET' | 'POST',
  headers: http.OutgoingHttpHeaders,
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        agent: browser,
        method,
        headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            setCookie: response.headers['set-cookie'] ?? [],
          }),
        );
        response.on('error', (error: NodeJS.ErrnoException) =>
          reject(new Error(`${url.pathname}: answer cut off (${error.code ?? error.message})`)),
        );
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`${url.pathname}: no answer (${error.code ?? error.message})`)),
    );
    request.end(body);
  });
}

/** Opens each examinee's browser and fetches the CSRF token of its session, `parallel` at a time. */
export async function signIn(origin: string, examinees: Examinee[], parallel = 32): Promise<SignedIn[]> {
  const signedIn: SignedIn[] = new Array(examinees.length);
  let next = 0;
  const worker = async () => {
    while (next < examinees.length) {
      const i = next++;
      const examinee = examinees[i]!;
      const browser = new http.Agent({ keepAlive: true, maxSockets: 1, timeout: IDLE_CLOSE_MS });
      const session = `duda_session=${examinee.token}`;
      const response = await send(browser, new URL('/api/csrf-token', origin), 'GET', { cookie: session });
      if (response.status !== 200) throw new Error(`csrf-token: ${response.status}`);
      const { token } = JSON.parse(response.body) as { token: string };
      const csrfCookie = response.setCookie
        .map((line) => line.split(';')[0]!)
        .find((pair) => pair.startsWith('duda_csrf='));
      signedIn[i] = {
        ...examinee,
        cookie: csrfCookie ? `${session}; ${csrfCookie}` : session,
        csrf: token,
        browser,
      };
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return signedIn;
}

const count = (sockets: NodeJS.ReadOnlyDict<unknown[]>) => {
  let n = 0;
  for (const key in sockets) n += sockets[key]!.length;
  return n;
};

/** The browsers' connections and the requests they hold, all examinees together. */
export function clientSockets(examinees: readonly SignedIn[]): ClientSockets {
  const total: ClientSockets = { connected: 0, running: 0, queued: 0 };
  for (const { browser } of examinees) {
    const busy = count(browser.sockets);
    total.running += busy;
    total.connected += busy + count(browser.freeSockets);
    total.queued += count(browser.requests);
  }
  return total;
}

type TrpcBody<T> = {
  result?: { data: { json: T } };
  error?: { json: { data?: { code?: string; error?: { code?: string } } } };
};

function parse<T>(path: string, answer: Answer): TrpcBody<T> {
  try {
    return JSON.parse(answer.body) as TrpcBody<T>;
  } catch {
    throw new Error(`${path}: ${answer.status} not JSON`);
  }
}

/** A mutation; resolves to its data, or throws with the status and error code. */
export async function mutate<T>(origin: string, who: SignedIn, path: string, input: unknown): Promise<T> {
  const answer = await send(
    who.browser,
    new URL(`/trpc/${path}`, origin),
    'POST',
    { 'content-type': 'application/json', cookie: who.cookie, 'x-csrf-token': who.csrf },
    JSON.stringify({ json: input }),
  );
  const body = parse<T>(path, answer);
  if (answer.status !== 200 || !body.result) {
    const code = body.error?.json.data?.error?.code ?? body.error?.json.data?.code ?? 'no code';
    throw new Error(`${path}: ${answer.status} ${code}`);
  }
  return body.result.data.json;
}

/** A query (GET, no CSRF); resolves to its data, or throws with the status. */
export async function read<T>(origin: string, who: SignedIn, path: string): Promise<T> {
  const answer = await send(who.browser, new URL(`/trpc/${path}`, origin), 'GET', { cookie: who.cookie });
  const body = parse<T>(path, answer);
  if (answer.status !== 200 || !body.result) throw new Error(`${path}: ${answer.status}`);
  return body.result.data.json;
}

/** Closes every browser's connection. */
export function closeBrowsers(examinees: readonly SignedIn[]) {
  for (const { browser } of examinees) browser.destroy();
}
