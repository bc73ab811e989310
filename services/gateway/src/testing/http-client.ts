// A small HTTP client for tests that speaks to the gateway the way the browser does: cookies, the CSRF
// header on mutations, superjson-encoded tRPC. Responses keep their HTTP status for assertions.
import superjson from 'superjson';

export interface TrpcResponse<T = unknown> {
  status: number;
  data?: T;
  error?: {
    message: string;
    code: number;
    data: {
      code: string;
      httpStatus: number;
      requestId: string | null;
      fieldErrors: { path: string; message: string }[];
    };
  };
  headers: Headers;
}

const isCsrfRejection = async (response: Response) =>
  response.status === 403 &&
  Boolean(response.headers.get('content-type')?.includes('json')) &&
  /^FST_CSRF_/.test(((await response.clone().json()) as { code?: string }).code ?? '');

export class GatewayClient {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;

  constructor(readonly baseUrl: string) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value.join('=') === '') this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
    return response;
  }

  cookie(name: string) {
    return this.cookies.get(name);
  }

  private async read<T>(response: Response): Promise<TrpcResponse<T>> {
    const body = (await response.json()) as {
      result?: { data: { json: unknown; meta?: unknown } };
      error?: { json: unknown; meta?: unknown };
    };
    if (body.result)
      return {
        status: response.status,
        data: superjson.deserialize(body.result.data as never) as T,
        headers: response.headers,
      };
    return {
      status: response.status,
      error: superjson.deserialize(body.error as never) as TrpcResponse['error'],
      headers: response.headers,
    };
  }

  async query<T = unknown>(path: string, input?: unknown): Promise<TrpcResponse<T>> {
    const query =
      input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
    return this.read<T>(await this.fetch(`/trpc/${path}${query}`));
  }

  async mutation<T = unknown>(
    path: string,
    input?: unknown,
    options: { csrf?: boolean } = {},
  ): Promise<TrpcResponse<T>> {
    const send = async () => {
      if (options.csrf !== false && !this.csrf) {
        this.csrf = ((await (await this.fetch('/api/csrf-token')).json()) as { token: string }).token;
      }
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.csrf !== false && this.csrf) headers['x-csrf-token'] = this.csrf;
      return this.fetch(`/trpc/${path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(superjson.serialize(input ?? null)),
      });
    };
    let response = await send();
    // The token is bound to the session: after a login or logout it is stale. Like the browser's client,
    // fetch a fresh one and send once more.
    if (options.csrf !== false && (await isCsrfRejection(response))) {
      this.csrf = null;
      response = await send();
    }
    if (response.status === 403 && !response.headers.get('content-type')?.includes('json'))
      return { status: 403, headers: response.headers };
    return response.headers.get('content-type')?.includes('json')
      ? this.read<T>(response)
      : { status: response.status, headers: response.headers };
  }

  async login(username: string, password = 'Duda2026') {
    const result = await this.mutation('auth.login', { username, password });
    if (result.error) throw new Error(`login ${username}: ${result.error.message}`);
    return result;
  }
}
