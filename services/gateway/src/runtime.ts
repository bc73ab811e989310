// Start-up shared by `start` and `seed`: the database (embedded unless DATABASE_URL), migrations and the
// services' least-privilege role as the owner, then the services and their events as that role (ADR 0012).
// With DATABASE_APP_URL alone (a Kubernetes pod, ADR 0015) no server is started and nothing is migrated: the
// migrations are checked as that role, and a missing one stops the start-up (MigrationsNotApplied).
import { appConnection, assertMigrated, createPool, prepareDatabase, resolvePostgres } from '@duda/db';
import { installEvents, startEvents } from '@duda/events';
import { createLogger } from '@duda/service-kit';
import { loadConfig } from './config.ts';
import { checkOnlyAppUrl } from './migration-check.ts';
import { localSecrets } from './secrets.ts';
import { createServices } from './services.ts';

export async function startRuntime() {
  const logger = createLogger('gateway');
  const checkOnly = checkOnlyAppUrl();
  const postgres = checkOnly ? null : await resolvePostgres((line) => logger.debug({ postgres: line }));
  const given = process.env.DUDA_SERVICE_SECRET && process.env.DUDA_COOKIE_SECRET;
  const config = loadConfig(
    process.env,
    given ? { serviceSecret: given, cookieSecret: given } : await localSecrets(),
  );
  const role = { secret: config.serviceSecret, appUrl: config.databaseAppUrl };
  // The pool connects on first use, after prepareDatabase has made the role it logs in as; what it opens it keeps.
  const pool = createPool(checkOnly ?? appConnection(postgres!.url, role).url, 20, { keepOpen: true });
  const services = createServices(pool, config, logger);
  try {
    if (checkOnly) await assertMigrated(pool, services.databases, checkOnly);
    else
      await prepareDatabase(postgres!.url, services.databases, {
        ...role,
        onApplied: (schema, applied) => logger.info({ schema, applied }, 'migrations applied'),
        // pg-boss is installed by the owner for the app role, which then runs it (ADR 0012).
        ...(services.events.length > 0 ? { withOwner: installEvents } : {}),
      });
  } catch (error) {
    await services.close();
    await pool.end();
    await postgres?.stop();
    throw error;
  }
  // After the migrations: the relays read the services' outbox tables.
  const events = await startEvents({
    pool,
    logger,
    services: services.events,
    pollingSeconds: config.eventsPollingSeconds,
  });
  const stop = async () => {
    await events.stop();
    await services.close();
    await pool.end();
    await postgres?.stop();
  };
  return { logger, postgres, pool, config, services, stop };
}
