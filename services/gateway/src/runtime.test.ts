// The gateway's start-up: migrations and the services' least-privilege role made as the owner (ADR 0012),
// then the in-process services' events (@duda/events) run as that role — schedules registered, and the
// outbox relay handing over what a service recorded.
import { createPool } from '@duda/db';
import { createTestDatabase, testServerUrl, type TestDatabase } from '@duda/db/testing';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { startEvents } from '@duda/events';
import { createLogger } from '@duda/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { modules } from './modules.ts';
import { startRuntime } from './runtime.ts';
import { createServices } from './services.ts';

type Runtime = Awaited<ReturnType<typeof startRuntime>>;

/** Starts the runtime on `db` as `npm start` would on an external server (DATABASE_URL). */
async function startOn(
  db: TestDatabase,
  more: Record<string, string> = {},
): Promise<{ runtime: Runtime; restoreEnv(): void }> {
  const saved = { ...process.env };
  const env: Record<string, string> = {
    DATABASE_URL: db.url,
    DUDA_SERVICE_SECRET: 'runtime-secret',
    DUDA_COOKIE_SECRET: 'runtime-secret',
    DUDA_UPLOADS_DIR: await makeTempDir('duda-uploads-'),
    LOG_LEVEL: 'silent',
    ...more,
  };
  Object.assign(process.env, env);
  const restoreEnv = () => {
    for (const name of Object.keys(env))
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
  };
  try {
    return { runtime: await startRuntime(), restoreEnv };
  } catch (error) {
    restoreEnv();
    throw error;
  }
}

const appRoleOf = (db: TestDatabase) => `${new URL(db.url).pathname.slice(1)}_app`;
const whoAmI = async (prisma: { $queryRaw<T>(sql: TemplateStringsArray): Promise<T> }) =>
  (await prisma.$queryRaw<{ me: string }[]>`SELECT current_user AS me`)[0]?.me;
/** Tables in pg-boss's schema not owned by `role`. */
const pgBossNotOwnedBy = async (db: TestDatabase, role: string) =>
  (
    await db.pool.query(
      `SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'pgboss'::regnamespace
          AND relkind IN ('r', 'p') AND relowner <> $1::regrole`,
      [role],
    )
  ).rows[0].n as number;

describe('gateway runtime', () => {
  let db: TestDatabase;
  let started: Awaited<ReturnType<typeof startOn>> | undefined;
  const runtime = () => started!.runtime;
  beforeAll(async () => {
    // A database without tables: the runtime applies the migrations itself, as at a real start.
    db = await createTestDatabase([]);
    started = await startOn(db);
  });
  afterAll(async () => {
    await started?.runtime.stop();
    started?.restoreEnv();
    await db?.drop();
  });

  it('schedules the inspection overdue job on China time', async () => {
    const { rows } = await db.pool.query('SELECT name, cron, timezone FROM pgboss.schedule');
    expect(rows).toContainEqual({
      name: 'inspection.mark-overdue-orders',
      cron: '1 * * * *',
      // China time, handed to pg-boss as its fixed offset (events' cronZone: no daylight saving, a cheaper check).
      timezone: 'UTC+8',
    });
  });

  it('hands over the events a service recorded', async () => {
    const { id } = await runtime().services.local.inspection!.prisma.outboxEvent.create({
      data: { type: 'month.archived', payload: { month: '2026-11' } },
    });
    const published = async () =>
      (await db.pool.query('SELECT published_at FROM inspection.outbox_event WHERE id = $1', [id])).rows[0]
        ?.published_at;
    const deadline = Date.now() + 15_000;
    while (!(await published()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await published()).toBeInstanceOf(Date);
  });

  it('creates the app role and runs the services, their events and the readiness pool as it', async () => {
    const role = appRoleOf(db);
    expect((await runtime().pool.query('SELECT current_user AS me')).rows[0].me).toBe(role);
    expect(await whoAmI(runtime().services.local.org!.prisma)).toBe(role);
    expect(await whoAmI(runtime().services.local.inspection!.prisma)).toBe(role);
    expect(await pgBossNotOwnedBy(db, role)).toBe(0);
    await expect(runtime().pool.query(`TRUNCATE org."AuditEntry"`)).rejects.toMatchObject({ code: '42501' });
  });
});

describe('gateway runtime on a database from before the app role', () => {
  let db: TestDatabase;
  let started: Awaited<ReturnType<typeof startOn>> | undefined;
  beforeAll(async () => {
    // What every start did before ADR 0012: migrations and pg-boss's queues made by the owner role.
    db = await createTestDatabase(modules.map((m) => m.database));
    const logger = createLogger('gateway-test', 'silent');
    const config = loadConfig(
      { DUDA_UPLOADS_DIR: await makeTempDir('duda-uploads-') },
      { serviceSecret: 'old', cookieSecret: 'old' },
    );
    const services = createServices(db.pool, config, logger);
    await (await startEvents({ pool: db.pool, logger, services: services.events })).stop();
    await services.close();
    started = await startOn(db);
  });
  afterAll(async () => {
    await started?.runtime.stop();
    started?.restoreEnv();
    await db?.drop();
  });

  it('creates the role at start and hands it the queues the owner made', async () => {
    const role = appRoleOf(db);
    expect(await whoAmI(started!.runtime.services.local.org!.prisma)).toBe(role);
    expect(await pgBossNotOwnedBy(db, role)).toBe(0);
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM pgboss.queue`);
    expect(rows[0].n).toBeGreaterThan(0);
  });
});

describe('gateway runtime with the app role named, or not allowed to make one', () => {
  let db: TestDatabase;
  const suffix = Math.random().toString(36).slice(2, 8);
  const roles = { app: `duda_given_app_${suffix}`, owner: `duda_plain_owner_${suffix}` };
  const password = 'given-password';
  const urlAs = (role: string) => {
    const url = new URL(db.url);
    url.username = role;
    url.password = password;
    return url.toString();
  };
  beforeAll(async () => {
    db = await createTestDatabase([]);
    for (const role of Object.values(roles))
      await db.pool.query(`CREATE ROLE "${role}" LOGIN PASSWORD '${password}'`);
  });
  afterAll(async () => {
    await db?.drop();
    // Dropped after their database, where they own and hold things.
    const admin = createPool(testServerUrl(), 1);
    for (const role of Object.values(roles)) await admin.query(`DROP ROLE IF EXISTS "${role}"`);
    await admin.end();
  });

  it('refuses to start, naming DATABASE_APP_URL, when the owner may not create roles', async () => {
    const database = new URL(db.url).pathname.slice(1);
    await db.pool.query(`ALTER DATABASE "${database}" OWNER TO "${roles.owner}"`);
    await expect(startOn({ ...db, url: urlAs(roles.owner) })).rejects.toThrow(
      /may not create roles.*DATABASE_APP_URL/s,
    );
    await db.pool.query(`ALTER DATABASE "${database}" OWNER TO CURRENT_USER`);
  });

  it('runs the services as the role DATABASE_APP_URL names, granted by the owner', async () => {
    const { runtime, restoreEnv } = await startOn(db, { DATABASE_APP_URL: urlAs(roles.app) });
    try {
      expect(await whoAmI(runtime.services.local.org!.prisma)).toBe(roles.app);
      expect(await pgBossNotOwnedBy(db, roles.app)).toBe(0);
      await expect(runtime.pool.query(`DELETE FROM org."AuditEntry"`)).rejects.toMatchObject({
        code: '42501',
      });
    } finally {
      await runtime.stop();
      restoreEnv();
    }
  });
});
