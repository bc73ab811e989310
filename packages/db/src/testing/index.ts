import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connectionAs, grantAppRole, provisionAppRole } from '../app-role.ts';
import { applyMigrations } from '../migrations.ts';
import { createDatabase, createPool } from '../pool.ts';
import type { ServiceDatabase } from '../service-database.ts';
import './provided.ts';

/** A connection as the database's least-privilege app role, as the services connect at run time. */
export interface AppConnection {
  role: string;
  url: string;
  pool: pg.Pool;
}

export interface TestDatabase {
  /** Connected as the owner role, which applied the migrations. */
  url: string;
  pool: pg.Pool;
  /**
   * The same database as the app role (`<database>_app`, granted on the services given to
   * `createTestDatabase`): created on the first call, dropped with the database.
   */
  asApp(): Promise<AppConnection>;
  drop(): Promise<void>;
}

/** The server provided by the global setup (see `@duda/db/vitest-global-setup`). */
export const testServerUrl = () => inject('postgresUrl');

/** Drops the database and its app role, which a gateway started on it may have made too (ADR 0012). */
async function dropDatabaseAndRole(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`DROP ROLE IF EXISTS "${name}_app"`);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database on the test server with the given services' migrations applied. The app role costs a
 * role and a few grants, so it is made only when a test asks for it (`asApp`).
 */
export async function createTestDatabase(databases: ServiceDatabase[]): Promise<TestDatabase> {
  const adminUrl = testServerUrl();
  const name = `duda_test_${randomBytes(6).toString('hex')}`;
  const url = await createDatabase(adminUrl, name);
  const pool = createPool(url, 5);
  for (const database of databases) await applyMigrations(pool, database);
  let app: Promise<AppConnection> | undefined;
  const asApp = () =>
    (app ??= (async () => {
      const role = { name: `${name}_app`, password: randomBytes(18).toString('base64url') };
      await provisionAppRole(pool, role);
      await grantAppRole(pool, role.name, databases);
      const appUrl = connectionAs(url, role);
      return { role: role.name, url: appUrl, pool: createPool(appUrl, 5) };
    })());
  return {
    url,
    pool,
    asApp,
    drop: async () => {
      const appPool = await app?.then((a) => a.pool).catch(() => undefined);
      await appPool?.end();
      await pool.end();
      await dropDatabaseAndRole(adminUrl, name);
    },
  };
}
