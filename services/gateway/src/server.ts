import { createHmac } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyRateLimit from '@fastify/rate-limit';
import { migrationStatus, type Pool } from '@duda/db';
import {
  createCallerFactory,
  DATABASE_RETRY_AFTER_SECONDS,
  databaseUnavailableBody,
  isDatabaseUnavailable,
  requestIdOf,
} from '@duda/service-kit';
import { traceRequests } from '@duda/telemetry';
import { trpcPlugin } from '@duda/service-kit/server';
import type { FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import helmet from 'helmet';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify';
import type { Logger } from 'pino';
import { createAuthRouter } from './auth-router.ts';
import type { GatewayConfig } from './config.ts';
import { contextFactory, csrfBinding, sessionOf } from './context.ts';
import { isApi, isBatchedLogin, isLogin, isTrpc } from './procedures.ts';
import { createAppRouter, type AppRouter } from './router.ts';
import type { GatewayServices } from './services.ts';
import { registerWeb, type PageCaller } from './web.ts';

const MAX_UPLOAD_BYTES = 12 * 1024 * 1024;

export interface GatewayOptions {
  config: GatewayConfig;
  services: GatewayServices;
  pool: Pool;
  logger: Logger;
}

export async function buildGateway({
  config,
  services,
  pool,
  logger,
}: GatewayOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    // A batched GET names every procedure in the one `/trpc/:path` parameter: a page with a few queries at once
    // passes Fastify's default of 100 characters (tRPC's adapter asks for more).
    maxParamLength: 5000,
    trustProxy: config.trustProxy,
    connectionTimeout: config.timeouts.connectionMs,
    requestTimeout: config.timeouts.requestMs,
    keepAliveTimeout: config.timeouts.keepAliveMs,
    // A request that reaches a replica as it begins to stop is answered, not refused with 503: the balancer
    // has already handed it over (and retries only requests it could not hand over), so a refusal would be
    // a lost request (infra/replicas). The listener closes at once; what it still holds finishes first.
    return503OnClosing: false,
    genReqId: requestIdOf,
  });
  // First, so every later hook and plugin runs inside the request's span.
  traceRequests(app);
  // Set once the gateway is told to stop: each answer then closes its connection, so a client keeping it
  // alive goes to another replica and the drain does not wait for the idle connection to time out.
  let stopping = false;
  app.addHook('preClose', async () => {
    stopping = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // Answers about a person must not stay in a shared or browser cache; routes that chose otherwise keep it.
    if (isApi(request) && !reply.hasHeader('cache-control')) reply.header('Cache-Control', 'no-store');
    if (stopping) reply.header('Connection', 'close');
  });

  // Built once: @fastify/helmet builds helmet (and parses the CSP directives) again for every request, which was
  // a visible share of the gateway's garbage under exam load. The headers are the same for every answer.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Element Plus positions popovers and drawers with inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: false,
    // Agrees with frame-ancestors 'none' for browsers that only read the older header.
    frameguard: { action: 'deny' },
    // HSTS only means something over HTTPS; the local portal is plain HTTP.
    hsts: config.secureCookies,
  });
  app.addHook('onRequest', (request, reply, done) => securityHeaders(request.raw, reply.raw, () => done()));
  await app.register(fastifyCookie, { secret: config.cookieSecret });
  await app.register(fastifyCsrf, {
    cookieKey: 'duda_csrf',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/', secure: config.secureCookies },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
    // The token is bound to the session cookie it was issued with, so a token planted from another
    // session (cookie tossing) is refused; the client fetches a fresh one after login and logout.
    getUserInfo: csrfBinding,
    csrfOpts: { hmacKey: createHmac('sha256', config.cookieSecret).update('csrf').digest() },
  });
  app.addHook('onRequest', async (request, reply) => {
    if (isBatchedLogin(request))
      return reply.code(400).send({
        statusCode: 400,
        error: 'Bad Request',
        message: 'auth.login must be called alone, not in a batch with other calls',
      });
  });
  await app.register(fastifyRateLimit, {
    // Login is where guessing happens; everything else only needs protection from runaway clients.
    max: (request) => (isLogin(request) ? config.loginAttemptsPerMinute : config.apiRequestsPerMinute),
    // Login counts per address (and the org service locks the account). Other API calls of a signed-in
    // person count per session, so a whole office behind one NAT address does not share one budget;
    // anonymous calls count per address. Files and pages are let through below (no session lookup for them).
    keyGenerator: async (request) => {
      if (isLogin(request)) return `${request.ip}:login`;
      if (!isApi(request)) return `${request.ip}:web`;
      const session = await sessionOf(services.identity, request).catch(() => null);
      return session ? `session:${session.sessionId}` : `${request.ip}:api`;
    },
    // Health checks, pages and files are cheap and must keep working for an address that spent its API budget.
    allowList: (request) => !isApi(request),
    timeWindow: '1 minute',
    // The counts live in an LRU of this many keys (the plugin's default is 5,000): an exam hour has 10,000 and
    // more sessions calling within the minute, and a count pushed out of the LRU starts again from zero.
    cache: 50_000,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'Too Many Requests',
      message: `操作过于频繁，请 ${Math.ceil(context.ttl / 1000)} 秒后再试`,
    }),
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await pool.query('SELECT 1');
      const statuses = await Promise.all(services.databases.map((db) => migrationStatus(pool, db)));
      const pending = statuses.flatMap((s) => s.pending);
      if (pending.length > 0) return reply.code(503).send({ status: 'migrations-pending', pending });
      return { status: 'ready' };
    } catch (error) {
      logger.error({ err: error }, 'readiness check failed');
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
      return reply.code(503).send({ status: 'database-unreachable' });
    }
  });
  app.get('/api/csrf-token', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { token: reply.generateCsrf({ userInfo: csrfBinding(request) }) };
  });

  app.addHook('onRequest', (request, reply, done) => {
    // tRPC mutations are POSTs; queries are side-effect-free GETs and need no token.
    if (request.method === 'POST' && isTrpc(request)) return app.csrfProtection(request, reply, done);
    done();
  });

  const appRouter = createAppRouter(createAuthRouter(services.identity), services.routers);
  const trpc: FastifyTRPCPluginOptions<AppRouter> = {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: contextFactory(services.identity, config.secureCookies),
      maxBodySize: MAX_UPLOAD_BYTES,
      // The database is down: tell the client when to try again (the status, 503, comes from the formatter).
      responseMeta: ({ errors }) =>
        errors.some(isDatabaseUnavailable)
          ? { headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) } }
          : {},
      onError: ({ error, path, ctx }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR' || error.code === 'BAD_GATEWAY') {
          (ctx?.log ?? logger).error({ err: error.cause ?? error, path }, 'procedure failed');
        }
      },
    },
  };
  await app.register(trpcPlugin, trpc);
  // Plain HTTP routes the services need beside tRPC (signed photo URLs), answered here or passed on, for
  // the caller of the request's session exactly as tRPC sees it.
  const callerOf = contextFactory(services.identity, config.secureCookies);
  // A route that takes the response over (the notifications' live stream) keeps it open: such streams are
  // ended as the gateway begins to stop, so the browser reconnects through the balancer to another replica
  // (with its Last-Event-ID) and the drain is not held up by a stream that would never end on its own.
  const answering = new Set<FastifyReply>();
  app.addHook('preClose', async () => {
    for (const reply of answering) if (reply.sent && !reply.raw.writableEnded) reply.raw.end();
  });
  for (const route of services.routes)
    app.get(route.path, async (req, res) => {
      answering.add(res);
      res.raw.once('close', () => answering.delete(res));
      try {
        return await route.handle(req, res, await callerOf({ req, res }));
      } catch (error) {
        // The database out of reach is not a crash: answer as a procedure does, so the client tries again.
        const unavailable = databaseUnavailableBody(error);
        if (!unavailable) throw error;
        req.log.warn({ err: error, route: route.path }, 'database unreachable');
        return res.code(503).header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS)).send(unavailable);
      }
    });
  // The page carries who is signed in, as org.me would answer the shell's first call (ADR 0023).
  const callerApi = createCallerFactory(appRouter);
  const pageCaller: PageCaller = async (req, res) => {
    const caller = await callerOf({ req, res });
    if (!caller.actor) return null;
    try {
      return await callerApi(caller).org.me();
    } catch (error) {
      req.log.warn({ err: error }, 'page sent without its caller: org.me failed');
      return null;
    }
  };
  await registerWeb(app, config, pageCaller);
  return app;
}
