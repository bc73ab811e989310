import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { ServiceDatabase } from './service-database.ts';

export type { Pool } from 'pg';

/** One pool per process; every in-process service shares it and stays inside its own schema. */
export function createPool(url: string, max = 10, options: { keepOpen?: boolean } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    // Kept open: none is closed for being idle, so the pool is as large as its busiest moment so far.
    ...(options.keepOpen ? { min: max } : {}),
    idleTimeoutMillis: 30_000,
  });
  // An idle connection the server ends (a restart, a failover, the embedded server stopping at SIGTERM
  // before the pool does) is dropped by the pool and replaced at the next query. Unlistened, its 'error'
  // event would crash the process.
  pool.on('error', () => undefined);
  // The pool listens only while a connection is idle: one checked out (a transaction, the events relay, an
  // advisory lock) whose server dies would emit an unlistened 'error' and end the process, where its
  // pending queries are rejected anyway and the caller answers 503. Every connection keeps a listener.
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

/**
 * Opens every connection a pool may hold, at once. A process that serves bursts (an exam's close: 2,000 submits in
 * ten seconds) would otherwise open them during the burst, each a fork and a SCRAM handshake on the database's
 * cores, while answers wait; opened at start, with `keepOpen`, they stay.
 */
export async function openAllConnections(pool: pg.Pool): Promise<void> {
  const clients = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
  clients.forEach((client) => client.release());
}

/**
 * How long a service's transaction may wait for a connection and run. Prisma's defaults (2 s and 5 s) are
 * for a quiet server: on a busy one (two cores, a burst of saves or a seed) a correct write would fail
 * for want of a connection. A user still gets an answer well within the request timeout.
 */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

/** The Prisma driver adapter for one service: its queries are qualified with the service's schema. */
export function createPrismaAdapter(pool: pg.Pool, database: ServiceDatabase): PrismaPg {
  return new PrismaPg(pool, { schema: database.schema });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Creates a database on the server of `adminUrl` — empty, or a copy of `template` (which nobody may be
 * connected to) — and returns its connection string.
 */
export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  } finally {
    await client.end();
  }
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
