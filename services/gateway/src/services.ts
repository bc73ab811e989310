// The domain services behind the gateway, from the module list: each runs in this process, or in its own
// when DUDA_SERVICE_URLS names it. A service that runs elsewhere is never built here (no Prisma client, no
// connection): its procedures are forwarded from its manifest, typed by its router.
import type { Pool, ServiceDatabase } from '@duda/db';
import {
  dependencyOrder,
  forwardingRouter,
  localServiceClient,
  remoteServiceClient,
  type AnyServiceModule,
  type CallerContext,
  type ServiceClient,
  type ServiceInstance,
} from '@duda/service-kit';
import { remoteIdentity, type IdentityPort } from '@duda/service-org';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { ServiceEvents } from '@duda/events';
import type { GatewayConfig } from './config.ts';
import { modules, type LocalServices, type ServiceRouters } from './modules.ts';
import { passOn } from './pass-on.ts';

/**
 * A plain HTTP route a service needs on the public port, answered here or by the service's process, for the
 * caller the gateway built from the request's session.
 */
export interface ServiceRoute {
  path: string;
  handle(request: FastifyRequest, reply: FastifyReply, caller: CallerContext): Promise<unknown>;
}

export interface GatewayServices {
  routers: ServiceRouters;
  identity: IdentityPort;
  /** Databases of the in-process services, for readiness and start-up migration. */
  databases: ServiceDatabase[];
  routes: ServiceRoute[];
  /** Outboxes, subscriptions and jobs of the in-process services, for `startEvents`. */
  events: ServiceEvents[];
  /** The in-process service instances (demo data is seeded through them). */
  local: LocalServices;
  close(): Promise<void>;
}

export function createServices(pool: Pool, config: GatewayConfig, logger: Logger): GatewayServices {
  const remote = new Map<string, string>(config.remoteServices.map((s) => [s.name, s.url]));
  const secret = config.serviceSecret;
  const all: readonly AnyServiceModule[] = modules;
  const local: Record<string, ServiceInstance> = {};
  const clientOf = (name: string): ServiceClient =>
    remote.has(name)
      ? remoteServiceClient({ url: remote.get(name)!, secret, prefix: name })
      : localServiceClient(local[name]!.router, name);
  // A service is built after the ones it calls, so their in-process routers exist.
  for (const module of dependencyOrder(
    all.map((m) => ({ name: m.name, after: m.calls, module: m })),
    'service',
  ).map((node) => node.module)) {
    if (remote.has(module.name)) continue;
    local[module.name] = module.create({
      pool,
      secret,
      uploadsDir: config.uploadsDir,
      logger: logger.child({ service: module.name }),
      client: (name) => {
        if (!module.calls.includes(name))
          throw new Error(`${module.name} calls ${name} without naming it in its module's calls`);
        return clientOf(name);
      },
    });
  }

  const routers = Object.fromEntries(
    all.map((m) => [
      m.name,
      remote.has(m.name)
        ? forwardingRouter(m.procedures(), { url: remote.get(m.name)!, secret, prefix: m.name })
        : local[m.name]!.router,
    ]),
  ) as ServiceRouters;
  const routes = all.flatMap((m) =>
    (m.routes ?? []).map((route): ServiceRoute => ({
      path: route.path,
      handle: remote.has(m.name)
        ? (request, reply, caller) => passOn(remote.get(m.name)!, secret, request, reply, caller)
        : (request, reply, caller) => route.handle(local[m.name], request, reply, caller),
    })),
  );
  const locals = local as LocalServices;
  return {
    routers,
    // Sessions and passwords belong to the org service; the gateway's login and cookie need its identity port.
    identity: remote.has('org') ? remoteIdentity(remote.get('org')!, secret) : locals.org!.identity,
    databases: all.filter((m) => !remote.has(m.name)).map((m) => m.database),
    routes,
    events: all.flatMap((m) => (m.events && !remote.has(m.name) ? [m.events(local[m.name])] : [])),
    local: locals,
    close: async () => {
      await Promise.all(Object.values(local).map((instance) => instance.close()));
    },
  };
}
