/// <reference types="node" />
// A small stand-in for services/gateway that tests start on a free local port. Its procedures are built with
// @duda/service-kit and raise the org contract's errors, so every error has the real shape (superjson envelope,
// code and parameters, Chinese message, fieldErrors);
// in front of tRPC it answers like the gateway's Fastify plugins: CSRF rejections (403, `FST_CSRF_*`) and the
// login rate limit (429 with Retry-After). One session per server: each test starts its own.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { commonErrors, defineErrors } from '@duda/contract-kit';
import { orgCatalogs, orgErrors } from '@duda/contract-org';
import { authedProcedure, createLogger, publicProcedure, router, z } from '@duda/service-kit';
import type { CallerContext } from '@duda/service-kit';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { Me } from '../types.ts';

export interface TestAccount {
  username: string;
  password: string;
  mustChangePassword?: boolean;
  me: Omit<Me, 'mustChangePassword'>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  csrfToken: string | null;
}

type SessionState = 'none' | 'active' | 'password-change';

const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;

/** Errors of the stand-in's own failure procedures. */
const sampleErrors = defineErrors('sample', {
  inspectionSubmitted: {
    kind: 'CONFLICT',
    'zh-CN': '该检查已提交，不能再修改',
    en: 'This inspection has been submitted and can no longer be changed.',
  },
  hallIdFormat: { kind: 'BAD_REQUEST', 'zh-CN': '营业厅编号格式不正确', en: 'The hall ID is not valid.' },
});

/** An area whose catalog no client registers: its codes are unknown to the portal. */
const unregisteredErrors = defineErrors('unregistered', {
  newRule: { kind: 'CONFLICT', 'zh-CN': '新规则不允许这样做', en: 'A new rule does not allow this.' },
});

/** The catalogs a test registers to see the stand-in's errors worded in English. */
export const testGatewayCatalogs = [...orgCatalogs, sampleErrors.catalog];

export interface TestGateway {
  /** e.g. `http://127.0.0.1:40123` */
  origin: string;
  requests: RecordedRequest[];
  /** The session ends on the server (expired, revoked): the next call answers 401. */
  expireSession(): void;
  /** An administrator reset the password: calls answer PRECONDITION_FAILED until it is changed. */
  requirePasswordChange(): void;
  /** The CSRF cookie was replaced (another tab, expiry): every token handed out so far is refused. */
  rotateCsrfSecret(): void;
  /** The browser drops the CSRF cookie (cookies blocked): no token is ever accepted. */
  refuseEveryCsrfToken(): void;
  /** Login attempts allowed before the rate limiter answers 429 (none by default). */
  limitLogins(attempts: number, retryAfterSeconds?: number): void;
  /** Stops answering; calling it again does nothing. */
  close(): Promise<void>;
}

const silentLog = createLogger('test-gateway', 'silent');

function appRouter(
  state: { session: SessionState; account: TestAccount | null; failures: number },
  accounts: TestAccount[],
) {
  const me = (): Me => ({ ...state.account!.me, mustChangePassword: state.session === 'password-change' });
  return router({
    auth: router({
      login: publicProcedure
        .input(
          z.object({
            username: z.string().trim().min(1, { error: orgErrors.usernameRequired.code }),
            password: z.string().min(1, { error: orgErrors.passwordRequired.code }),
          }),
        )
        .mutation(({ input }) => {
          const account = accounts.find((candidate) => candidate.username === input.username);
          if (state.failures >= MAX_FAILURES) throw orgErrors.loginPaused({ minutes: LOCK_MINUTES });
          if (!account || account.password !== input.password) {
            state.failures += 1;
            if (state.failures >= MAX_FAILURES) throw orgErrors.loginPaused({ minutes: LOCK_MINUTES });
            throw orgErrors.wrongCredentials();
          }
          state.failures = 0;
          state.account = account;
          state.session = account.mustChangePassword ? 'password-change' : 'active';
          return { mustChangePassword: state.session === 'password-change' };
        }),
      logout: authedProcedure.meta({ openDuringPasswordChange: true }).mutation(() => {
        state.session = 'none';
        return { ok: true };
      }),
    }),
    org: router({
      me: authedProcedure.meta({ openDuringPasswordChange: true }).query(() => me()),
      account: router({
        changePassword: authedProcedure
          .meta({ openDuringPasswordChange: true })
          .input(
            z.object({
              currentPassword: z.string().min(1),
              newPassword: z.string().min(8, { error: orgErrors.passwordTooShort.code }),
            }),
          )
          .mutation(({ input }) => {
            if (input.currentPassword !== state.account!.password) {
              throw orgErrors.currentPasswordWrong({}, 'currentPassword');
            }
            state.account = { ...state.account!, password: input.newPassword };
            state.session = 'active';
          }),
      }),
    }),
    /** One procedure per kind of failure the portal must put into words. */
    failures: router({
      notFound: authedProcedure.query(() => {
        throw commonErrors.notFound();
      }),
      conflict: authedProcedure.mutation(() => {
        throw sampleErrors.inspectionSubmitted();
      }),
      unregistered: authedProcedure.mutation(() => {
        throw unregisteredErrors.newRule();
      }),
      crash: authedProcedure.query(() => {
        throw new Error('database connection reset');
      }),
      validate: authedProcedure
        .input(
          z.object({
            hallId: z.uuid({ error: sampleErrors.hallIdFormat.code }),
            results: z.record(z.string(), z.object({ outcome: z.enum(['pass', 'fail']) })),
          }),
        )
        .mutation(() => ({ ok: true })),
    }),
  });
}

