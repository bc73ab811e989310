// pg-boss's schema under least privilege (ADR 0012): installed and upgraded by the owner role at migration
// time, then owned and run by the services' app role, because pg-boss 10 runs DDL there at run time (each
// queue is a partition of its job table, created by createQueue and dropped by deleteQueue).
import { handOverSchema } from '@duda/db';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { PG_BOSS_SCHEMA } from './runtime.ts';

/**
 * Installs pg-boss's schema, or upgrades it to this pg-boss version, connected as the owner role (creating
 * a schema needs CREATE on the database, which the app role lacks); then hands the schema and all in it to
 * `appRole`. Idempotent: a schema installed before the app role existed is handed over at the next start.
 * One process at a time: pg-boss's `CREATE SCHEMA IF NOT EXISTS` is no guard against another process creating it
 * in the same instant (two replicas starting together failed on pg_namespace's unique key). The lock is held on
 * a connection of its own, outside the owner's small pool, which the installation itself uses.
 */
/** The advisory lock one installation holds at a time. */
export const INSTALL_LOCK = 'duda-pgboss-install';

export async function installEvents(ownerPool: pg.Pool, appRole: string): Promise<void> {
  const lock = new pg.Client(ownerPool.options);
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [INSTALL_LOCK]);
    const boss = new PgBoss({
      db: { executeSql: (text, values) => ownerPool.query(text, values) },
      schema: PG_BOSS_SCHEMA,
      supervise: false,
      schedule: false,
    });
    await boss.start();
    await boss.stop({ graceful: false, close: false });
    await handOverSchema(ownerPool, PG_BOSS_SCHEMA, appRole);
  } finally {
    // Ending the session releases its advisory lock.
    await lock.end().catch(() => undefined);
  }
}
