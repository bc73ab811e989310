import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database, noteAdded, silentLogger } from '../test-fixtures/ledger/service.ts';
import { startEvents } from './runtime.ts';
import { scheduleJob, subscribe, type ServiceEvents } from './service-events.ts';

describe('starting the events runtime again after a deployment', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase([database]);
  });
  afterAll(() => db?.drop());

  const run = async (service: ServiceEvents) =>
    (await startEvents({ pool: db.pool, logger: silentLogger, services: [service] })).stop();
  const rows = async (sql: string) =>
    (await db.pool.query<{ name: string }>(sql)).rows.map((r) => r.name).sort();

  it('forgets subscribers and jobs removed from the code, with the jobs they held, and keeps the rest', async () => {
    const reader = subscribe(noteAdded, 'reader', async () => {});
    const digest = scheduleJob('digest', '0 8 * * *', async () => {});
    await run({
      service: 'ledger',
      subscriptions: [reader, subscribe(noteAdded, 'old-reader', async () => {})],
      // Run at start, so its queue holds a job when the next deployment forgets it.
      jobs: [digest, scheduleJob('old-job', '0 9 * * *', async () => {}, { runAtStart: true })],
    });
    await run({ service: 'ledger', subscriptions: [reader], jobs: [digest] });

    expect(await rows(`SELECT name FROM pgboss.queue WHERE name LIKE 'ledger.%'`)).toEqual([
      'ledger.digest',
      'ledger.reader',
    ]);
    expect(await rows('SELECT name FROM pgboss.subscription')).toEqual(['ledger.reader']);
    expect(await rows('SELECT name FROM pgboss.schedule')).toEqual(['ledger.digest']);
  });

  it('runs a job declared to run at start once as the process starts, whatever its schedule', async () => {
    const runs: Date[] = [];
    const catchUp = scheduleJob('catch-up', '0 8 1 1 *', async (run) => void runs.push(run.firedAt), {
      runAtStart: true,
    });
    const events = await startEvents({
      pool: db.pool,
      logger: silentLogger,
      services: [{ service: 'ledger', jobs: [catchUp] }],
      pollingSeconds: 0.5,
    });
    try {
      await expect.poll(() => runs.length, { timeout: 10_000 }).toBe(1);
    } finally {
      await events.stop();
    }
  });

  it('drops the bookkeeping of a job that outlives the stop, instead of using the pool it has ended', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let started = false;
    const slow = scheduleJob(
      'slow',
      '0 8 1 1 *',
      async () => {
        started = true;
        await released;
        throw new Error('finished after the stop');
      },
      { runAtStart: true },
    );
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', note);
    try {
      const events = await startEvents({
        connectionString: db.url,
        logger: silentLogger,
        services: [{ service: 'ledger', jobs: [slow] }],
        pollingSeconds: 0.5,
        stopWaitMs: 1000,
      });
      await expect.poll(() => started, { timeout: 10_000 }).toBe(true);
      await events.stop();
      release();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', note);
    }
  });
});
