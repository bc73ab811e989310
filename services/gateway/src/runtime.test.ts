// The gateway's start-up runs the in-process services' events (@duda/events): schedules registered, and
// the outbox relay handing over what a service recorded.
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRuntime } from './runtime.ts';

describe('gateway runtime', () => {
  let db: TestDatabase;
  let runtime: Awaited<ReturnType<typeof startRuntime>>;
  let env: Record<string, string>;
  const saved = { ...process.env };
  beforeAll(async () => {
    // A database without tables: the runtime applies the migrations itself, as at a real start.
    db = await createTestDatabase([]);
    env = {
      DATABASE_URL: db.url,
      DUDA_SERVICE_SECRET: 'runtime-secret',
      DUDA_COOKIE_SECRET: 'runtime-secret',
      DUDA_UPLOADS_DIR: await makeTempDir('duda-uploads-'),
      LOG_LEVEL: 'silent',
    };
    Object.assign(process.env, env);
    runtime = await startRuntime();
  });
  afterAll(async () => {
    await runtime?.stop();
    for (const name of Object.keys(env ?? {}))
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    await db?.drop();
  });

  it('schedules the inspection overdue job on China time', async () => {
    const { rows } = await db.pool.query('SELECT name, cron, timezone FROM pgboss.schedule');
    expect(rows).toContainEqual({
      name: 'inspection.mark-overdue-orders',
      cron: '1 * * * *',
      timezone: 'Asia/Shanghai',
    });
  });

  it('hands over the events a service recorded', async () => {
    const { id } = await runtime.services.local.inspection!.prisma.outboxEvent.create({
      data: { type: 'month.archived', payload: { month: '2026-11' } },
    });
    const published = async () =>
      (await db.pool.query('SELECT published_at FROM inspection.outbox_event WHERE id = $1', [id])).rows[0]
        ?.published_at;
    const deadline = Date.now() + 15_000;
    while (!(await published()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await published()).toBeInstanceOf(Date);
  });
});
