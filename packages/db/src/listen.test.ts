// A NOTIFY reaches a listener on another connection; a listener whose connection the server ends listens again
// by itself and says so, so its owner can catch up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenTo } from './listen.ts';
import { createPool } from './pool.ts';
import { createTestDatabase, type TestDatabase } from './testing/index.ts';

const until = async (check: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('listenTo', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase([]);
  });
  afterAll(() => db?.drop());

  it('hears what another connection sends on its channel only, and again after its connection is ended', async () => {
    const pool = createPool(db.url, 2);
    const heard: string[] = [];
    let reconnects = 0;
    let losses = 0;
    const listener = listenTo(
      pool,
      'duda test',
      {
        message: (payload) => heard.push(payload),
        reconnected: () => (reconnects += 1),
        lost: () => (losses += 1),
      },
      50,
    );
    try {
      await listener.ready();
      expect(listener.listening).toBe(true);
      await db.pool.query(`SELECT pg_notify('duda test', 'one'), pg_notify('other', 'no')`);
      await until(() => heard.length === 1);

      const pid = (
        await db.pool.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE query LIKE 'LISTEN %' AND datname = current_database()`,
        )
      ).rows[0]!.pid;
      await db.pool.query('SELECT pg_terminate_backend($1)', [pid]);
      await until(() => losses === 1 && reconnects === 1 && listener.listening);
      await db.pool.query(`SELECT pg_notify('duda test', 'two')`);
      await until(() => heard.length === 2);
      expect(heard).toEqual(['one', 'two']);
    } finally {
      await listener.close();
      await pool.end();
    }
    expect(listener.listening).toBe(false);
  });

  it('takes none of the pool’s connections: a pool of one still answers while it listens', async () => {
    const pool = createPool(db.url, 1);
    const listener = listenTo(pool, 'duda other test', { message: () => undefined });
    try {
      await listener.ready();
      const answer = await Promise.race([
        pool.query<{ one: number }>('SELECT 1 AS one').then((r) => r.rows[0]!.one),
        new Promise((resolve) => setTimeout(() => resolve('pool exhausted'), 3_000)),
      ]);
      expect(answer).toBe(1);
    } finally {
      await listener.close();
      await pool.end();
    }
  });
});
