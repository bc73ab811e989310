// `pnpm --filter @duda/gateway migrate`: apply every service's migrations to DATABASE_URL and exit (the
// Kubernetes migration Job, infra/k8s). Never an embedded server: a Job's own disk is gone when it ends.
import { createLogger } from '@duda/service-kit';
import { migrateAll } from './migrate.ts';

const logger = createLogger('migrate');
const ownerUrl = process.env.DATABASE_URL;
const secret = process.env.DUDA_SERVICE_SECRET;
if (!ownerUrl || !secret) {
  logger.error('DATABASE_URL (the owner role) and DUDA_SERVICE_SECRET must be set to migrate');
  process.exit(1);
}
const { role } = await migrateAll(ownerUrl, {
  secret,
  appUrl: process.env.DATABASE_APP_URL || undefined,
  onApplied: (schema, applied) => logger.info({ schema, applied }, 'migrations applied'),
});
logger.info({ appRole: role }, 'database migrated and granted');
