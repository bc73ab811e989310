import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defineServiceDatabase } from '../service-database.ts';
import { createTestDatabase, type TestDatabase } from './index.ts';

const fixture = fileURLToPath(new URL('../../test-fixtures/journal', import.meta.url));

describe('test databases copied from templates', () => {
  const made: TestDatabase[] = [];
  const make = async (...args: Parameters<typeof createTestDatabase>) => {
    const db = await createTestDatabase(...args);
    made.push(db);
    return db;
  };
  afterAll(() => Promise.all(made.map((db) => db.drop())));

  it('fills content once for any number of concurrent callers, and each gets a copy of its own', async () => {
    const journal = defineServiceDatabase(fixture, 'journal');
    let fills = 0;
    const content = {
      key: `three accounts ${Math.random()}`,
      fill: async (db: TestDatabase) => {
        fills += 1;
        // As a seed runs: through the least-privilege role.
        const { pool } = await db.asApp();
        await pool.query(`INSERT INTO journal."Account" (name) VALUES ('a'), ('b'), ('c')`);
      },
    };
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => make([journal], { content })));
    expect(fills).toBe(1);
    await first!.pool.query(`DELETE FROM journal."Account" WHERE name = 'a'`);
    const count = async (db: TestDatabase) =>
      Number((await db.pool.query('SELECT count(*) AS n FROM journal."Account"')).rows[0].n);
    expect([await count(first!), await count(second!), await count(third!)]).toEqual([2, 3, 3]);
    // A copy's own app role may write its rows (the template's grants named another role).
    const app = await third!.asApp();
    await app.pool.query(`INSERT INTO journal."Account" (name) VALUES ('d')`);
    expect(await count(third!)).toBe(4);
  });

  it('migrates again when a migration changes, and never hands out a stale copy', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'duda-journal-'));
    await cp(fixture, dir, { recursive: true });
    const copy = defineServiceDatabase(dir, 'journal');
    const before = await make([copy]);
    const added = path.join(dir, 'prisma', 'migrations', '20260102000000_notes');
    await mkdir(added);
    await writeFile(path.join(added, 'migration.sql'), 'CREATE TABLE "Note" ("id" SERIAL PRIMARY KEY);');
    const after = await make([copy]);
    const notes = (db: TestDatabase) =>
      db.pool.query(`SELECT to_regclass('journal."Note"') AS t`).then((r) => r.rows[0].t);
    expect([await notes(before), await notes(after)]).toEqual([null, 'journal."Note"']);
  });
});
