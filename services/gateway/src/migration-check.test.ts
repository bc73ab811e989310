// A gateway pod on Kubernetes (ADR 0015): only the app role's URL, after the migrate Job. It starts no server,
// migrates nothing, serves on a migrated database, and refuses — naming the migration and the Job — to start on
// a database missing one, its process ending non-zero.
import { spawn } from 'node:child_process';
import { appConnection, MigrationsNotApplied } from '@duda/db';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateAll } from './migrate.ts';
import { checkOnlyAppUrl } from './migration-check.ts';
import { modules } from './modules.ts';
import { startRuntime } from './runtime.ts';
import { buildGateway } from './server.ts';

const secret = 'migration-check-secret';

describe('checkOnlyAppUrl', () => {
  it.each([
    [{ DATABASE_APP_URL: 'postgresql://app@db/duda' }, 'postgresql://app@db/duda'],
    [{ DATABASE_URL: '', DATABASE_APP_URL: 'postgresql://app@db/duda' }, 'postgresql://app@db/duda'],
    [{ DATABASE_URL: 'postgresql://owner@db/duda', DATABASE_APP_URL: 'postgresql://app@db/duda' }, undefined],
    [{ DATABASE_URL: 'postgresql://owner@db/duda' }, undefined],
    [{}, undefined],
  ])('%o → %s', (env, expected) => {
    expect(checkOnlyAppUrl(env)).toBe(expected);
  });
});

describe('a gateway started with only DATABASE_APP_URL', () => {
  let db: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    db = await createTestDatabase(modules.map((m) => m.database));
    // The migrate Job: grants the app role and installs pg-boss for it on the migrated database.
    await migrateAll(db.url, { secret });
    env = {
      DATABASE_URL: '',
      DATABASE_APP_URL: appConnection(db.url, { secret }).url,
      DUDA_SERVICE_SECRET: secret,
      DUDA_COOKIE_SECRET: secret,
      DUDA_UPLOADS_DIR: await makeTempDir('duda-uploads-'),
      DUDA_SEED: 'false',
      LOG_LEVEL: 'silent',
    };
  }, 120_000);
  afterAll(() => db?.drop());

  /** startRuntime with `env` in process.env for the call, as main.ts reads it. */
  async function start() {
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      return await startRuntime();
    } finally {
      for (const name of Object.keys(env))
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
    }
  }

  it('serves on the migrated database as the app role', async () => {
    const runtime = await start();
    try {
      const app = await buildGateway(runtime);
      try {
        expect((await app.inject('/readyz')).statusCode).toBe(200);
      } finally {
        await app.close();
      }
      const { rows } = await runtime.pool.query<{ me: string }>('SELECT current_user AS me');
      expect(rows[0]!.me).toMatch(/_app$/);
    } finally {
      await runtime.stop();
    }
  });

  describe('on a database missing one migration', () => {
    let missing: { service_schema: string; name: string };
    beforeAll(async () => {
      const { rows } = await db.pool.query<{ service_schema: string; name: string }>(
        `DELETE FROM duda_migrations.applied
          WHERE (service_schema, name) = (SELECT service_schema, max(name) FROM duda_migrations.applied
                                           WHERE service_schema = $1 GROUP BY service_schema)
          RETURNING service_schema, name`,
        [modules[0]!.database.schema],
      );
      missing = rows[0]!;
    });

    it('refuses to start, naming the migration and the migrate job', async () => {
      const refused = start();
      await expect(refused).rejects.toThrow(MigrationsNotApplied);
      await expect(refused).rejects.toThrow(
        `Schema "${missing.service_schema}": migration ${missing.name} not applied`,
      );
      await expect(refused).rejects.toThrow(/run the migrate job first/);
    });

    it('ends its process with that message and a non-zero exit code', async () => {
      const main = new URL('./main.ts', import.meta.url).pathname;
      const child = spawn(process.execPath, ['--import', 'tsx', main], {
        env: { PATH: process.env.PATH, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(stderr).toContain(
        `gateway cannot start）: Schema "${missing.service_schema}": migration ${missing.name}`,
      );
      expect(stderr).toContain('run the migrate job first');
    }, 180_000);
  });
});
