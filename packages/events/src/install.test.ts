// pg-boss under least privilege: installed by the owner role, run by the services' app role, which adds and
// drops queue partitions in pg-boss's schema and relays the outbox, and owns nothing else.
import { createPool } from '@duda/db';
import { createTestDatabase, type AppConnection, type TestDatabase } from '@duda/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database, ledgerPrisma, noteAdded, silentLogger, until } from '../test-fixtures/ledger/service.ts';
import { INSTALL_LOCK, installEvents } from './install.ts';
import { recordEvent } from './outbox.ts';
import { startEvents } from './runtime.ts';
import { scheduleJob, subscribe, type ServiceEvents } from './service-events.ts';

describe('events run by the app role', () => {
  let db: TestDatabase;
  let app: AppConnection;
  beforeAll(async () => {
    db = await createTestDatabase([database]);
    app = await db.asApp();
  });
  afterAll(() => db?.drop());

  const service = (read: string[], extra: ServiceEvents['jobs'] = []): ServiceEvents => ({
    service: 'ledger',
    outboxSchema: database.schema,
    subscriptions: [subscribe(noteAdded, 'reader', async (event) => void read.push(event.payload.text))],
    jobs: [scheduleJob('digest', '0 8 * * *', async () => {}), ...extra],
  });

  it('installs one process at a time: a start waits while another installs (replicas of a rollout)', async () => {
    const fresh = await createTestDatabase([database]);
    const holder = await fresh.pool.connect();
    try {
      const role = (await fresh.asApp()).role;
      await holder.query('SELECT pg_advisory_lock(hashtext($1))', [INSTALL_LOCK]);
      const starts = Array.from({ length: 3 }, async () => {
        const pool = createPool(fresh.url, 2);
        try {
          await installEvents(pool, role);
        } finally {
          await pool.end();
        }
      });
      const installed = async () =>
        (await fresh.pool.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'`)).rowCount === 1;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await installed()).toBe(false);
      await holder.query('SELECT pg_advisory_unlock(hashtext($1))', [INSTALL_LOCK]);
      await expect(Promise.all(starts)).resolves.toHaveLength(3);
      expect(await installed()).toBe(true);
    } finally {
      holder.release();
      await fresh.drop();
    }
  });

  it('cannot install pg-boss itself: creating its schema needs the owner', async () => {
    const running = startEvents({ pool: app.pool, logger: silentLogger, services: [service([])] });
    await expect(running).rejects.toMatchObject({ code: '42501' });
  });

  it('creates and drops queues and delivers events once the owner installed pg-boss for it', async () => {
    await installEvents(db.pool, app.role);
    await installEvents(db.pool, app.role); // every start does it again
    const read: string[] = [];
    const oldJob = scheduleJob('old-job', '0 9 * * *', async () => {});
    await (
      await startEvents({ pool: app.pool, logger: silentLogger, services: [service([], [oldJob])] })
    ).stop();
    const events = await startEvents({
      pool: app.pool,
      logger: silentLogger,
      pollingSeconds: 0.5,
      services: [service(read)],
    });
    try {
      const prisma = ledgerPrisma(app.pool);
      await prisma.$transaction((tx) => recordEvent(tx, noteAdded, { text: '整改单已关闭' }));
      await until(() => read.length > 0, 'the reader got the note');
      expect(read).toEqual(['整改单已关闭']);
      await prisma.$disconnect();
    } finally {
      await events.stop();
    }
    const { rows } = await db.pool.query<{ name: string }>(
      `SELECT name FROM pgboss.queue WHERE name LIKE 'ledger.%' ORDER BY name`,
    );
    expect(rows.map((r) => r.name)).toEqual(['ledger.digest', 'ledger.outbox-cleanup', 'ledger.reader']);
    const notOwned = await db.pool.query(
      `SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'pgboss'::regnamespace
          AND relkind IN ('r', 'p') AND relowner <> $1::regrole`,
      [app.role],
    );
    expect(notOwned.rows[0].n).toBe(0);
  });
});
