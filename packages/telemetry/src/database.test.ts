// Pool, queue and outbox gauges read from a real PostgreSQL, with pg-boss's own tables.
import { createPool } from '@duda/db';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observeEvents } from './events.ts';
import { observePool } from './pool.ts';
import { registry } from './registry.ts';
import { parseMetrics, type Family } from './testing/metrics.ts';

const values = (family: Family | undefined, label: string) =>
  Object.fromEntries((family?.samples ?? []).map((s) => [s.labels[label], s.value]));

describe('database gauges', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase([]);
    const boss = new PgBoss({
      db: { executeSql: (text, params) => db.pool.query(text, params) },
      schema: 'pgboss',
      supervise: false,
      schedule: false,
    });
    await boss.start();
    for (const queue of ['ledger.post', 'ledger.close', 'other.sweep']) await boss.createQueue(queue);
    await boss.send('ledger.post', {});
    await boss.send('ledger.post', {}, { startAfter: 3600 });
    await boss.send('other.sweep', {});
    await boss.stop({ graceful: false, close: false });
    await db.pool.query(`
      CREATE SCHEMA ledger;
      CREATE TABLE ledger.outbox_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), type text NOT NULL, payload jsonb NOT NULL,
        occurred_at timestamptz(3) NOT NULL DEFAULT now(), published_at timestamptz(3));
      INSERT INTO ledger.outbox_event (type, payload, occurred_at, published_at) VALUES
        ('ledger.posted', '{}', now() - interval '2 hours', now() - interval '1 hour'),
        ('ledger.posted', '{}', now() - interval '90 seconds', NULL),
        ('ledger.posted', '{}', now() - interval '10 seconds', NULL);
      CREATE SCHEMA quiet;
      CREATE TABLE quiet.outbox_event (LIKE ledger.outbox_event INCLUDING ALL);`);
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('reports the pool’s open, idle and waiting connections against its maximum', async () => {
    const pool = createPool(db.url, 1);
    const forget = observePool(pool, 'test');
    const held = await pool.connect();
    const waiting = pool.connect();
    try {
      const families = parseMetrics(await registry.metrics());
      expect(values(families.get('duda_db_pool_connections'), 'pool').test).toBe(1);
      expect(values(families.get('duda_db_pool_idle_connections'), 'pool').test).toBe(0);
      expect(values(families.get('duda_db_pool_waiting_clients'), 'pool').test).toBe(1);
      expect(values(families.get('duda_db_pool_max_connections'), 'pool').test).toBe(1);
    } finally {
      held.release();
      (await waiting).release();
      forget();
      await pool.end();
    }
  });

  it('reports the queues of the services observed, and per outbox the age of the oldest event not handed over', async () => {
    const forget = observeEvents(db.pool, [
      { service: 'ledger', outboxSchema: 'ledger' },
      { service: 'quiet', outboxSchema: 'quiet' },
    ]);
    try {
      const families = parseMetrics(await registry.metrics());
      // Another service's queue is its own process's to report.
      expect(values(families.get('duda_job_queue_depth'), 'queue')).toEqual({
        'ledger.post': 2,
        'ledger.close': 0,
      });
      expect(values(families.get('duda_job_queue_active'), 'queue')).toEqual({
        'ledger.post': 0,
        'ledger.close': 0,
      });
      expect(values(families.get('duda_event_outbox_pending'), 'schema')).toEqual({ ledger: 2, quiet: 0 });
      const lag = values(families.get('duda_event_lag_seconds'), 'schema');
      expect(lag.ledger).toBeGreaterThanOrEqual(90);
      expect(lag.ledger).toBeLessThan(3600);
      expect(lag.quiet).toBe(0);
    } finally {
      forget();
    }
  });

  it('leaves out what it cannot read, and still answers', async () => {
    const forget = observeEvents(db.pool, [{ service: 'gone', outboxSchema: 'gone' }]);
    try {
      const families = parseMetrics(await registry.metrics());
      expect(families.get('duda_event_lag_seconds')?.samples).toEqual([]);
      expect(families.get('duda_job_queue_depth')?.samples).toEqual([]);
    } finally {
      forget();
    }
  });
});