export type TestGatewayRouter = ReturnType<typeof appRouter>;

/** Starts the stand-in gateway on 127.0.0.1 and a free port; `close()` it after the test. */
export async function startTestGateway({ accounts }: { accounts: TestAccount[] }): Promise<TestGateway> {
  const state = { session: 'none' as SessionState, account: null as TestAccount | null, failures: 0 };
  const requests: RecordedRequest[] = [];
  const csrf = { secret: 1, issued: 0, refuseAll: false };
  const loginLimit = { attempts: Infinity, retryAfter: 42, used: 0 };

  const trpc = createHTTPHandler({
    router: appRouter(state, accounts),
    basePath: '/trpc/',
    createContext: (): CallerContext => ({
      requestId: 'test-request',
      actor:
        state.session === 'none' || !state.account
          ? null
          : {
              personId: state.account.me.person.id,
              name: state.account.me.person.name,
              staffNo: state.account.me.person.staffNo,
              homeOrgNodeId: state.account.me.person.orgNodeId,
              roles: [],
            },
      sessionId: state.session === 'none' ? null : 'test-session',
      passwordChangeRequired: state.session === 'password-change',
      ip: '127.0.0.1',
      userAgent: 'vitest',
      log: silentLog,
    }),
  });

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://test.invalid');
    const csrfToken = typeof req.headers['x-csrf-token'] === 'string' ? req.headers['x-csrf-token'] : null;
    requests.push({ method: req.method ?? 'GET', path: url.pathname, csrfToken });

    if (url.pathname === '/api/csrf-token') {
      csrf.issued += 1;
      return json(res, 200, { token: `${csrf.secret}:${csrf.issued}` }, { 'cache-control': 'no-store' });
    }
    // What a reverse proxy shows when the gateway behind it is down.
    if (url.pathname.startsWith('/behind-proxy/')) {
      res.writeHead(502, { 'content-type': 'text/html' });
      return void res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    }
    if (!url.pathname.startsWith('/trpc/')) return json(res, 404, { error: 'Not found' });
    if (req.method === 'POST' && (csrf.refuseAll || csrfToken?.split(':')[0] !== String(csrf.secret))) {
      const code = csrfToken ? 'FST_CSRF_INVALID_TOKEN' : 'FST_CSRF_MISSING_SECRET';
      return json(res, 403, { statusCode: 403, code, error: 'Forbidden', message: 'Invalid csrf token' });
    }
    if (url.pathname.startsWith('/trpc/auth.login')) {
      loginLimit.used += 1;
      if (loginLimit.used > loginLimit.attempts) {
        return json(
          res,
          429,
          {
            statusCode: 429,
            error: 'Too Many Requests',
            message: `操作过于频繁，请 ${loginLimit.retryAfter} 秒后再试`,
          },
          { 'retry-after': String(loginLimit.retryAfter) },
        );
      }
    }
    trpc(req, res);
  }

  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    expireSession: () => {
      state.session = 'none';
    },
    requirePasswordChange: () => {
      state.session = 'password-change';
    },
    rotateCsrfSecret: () => {
      csrf.secret += 1;
    },
    refuseEveryCsrfToken: () => {
      csrf.refuseAll = true;
    },
    limitLogins: (attempts, retryAfterSeconds = 42) => {
      Object.assign(loginLimit, { attempts, retryAfter: retryAfterSeconds, used: 0 });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Points the happy-dom window at `url` (usually the test gateway's origin), so relative calls such as the
 * portal client's `/trpc` and `/api/csrf-token` reach that server, same-origin as in the browser.
 */
export function browseTo(url: string): void {
  (globalThis as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}
