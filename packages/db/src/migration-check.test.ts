import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertMigrated, MigrationsNotApplied } from './migration-check.ts';
import { defineServiceDatabase, type ServiceDatabase } from './service-database.ts';
import { createTestDatabase, type TestDatabase } from './testing/index.ts';

const fixture = fileURLToPath(new URL('../test-fixtures/ledger', import.meta.url));

async function copyOfFixture(): Promise<ServiceDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'duda-ledger-'));
  await cp(fixture, dir, { recursive: true });
  return defineServiceDatabase(dir, 'ledger');
}

/** A migration the code ships and the database has not seen. */
async function addMigration(database: ServiceDatabase, name: string, sql: string) {
  await mkdir(path.join(database.migrationsDir, name));
  await writeFile(path.join(database.migrationsDir, name, 'migration.sql'), sql);
}

describe('assertMigrated, as the app role', () => {
  let ledger: ServiceDatabase;
  let db: TestDatabase;
  beforeEach(async () => {
    ledger = await copyOfFixture();
    db = await createTestDatabase([ledger]);
  });
  afterEach(() => db.drop());

  it('passes on a database with every migration applied', async () => {
    const app = await db.asApp();
    await expect(assertMigrated(app.pool, [ledger], app.url)).resolves.toBeUndefined();
  });

  it('refuses a database missing one migration, naming it and the migrate job', async () => {
    const app = await db.asApp();
    await addMigration(ledger, '20260102000000_currency', 'ALTER TABLE "Entry" ADD COLUMN "currency" TEXT;');
    const refused = assertMigrated(app.pool, [ledger], app.url);
    await expect(refused).rejects.toThrow(MigrationsNotApplied);
    await expect(refused).rejects.toThrow(
      /Schema "ledger": migration 20260102000000_currency not applied.*run the migrate job first/,
    );
  });

  it('refuses a database migrated by a newer version', async () => {
    const app = await db.asApp();
    await db.pool.query(
      `INSERT INTO duda_migrations.applied (service_schema, name, checksum, duration_ms)
       VALUES ('ledger', '20270101000000_later', 'x', 1)`,
    );
    await expect(assertMigrated(app.pool, [ledger], app.url)).rejects.toThrow(
      /20270101000000_later that this code does not know/,
    );
  });

  it('refuses, naming the role and the migrate job, when the role may not read the ledger', async () => {
    const app = await db.asApp();
    await db.pool.query(`REVOKE SELECT ON duda_migrations.applied FROM "${app.role}"`);
    await expect(assertMigrated(app.pool, [ledger], app.url)).rejects.toThrow(
      new RegExp(`"${app.role}" \\(DATABASE_APP_URL\\) may not read .*run the migrate job first`),
    );
  });
});

describe('assertMigrated on a database nobody migrated', () => {
  it('names every migration as not applied', async () => {
    const ledger = await copyOfFixture();
    const db = await createTestDatabase([]);
    try {
      const app = await db.asApp();
      await expect(assertMigrated(app.pool, [ledger], app.url)).rejects.toThrow(
        /migration 20260101000000_init not applied/,
      );
    } finally {
      await db.drop();
    }
  });
});
