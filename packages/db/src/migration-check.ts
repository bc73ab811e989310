// A process that does not migrate (ADR 0015: on Kubernetes only the migrate Job holds the owner's URL) checks
// instead, as the app role, that the database is exactly as migrated as its code expects — the same three
// refusals as applyMigrations (pending, edited, unknown), but read from the ledger, which the owner granted
// the app role SELECT on (grantAppRole), never written.
import type pg from 'pg';
import { roleOf } from './app-role.ts';
import { migrationStatus } from './migrations.ts';
import type { ServiceDatabase } from './service-database.ts';

const RUN_THE_JOB =
  'run the migrate job first (the Kubernetes Job duda-migrate, or `pnpm --filter @duda/gateway migrate` ' +
  'with DATABASE_URL as the owner role)';

/** The database is not migrated for this code: the process must not start. The message says what to do. */
export class MigrationsNotApplied extends Error {
  override name = 'MigrationsNotApplied';
}

const plural = (names: string[]) => `migration${names.length > 1 ? 's' : ''} ${names.join(', ')}`;

/**
 * Resolves when every migration of `databases` is applied, unchanged, and the database knows none other;
 * otherwise rejects with MigrationsNotApplied naming the schema and the migrations. `pool` connects as the app
 * role (`url` only names it in the message).
 */
export async function assertMigrated(
  pool: pg.Pool,
  databases: readonly ServiceDatabase[],
  url: string,
): Promise<void> {
  for (const database of databases) {
    const schema = `Schema "${database.schema}"`;
    let status;
    try {
      status = await migrationStatus(pool, database);
    } catch (error) {
      // 42501: the role may not read the ledger — the Job that grants it has not run on this database.
      if ((error as { code?: string }).code !== '42501') throw error;
      throw new MigrationsNotApplied(
        `${schema}: the database role "${roleOf(url)}" (DATABASE_APP_URL) may not read the migration ledger ` +
          `duda_migrations.applied, so the database was never migrated for it: ${RUN_THE_JOB}.`,
        { cause: error },
      );
    }
    if (status.pending.length > 0)
      throw new MigrationsNotApplied(
        `${schema}: ${plural(status.pending)} not applied; this process does not migrate without DATABASE_URL: ` +
          `${RUN_THE_JOB}.`,
      );
    if (status.edited.length > 0)
      throw new MigrationsNotApplied(
        `${schema}: ${plural(status.edited)} changed after being applied. Committed migrations are immutable: ` +
          'deploy the code the database was migrated with.',
      );
    if (status.unknown.length > 0)
      throw new MigrationsNotApplied(
        `${schema}: the database has ${plural(status.unknown)} that this code does not know. It was migrated by a ` +
          'newer version; deploy that version or restore a matching backup.',
      );
  }
}
