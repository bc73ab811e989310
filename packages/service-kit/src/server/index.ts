// A domain service as its own process: a small Fastify server exposing the service's router at /trpc.
// It accepts only calls forwarded (and signed) by the gateway.
import type { FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import type { AnyRouter } from '@trpc/server';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { traceRequests } from '@duda/telemetry';
import type { CallerContext } from '../context.ts';
import { verifyCaller } from '../forwarding.ts';
import { requestIdOf } from '../logger.ts';
import type { HttpRoute } from '../module.ts';
import { trpcPlugin } from './trpc-plugin.ts';

// A service's own process starts its metrics and traces with the server (ADR 0016).
export { startTelemetry } from '@duda/telemetry';
export { trpcPlugin } from './trpc-plugin.ts';
// The whole process of a service run alone, on the server below (a service's standalone.ts).
export {
  buildServiceAlone,
  MissingSetting,
  openServiceDatabase,
  remoteClientsOf,
  runServiceAlone,
  serviceUrlVariable,
  type AloneOptions,
  type ServiceAlone,
} from './alone.ts';

export interface ServiceServerOptions {
  name: string;
  router: AnyRouter;
  secret: string;
  logger: Logger;
  /** Resolves when the service's database is reachable and migrated. */
  ready: () => Promise<boolean>;
}

export async function createServiceServer(options: ServiceServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: 1024 * 1024,
    // The gateway's request id, so one request's lines in the gateway's and the service's logs share it.
    genReqId: requestIdOf,
  });
  traceRequests(app);

  app.get('/healthz', async () => ({ status: 'ok', service: options.name }));
  app.get('/readyz', async (_request, reply) => {
    const ready = await options.ready().catch(() => false);
    return reply
      .code(ready ? 200 : 503)
      .send({ status: ready ? 'ready' : 'not-ready', service: options.name });
  });

  const trpc: FastifyTRPCPluginOptions<AnyRouter> = {
    prefix: '/trpc',
    trpcOptions: {
      router: options.router,
      createContext: ({ req }): CallerContext => {
        const caller = verifyCaller(req.headers, options.secret)!;
        return { ...caller, log: (req.log as Logger).child({ requestId: caller.requestId }) };
      },
      onError: ({ error, ctx, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          ctx?.log.error({ err: error.cause ?? error, path }, 'procedure failed');
      },
    },
  };
  // Only the gateway talks to a service: anything unsigned is turned away before tRPC sees it.
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/trpc') && !verifyCaller(request.headers, options.secret)) {
      await reply.code(401).send({ error: 'caller not signed by the gateway' });
    }
  });
  await app.register(trpcPlugin, trpc);
  return app as unknown as FastifyInstance;
}

/**
 * A module's plain HTTP routes, answered by this process's instance of the service for the caller the
 * gateway signed; a request the gateway did not sign is turned away like an unsigned tRPC call.
 */
export function registerRoutes<TInstance>(
  app: FastifyInstance,
  routes: readonly HttpRoute<TInstance>[] | undefined,
  service: TInstance,
  secret: string,
) {
  for (const route of routes ?? [])
    app.get(route.path, async (request, reply) => {
      const caller = verifyCaller(request.headers, secret);
      if (!caller) return reply.code(401).send({ error: 'caller not signed by the gateway' });
      const log = (request.log as Logger).child({ requestId: caller.requestId });
      return route.handle(service, request, reply, { ...caller, log });
    });
}
