// A pool outlives the server ending one of its connections (restart, failover, shutdown order), idle or checked out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, openAllConnections } from './pool.ts';
import { createTestDatabase, type TestDatabase } from './testing/index.ts';

describe('createPool', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase([]);
  });
  afterAll(() => db?.drop());

  it('opens every connection it may hold at once, each its own server process', async () => {
    const pool = createPool(db.url, 3, { keepOpen: true });
    try {
      await openAllConnections(pool);
      expect([pool.totalCount, pool.idleCount]).toEqual([3, 3]);
      const pids = await Promise.all(
        [1, 2, 3].map(() => pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')),
      );
      expect(pool.totalCount).toBe(3);
      expect(new Set(pids.map((r) => r.rows[0]!.pid)).size).toBe(3);
    } finally {
      await pool.end();
    }
  });

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

  it('survives the server ending a checked-out connection: its holder gets a rejected query, not a dead process', async () => {
    const pool = createPool(db.url, 1);
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      const held = await pool.connect(); // as a transaction or the events relay holds one
      const pid = (await held.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      await db.pool.query('SELECT pg_terminate_backend($1)', [pid]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(held.query('SELECT 1')).rejects.toThrow();
      held.release(true);
      expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows[0]!.one).toBe(1);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
      await pool.end();
    }
  });
});
