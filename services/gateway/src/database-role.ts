// The gateway's start-up under least privilege (ADR 0012): the owner role (DATABASE_URL, or the embedded
// server's superuser) migrates, provisions and grants; the services then connect as the app role only.
import {
  appRoleFor,
  applyMigrations,
  connectionAs,
  createPool,
  grantAppRole,
  provisionAppRole,
  roleOf,
  type ServiceDatabase,
} from '@duda/db';
import { installEvents } from '@duda/events';
import type { Logger } from 'pino';
import type { GatewayConfig } from './config.ts';

/** Where the services connect: DATABASE_APP_URL, or the role the gateway provisions for this database. */
export function appConnection(ownerUrl: string, config: GatewayConfig): { url: string; role: string } {
  if (config.databaseAppUrl) return { url: config.databaseAppUrl, role: roleOf(config.databaseAppUrl) };
  const role = appRoleFor(ownerUrl, config.serviceSecret);
  return { url: connectionAs(ownerUrl, role), role: role.name };
}

/**
 * As the owner: applies the in-process services' migrations, creates the app role unless DATABASE_APP_URL
 * names one, grants it the services' tables, and installs pg-boss for it when events run here. The owner's
 * connections are closed afterwards; nothing at run time uses them.
 */
export async function prepareDatabase(
  ownerUrl: string,
  databases: readonly ServiceDatabase[],
  options: { config: GatewayConfig; logger: Logger; events: boolean },
): Promise<void> {
  const { config, logger } = options;
  const owner = createPool(ownerUrl, 2);
  try {
    for (const database of databases) {
      const applied = await applyMigrations(owner, database);
      if (applied.length) logger.info({ schema: database.schema, applied }, 'migrations applied');
    }
    if (!config.databaseAppUrl) await provisionAppRole(owner, appRoleFor(ownerUrl, config.serviceSecret));
    const { role } = appConnection(ownerUrl, config);
    await grantAppRole(owner, role, databases);
    if (options.events) await installEvents(owner, role);
  } finally {
    await owner.end();
  }
}
