import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { inject } from 'vitest';
import { applyMigrations } from '../migrations.ts';
import { createDatabase, createPool, dropDatabase } from '../pool.ts';
import type { ServiceDatabase } from '../service-database.ts';
import './provided.ts';

export interface TestDatabase {
  url: string;
  pool: pg.Pool;
  drop(): Promise<void>;
}

/** The server provided by the global setup (see `@duda/db/vitest-global-setup`). */
export const testServerUrl = () => inject('postgresUrl');

/** A fresh database on the test server with the given services' migrations applied. */
export async function createTestDatabase(databases: ServiceDatabase[]): Promise<TestDatabase> {
  const adminUrl = testServerUrl();
  const name = `duda_test_${randomBytes(6).toString('hex')}`;
  const url = await createDatabase(adminUrl, name);
  const pool = createPool(url, 5);
  for (const database of databases) await applyMigrations(pool, database);
  return {
    url,
    pool,
    drop: async () => {
      await pool.end();
      await dropDatabase(adminUrl, name);
    },
  };
}
