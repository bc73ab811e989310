// The migration Job's command: one run leaves every service's schema migrated, the app role able to use it
// and owning pg-boss's schema — what a replica then starts on without migrating anything itself.
import { appConnection, createPool, migrationStatus } from '@duda/db';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateAll } from './migrate.ts';
import { modules } from './modules.ts';

describe('migrateAll', () => {
  let db: TestDatabase;
  let role: string;
  beforeAll(async () => {
    db = await createTestDatabase([]);
    ({ role } = await migrateAll(db.url, { secret: 'migrate-secret' }));
  });
  afterAll(() => db?.drop());

  it('applies every service module’s migrations', async () => {
    for (const m of modules) {
      const status = await migrationStatus(db.pool, m.database);
      expect(status.pending, m.name).toEqual([]);
      expect(status.applied.length, m.name).toBeGreaterThan(0);
    }
  });

  it('hands pg-boss’s schema to the app role', async () => {
    const { rows } = await db.pool.query(
      `SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = 'pgboss'`,
    );
    expect(rows).toEqual([{ owner: role }]);
  });

  it('grants the app role every service’s tables and the migration ledger', async () => {
    const schemas = modules.map((m) => m.database.schema);
    const { rows: tables } = await db.pool.query(
      `SELECT table_schema, table_name, has_table_privilege($2, format('%I.%I', table_schema, table_name), 'SELECT') AS readable
         FROM information_schema.tables WHERE table_schema = ANY($1)`,
      [schemas, role],
    );
    expect(new Set(tables.map((t) => t.table_schema))).toEqual(new Set(schemas));
    expect(tables.filter((t) => !t.readable)).toEqual([]);
    // /readyz reads the ledger as the app role.
    const app = createPool(appConnection(db.url, { secret: 'migrate-secret' }).url, 1);
    try {
      expect((await migrationStatus(app, modules[0].database)).pending).toEqual([]);
    } finally {
      await app.end();
    }
  });

  it('applies nothing the second time', async () => {
    const applied: string[] = [];
    await migrateAll(db.url, {
      secret: 'migrate-secret',
      onApplied: (_schema, names) => applied.push(...names),
    });
    expect(applied).toEqual([]);
  });
});
