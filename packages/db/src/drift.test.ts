import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pendingSchemaChange } from './drift.ts';
import { defineServiceDatabase } from './service-database.ts';
import { testServerUrl } from './testing/index.ts';

const fixture = fileURLToPath(new URL('../test-fixtures/ledger', import.meta.url));

describe('pendingSchemaChange', () => {
  it('is empty when the committed migrations produce the Prisma schema', async () => {
    expect(await pendingSchemaChange(testServerUrl(), defineServiceDatabase(fixture, 'ledger'))).toBe('');
  });

  it('returns the SQL for a schema change that has no migration yet', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'duda-ledger-'));
    await cp(fixture, dir, { recursive: true });
    const schemaPath = path.join(dir, 'prisma', 'schema.prisma');
    const schema = await readFile(schemaPath, 'utf8');
    await writeFile(
      schemaPath,
      schema.replace('note      String?', 'note      String?\n  currency  String @default("CNY")'),
    );

    const sql = await pendingSchemaChange(testServerUrl(), defineServiceDatabase(dir, 'ledger'));
    expect(sql).toContain('ALTER TABLE "Entry" ADD COLUMN     "currency" TEXT NOT NULL DEFAULT \'CNY\'');
  });
});
