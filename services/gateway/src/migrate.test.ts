// The migration Job's command: one run leaves every service's schema migrated, the app role able to use it
// and owning pg-boss's schema — what a replica then starts on without migrating anything itself.
import { appConnection, createPool, dropDatabase, migrationStatus, withDatabase } from '@duda/db';
import { createTestDatabase, testServerUrl, type TestDatabase } from '@duda/db/testing';
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

// As docs/operations.md sets up a managed server: an owner that is no superuser and may not create roles,
// owning the database, and an app role made by hand and named in DATABASE_APP_URL.
describe('migrateAll on a hosted server', () => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const owner = `duda_hosted_owner_${suffix}`;
  const app = `duda_hosted_app_${suffix}`;
  const database = `duda_hosted_${suffix}`;
  const admin = createPool(testServerUrl(), 1);
  const urlAs = (role: string) => {
    const url = new URL(withDatabase(testServerUrl(), database));
    url.username = role;
    url.password = 'hosted-password';
    return url.toString();
  };
  beforeAll(async () => {
    for (const role of [owner, app])
      await admin.query(`CREATE ROLE "${role}" LOGIN PASSWORD 'hosted-password'`);
    await admin.query(`CREATE DATABASE "${database}" OWNER "${owner}"`);
  });
  afterAll(async () => {
    await dropDatabase(testServerUrl(), database);
    for (const role of [owner, app]) await admin.query(`DROP ROLE IF EXISTS "${role}"`);
    await admin.end();
  });

  it('needs the owner to be a member of the app role (it hands pg-boss’s schema over)', async () => {
    await expect(migrateAll(urlAs(owner), { secret: 'unused', appUrl: urlAs(app) })).rejects.toThrow(
      /must be able to SET ROLE/,
    );
  });

  it('migrates and grants once the owner is', async () => {
    await admin.query(`GRANT "${app}" TO "${owner}"`);
    const { role } = await migrateAll(urlAs(owner), { secret: 'unused', appUrl: urlAs(app) });
    expect(role).toBe(app);
    const pool = createPool(urlAs(app), 1);
    try {
      for (const m of modules) expect((await migrationStatus(pool, m.database)).pending, m.name).toEqual([]);
      const { rows } = await pool.query(
        `SELECT pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = 'pgboss'`,
      );
      expect(rows).toEqual([{ owner: app }]);
    } finally {
      await pool.end();
    }
  });
});
