// Connection pool usage, read from the pg pool (the one Prisma's driver adapter and pg-boss share) at each
// scrape. A pool at its maximum with callers waiting is the first sign of a database that cannot keep up.
import type pg from 'pg';
import { Gauge } from 'prom-client';
import { registry } from './registry.ts';

const pools = new Map<string, pg.Pool>();

const gauge = (name: string, help: string, read: (pool: pg.Pool) => number) =>
  new Gauge({
    name,
    help,
    labelNames: ['pool'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [label, pool] of pools) this.set({ pool: label }, read(pool));
    },
  });

gauge('duda_db_pool_connections', 'Open connections of the pool, busy or idle', (p) => p.totalCount);
gauge('duda_db_pool_idle_connections', 'Open connections of the pool no query holds', (p) => p.idleCount);
gauge(
  'duda_db_pool_waiting_clients',
  'Queries and transactions waiting for a connection',
  (p) => p.waitingCount,
);
gauge('duda_db_pool_max_connections', 'The most connections the pool opens', (p) => p.options.max ?? 10);

/** Reports `pool` under the label `pool="<name>"` (one name per pool of the process). */
export function observePool(pool: pg.Pool, name = 'app'): () => void {
  pools.set(name, pool);
  return () => {
    if (pools.get(name) === pool) pools.delete(name);
  };
}
