// The org service as its own process (`pnpm --filter @duda/service-org start`): the gateway then reaches
// it through DUDA_SERVICE_URLS=org=http://<host>:<port>/trpc. Needs DATABASE_URL and DUDA_SERVICE_SECRET.
import { applyMigrations, createPool } from '@duda/db';
import { createLogger, router } from '@duda/service-kit';
import { createServiceServer } from '@duda/service-kit/server';
import { createIdentityRouter, createOrgService } from './index.ts';

const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set to run the org service on its own`);
  return value;
};

const logger = createLogger('org');
const pool = createPool(required('DATABASE_URL'));
const org = createOrgService({ pool });
await applyMigrations(pool, org.database);
const app = await createServiceServer({
  name: 'org',
  router: router({ org: org.router, identity: createIdentityRouter(org.identity) }),
  secret: required('DUDA_SERVICE_SECRET'),
  logger,
  ready: async () => (await pool.query('SELECT 1')).rowCount === 1,
});

const shutdown = async () => {
  await app.close();
  await org.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4101) });
