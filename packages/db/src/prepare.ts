// A process's database start-up under least privilege (ADR 0012), for the gateway and for a service run as
// its own process: the owner role migrates and provisions; the process then connects as the app role only.
import type pg from 'pg';
import { appRoleFor, connectionAs, grantAppRole, provisionAppRole, roleOf } from './app-role.ts';
import { applyMigrations } from './migrations.ts';
import { createPool } from './pool.ts';
import type { ServiceDatabase } from './service-database.ts';

export interface AppConnectionOptions {
  /** The secret every process of the deployment shares (DUDA_SERVICE_SECRET): the provisioned role's password derives from it. */
  secret: string;
  /** DATABASE_APP_URL: a role made by the operator; nothing is provisioned then. */
  appUrl?: string | undefined;
}

export interface PrepareOptions extends AppConnectionOptions {
  onApplied?: (schema: string, applied: string[]) => void;
  /** More owner-side set-up for the app role, e.g. installing pg-boss for it (`installEvents`). */
  withOwner?: (ownerPool: pg.Pool, role: string) => Promise<void>;
}

/** Where the services connect: `appUrl`, or the role `<database>_app` provisioned on the owner's server. */
export function appConnection(
  ownerUrl: string,
  options: AppConnectionOptions,
): { url: string; role: string } {
  if (options.appUrl) return { url: options.appUrl, role: roleOf(options.appUrl) };
  const role = appRoleFor(ownerUrl, options.secret);
  return { url: connectionAs(ownerUrl, role), role: role.name };
}

/**
 * As the owner: applies the services' migrations, creates the app role unless `appUrl` names one, grants it
 * the services' tables, then `withOwner`. The owner's connections are closed afterwards.
 */
export async function prepareDatabase(
  ownerUrl: string,
  databases: readonly ServiceDatabase[],
  options: PrepareOptions,
): Promise<{ url: string; role: string }> {
  const owner = createPool(ownerUrl, 2);
  try {
    for (const database of databases) {
      const applied = await applyMigrations(owner, database);
      if (applied.length) options.onApplied?.(database.schema, applied);
    }
    if (!options.appUrl) await provisionAppRole(owner, appRoleFor(ownerUrl, options.secret));
    const connection = appConnection(ownerUrl, options);
    await grantAppRole(owner, connection.role, databases);
    await options.withOwner?.(owner, connection.role);
    return connection;
  } finally {
    await owner.end();
  }
}
