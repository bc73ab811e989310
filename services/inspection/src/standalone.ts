// The inspection service as its own process (`pnpm --filter @duda/service-inspection start`): the gateway
// reaches it through DUDA_SERVICE_URLS=inspection=http://<host>:<port>/trpc. It reads org data from the org
// service's own server (DUDA_ORG_URL). Needs DATABASE_URL, DUDA_SERVICE_SECRET and DUDA_UPLOADS_DIR.
import { applyMigrations, createPool } from '@duda/db';
import { createLogger, remoteServiceClient, router } from '@duda/service-kit';
import { createServiceServer } from '@duda/service-kit/server';
import { createInspectionService, localDiskStorage, PHOTO_PATH } from './index.ts';

const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set to run the inspection service on its own`);
  return value;
};

const logger = createLogger('inspection');
const secret = required('DUDA_SERVICE_SECRET');
const pool = createPool(required('DATABASE_URL'));
const inspection = createInspectionService({
  pool,
  org: remoteServiceClient({ url: required('DUDA_ORG_URL'), secret, prefix: 'org' }),
  photos: localDiskStorage(required('DUDA_UPLOADS_DIR')),
  secret,
});
await applyMigrations(pool, inspection.database);
const app = await createServiceServer({
  name: 'inspection',
  router: router({ inspection: inspection.router }),
  secret,
  logger,
  ready: async () => (await pool.query('SELECT 1')).rowCount === 1,
});
// Photo URLs are signed; the gateway forwards them here unchanged.
app.get<{ Params: { id: string }; Querystring: { expires?: string; sig?: string } }>(
  `${PHOTO_PATH}/:id`,
  async (request, reply) => {
    const photo = await inspection.photo(
      request.params.id,
      request.query.expires ?? '',
      request.query.sig ?? '',
    );
    if (!photo) return reply.code(404).send({ error: 'not found' });
    return reply.type(photo.contentType).send(photo.stream);
  },
);

const shutdown = async () => {
  await app.close();
  await inspection.close();
  await pool.end();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
await app.listen({ host: process.env.HOST ?? '127.0.0.1', port: Number(process.env.PORT ?? 4102) });
