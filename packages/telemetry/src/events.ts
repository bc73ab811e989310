// The event and job backlog, read from PostgreSQL at each scrape: pg-boss queue depth of the services this
// process hosts, and per service schema the age of the oldest outbox event not yet handed to pg-boss (the
// relay's lag). Every process hosting a service reports the same figures: aggregate with max(), not sum().
import type pg from 'pg';
import { Gauge } from 'prom-client';
import { registry } from './registry.ts';

/** The part of a service's `ServiceEvents` (`@duda/events`) read here. */
export interface ObservedEvents {
  /** The service's name: its queues are `<service>.<name>`. */
  service: string;
  outboxSchema?: string;
}

interface Observed {
  pool: pg.Pool;
  services: readonly ObservedEvents[];
}

const observed = new Set<Observed>();
const SCHEMA = /^[a-z][a-z0-9_]*$/;

async function queueDepths(pool: pg.Pool, services: readonly string[]) {
  const { rows } = await pool.query<{ queue: string; queued: number; active: number }>(
    `SELECT q.name AS queue,
            count(j.id) FILTER (WHERE j.state < 'active')::int AS queued,
            count(j.id) FILTER (WHERE j.state = 'active')::int AS active
       FROM pgboss.queue q
       LEFT JOIN pgboss.job j ON j.name = q.name AND j.state <= 'active'
      WHERE split_part(q.name, '.', 1) = ANY($1::text[])
      GROUP BY q.name`,
    [services],
  );
  return rows;
}

async function outboxLag(pool: pg.Pool, schema: string) {
  if (!SCHEMA.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
  const { rows } = await pool.query<{ pending: number; lag: number }>(
    `SELECT count(*)::int AS pending,
            coalesce(extract(epoch FROM now() - min(occurred_at)), 0)::float8 AS lag
       FROM "${schema}".outbox_event WHERE published_at IS NULL`,
  );
  return rows[0]!;
}

interface Reading {
  queues: { queue: string; queued: number; active: number }[];
  outboxes: { schema: string; pending: number; lag: number }[];
}

async function read(): Promise<Reading> {
  const reading: Reading = { queues: [], outboxes: [] };
  // A database out of reach leaves the series out (alert on their absence); /metrics still answers.
  for (const { pool, services } of observed) {
    reading.queues.push(
      ...(await queueDepths(
        pool,
        services.map((s) => s.service),
      ).catch(() => [])),
    );
    for (const schema of services.flatMap((s) => (s.outboxSchema ? [s.outboxSchema] : []))) {
      const outbox = await outboxLag(pool, schema).catch(() => null);
      if (outbox) reading.outboxes.push({ schema, ...outbox });
    }
  }
  return reading;
}

// The registry collects every metric of a scrape at once: the four gauges share one reading.
let inFlight: Promise<Reading> | null = null;
function scrapeReading() {
  inFlight ??= read().finally(() => (inFlight = null));
  return inFlight;
}

function gauge<L extends string>(
  name: string,
  help: string,
  label: L,
  values: (reading: Reading) => { key: string; value: number }[],
) {
  return new Gauge({
    name,
    help,
    labelNames: [label],
    registers: [registry],
    async collect() {
      const reading = await scrapeReading();
      this.reset();
      for (const { key, value } of values(reading)) this.set({ [label]: key } as Record<L, string>, value);
    },
  });
}

gauge(
  'duda_job_queue_depth',
  'pg-boss jobs waiting to run (created or to be retried), by queue',
  'queue',
  (r) => r.queues.map((q) => ({ key: q.queue, value: q.queued })),
);
gauge('duda_job_queue_active', 'pg-boss jobs being worked on, by queue', 'queue', (r) =>
  r.queues.map((q) => ({ key: q.queue, value: q.active })),
);
gauge(
  'duda_event_outbox_pending',
  'Outbox events not yet handed to pg-boss, by service schema',
  'schema',
  (r) => r.outboxes.map((o) => ({ key: o.schema, value: o.pending })),
);
gauge(
  'duda_event_lag_seconds',
  'Age of the oldest outbox event not yet handed to pg-boss (0 when none waits), by service schema',
  'schema',
  (r) => r.outboxes.map((o) => ({ key: o.schema, value: o.lag })),
);

/** Reports the queues and outboxes of `services` (those this process runs events for), read through `pool`. */
export function observeEvents(pool: pg.Pool, services: readonly ObservedEvents[]): () => void {
  const entry = { pool, services };
  if (services.length > 0) observed.add(entry);
  return () => void observed.delete(entry);
}
