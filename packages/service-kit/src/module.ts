// A service module: everything the gateway (or a service's own process) needs to know about one domain
// service, in one descriptor the service exports. The gateway composes a list of them; nothing else in
// the gateway names a service.
import type { Pool, ServiceDatabase } from '@duda/db';
import type { ServiceEvents } from '@duda/events';
import type { AnyRouter } from '@trpc/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { CallerContext } from './context.ts';
import { procedureManifest, unusableDeps, type ProcedureManifest } from './procedures.ts';
import type { ServiceClient } from './service-client.ts';

/** What a service is built from in whichever process runs it. */
export interface ServiceEnv {
  pool: Pool;
  /** Signs the caller header and anything the service hands out signed (photo URLs). */
  secret: string;
  /** The public API of a service named in `calls`, in process or over HTTP, on behalf of the caller. */
  client(name: string): ServiceClient;
  /** Where uploaded files are kept on local disk. */
  uploadsDir: string;
  logger: Logger;
  now?: () => Date;
}

/** A running service: at least its router and how to let go of its connections. */
export interface ServiceInstance<TRouter extends AnyRouter = AnyRouter> {
  router: TRouter;
  close(): Promise<void>;
}

/**
 * The service's demo data step. `after` names the steps whose results it reads (`seeded.org`); steps hand
 * each other ids this way and never read each other's tables.
 */
export interface SeedStep<TInstance, TNeeds extends object, TOut> {
  after: readonly (keyof TNeeds & string)[];
  run(service: TInstance, seeded: TNeeds, now: Date): Promise<TOut>;
}

/**
 * A plain HTTP GET route the service needs on the public port beside tRPC (signed photo URLs). In process
 * the gateway answers it from the instance; otherwise it passes the request on to the service's server,
 * which registers the same route. Either way `caller` is who is asking, from the session cookie exactly as
 * for tRPC (a URL alone never grants access).
 */
export interface HttpRoute<TInstance> {
  /** Fastify path, e.g. `/api/inspection/photos/:id`. */
  path: string;
  handle(
    service: TInstance,
    request: FastifyRequest,
    reply: FastifyReply,
    caller: CallerContext,
  ): Promise<unknown>;
}

export interface ServiceModuleDefinition<
  TName extends string,
  TDeps,
  TRouter extends AnyRouter,
  TInstance extends ServiceInstance<TRouter>,
  TNeeds extends object,
  TSeed,
> {
  /** The API prefix (`inspection.*`) and the name configuration uses (`DUDA_SERVICE_URLS=inspection=…`). */
  name: TName;
  database: ServiceDatabase;
  /** Services whose public API this one reads; they are built (or reached) first. */
  calls: readonly string[];
  /** The router factory. Only called by `create`, and once with unusable deps to read the procedure list. */
  router: (deps: TDeps) => TRouter;
  create(env: ServiceEnv): TInstance;
  seed?: SeedStep<TInstance, TNeeds, TSeed>;
  routes?: readonly HttpRoute<TInstance>[];
  /**
   * Its outbox, event subscriptions and scheduled jobs, from the running instance; whichever process hosts
   * the service hands them to `startEvents` of `@duda/events`.
   */
  events?: (service: TInstance) => ServiceEvents;
}

export interface ServiceModule<
  TName extends string = string,
  TRouter extends AnyRouter = AnyRouter,
  TInstance extends ServiceInstance<TRouter> = ServiceInstance<TRouter>,
  TNeeds extends object = object,
  TSeed = unknown,
> extends Omit<ServiceModuleDefinition<TName, never, TRouter, TInstance, TNeeds, TSeed>, 'router'> {
  /** Every procedure's path and kind, for forwarding without building the service. */
  procedures(): ProcedureManifest;
}

export function defineServiceModule<
  const TName extends string,
  TDeps,
  TRouter extends AnyRouter,
  TInstance extends ServiceInstance<TRouter>,
  TNeeds extends object = object,
  TSeed = void,
>(
  definition: ServiceModuleDefinition<TName, TDeps, TRouter, TInstance, TNeeds, TSeed>,
): ServiceModule<TName, TRouter, TInstance, TNeeds, TSeed> {
  let manifest: ProcedureManifest | undefined;
  const { router: factory, ...rest } = definition;
  return {
    ...rest,
    procedures: () => (manifest ??= procedureManifest(factory(unusableDeps<TDeps>(definition.name)))),
  };
}

/** Any module, whatever its router and instance. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyServiceModule = ServiceModule<string, AnyRouter, any, any, any>;

export type InstanceOf<M> = M extends { create(env: ServiceEnv): infer I } ? I : never;
export type RouterOf<M> = InstanceOf<M> extends { router: infer R } ? R : never;
/** What a module's seed step hands the steps after it. */
export type SeedOf<M> = M extends { seed?: { run(...args: never[]): Promise<infer O> } } ? O : never;
