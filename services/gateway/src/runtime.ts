// Start-up shared by `start` and `seed`: the database (embedded unless DATABASE_URL), migrations, services.
import { applyMigrations, createPool, resolvePostgres } from '@duda/db';
import { startEvents } from '@duda/events';
import { createLogger } from '@duda/service-kit';
import { loadConfig } from './config.ts';
import { localSecrets } from './secrets.ts';
import { createServices } from './services.ts';

export async function startRuntime() {
  const logger = createLogger('gateway');
  const postgres = await resolvePostgres((line) => logger.debug({ postgres: line }));
  const pool = createPool(postgres.url, 20);
  const given = process.env.DUDA_SERVICE_SECRET && process.env.DUDA_COOKIE_SECRET;
  const config = loadConfig(
    process.env,
    given ? { serviceSecret: given, cookieSecret: given } : await localSecrets(),
  );
  const services = createServices(pool, config, logger);
  for (const database of services.databases) {
    const applied = await applyMigrations(pool, database);
    if (applied.length) logger.info({ schema: database.schema, applied }, 'migrations applied');
  }
  // After the migrations: the relays read the services' outbox tables.
  const events = await startEvents({ pool, logger, services: services.events });
  const stop = async () => {
    await events.stop();
    await services.close();
    await pool.end();
    await postgres.stop();
  };
  return { logger, postgres, pool, config, services, stop };
}
