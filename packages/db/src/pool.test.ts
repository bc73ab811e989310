// A pool outlives the server ending one of its idle connections (restart, failover, shutdown order).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool } from './pool.ts';
import { createTestDatabase, type TestDatabase } from './testing/index.ts';

describe('createPool', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase([]);
  });
  afterAll(() => db?.drop());

  it('drops an idle connection the server terminated and answers the next query on a new one', async () => {
    const pool = createPool(db.url, 1);
    try {
      const before = (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      await db.pool.query('SELECT pg_terminate_backend($1)', [before]);
      await new Promise((resolve) => setTimeout(resolve, 200)); // the idle client hears of it
      const after = (await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      expect(after).not.toBe(before);
    } finally {
      await pool.end();
    }
  });
});
