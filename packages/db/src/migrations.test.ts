import { cp, mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, migrationStatus } from './migrations.ts';
import { defineServiceDatabase, type ServiceDatabase } from './service-database.ts';
import { createTestDatabase, type TestDatabase } from './testing/index.ts';

const fixture = fileURLToPath(new URL('../test-fixtures/ledger', import.meta.url));

async function copyOfFixture(): Promise<ServiceDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'duda-ledger-'));
  await cp(fixture, dir, { recursive: true });
  return defineServiceDatabase(dir, 'ledger');
}

describe('applyMigrations', () => {
  let db: TestDatabase;
  let ledger: ServiceDatabase;
  beforeEach(async () => {
    db = await createTestDatabase([]);
    ledger = await copyOfFixture();
  });
  afterEach(() => db.drop());

  it('creates the tables inside the service schema and records what it applied', async () => {
    expect(await applyMigrations(db.pool, ledger)).toEqual(['20260101000000_init']);
    const { rows } = await db.pool.query(
      `SELECT table_schema FROM information_schema.tables WHERE table_name = 'Entry'`,
    );
    expect(rows).toEqual([{ table_schema: 'ledger' }]);
    expect(await migrationStatus(db.pool, ledger)).toMatchObject({
      applied: ['20260101000000_init'],
      pending: [],
    });
  });

  it('applies nothing the second time', async () => {
    await applyMigrations(db.pool, ledger);
    expect(await applyMigrations(db.pool, ledger)).toEqual([]);
  });

  it('refuses to run when an applied migration was edited', async () => {
    await applyMigrations(db.pool, ledger);
    const file = path.join(ledger.migrationsDir, '20260101000000_init', 'migration.sql');
    await writeFile(file, 'SELECT 1;');
    await expect(applyMigrations(db.pool, ledger)).rejects.toThrow(/changed after being applied/);
  });

  it('rolls a failing migration back completely and does not record it', async () => {
    await applyMigrations(db.pool, ledger);
    const broken = path.join(ledger.migrationsDir, '20260102000000_broken');
    await mkdir(broken);
    await writeFile(
      path.join(broken, 'migration.sql'),
      'ALTER TABLE "Entry" ADD COLUMN "currency" TEXT; ALTER TABLE "Nope" ADD COLUMN "x" INT;',
    );
    await expect(applyMigrations(db.pool, ledger)).rejects.toThrow(/20260102000000_broken failed/);
    const { rows } = await db.pool.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'ledger' AND column_name = 'currency'`,
    );
    expect(rows).toEqual([]);
    expect((await migrationStatus(db.pool, ledger)).pending).toEqual(['20260102000000_broken']);
  });
});
