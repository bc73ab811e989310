// Fault tests (issue 9, item 7): real processes are SIGKILLed in the middle of an inspector's autosaves — the
// gateway, then PostgreSQL. Every acknowledged save must survive; the client sees connection errors or 503s
// with Retry-After, never a wrong answer; after PostgreSQL comes back, the same gateway process serves again.
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { createPool } from '@duda/db';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { PHOTO_PATH } from '@duda/service-inspection';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayClient } from '../../testing/http-client.ts';
import { freePort, startProcess, type RunningProcess } from '../../testing/processes.ts';
import { writeSuiteReport } from '../report.ts';
import { AutosaveStream } from './autosave-stream.ts';
import {
  isAlive,
  runningPostmaster,
  startDedicatedPostgres,
  stopServerLeftRunning,
  type DedicatedPostgres,
} from './dedicated-postgres.ts';
import { seedAutosaveWorld } from './world.ts';

/** Waits for a condition with bounded retries, never for a fixed time; `state` tells what was seen instead. */
async function until(
  what: string,
  condition: () => boolean | Promise<boolean>,
  { timeoutMs = 30_000, state = () => '' }: { timeoutMs?: number; state?: () => string } = {},
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what} ${state()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Temporary folders of this file's gateways, removed at the end whatever happened. */
const folders: string[] = [];

/** A gateway's environment over `database`: `DATABASE_URL`, or the embedded server's folder and port. */
async function gatewayEnv(database: Record<string, string>) {
  const uploads = await makeTempDir('duda-uploads-');
  folders.push(uploads);
  return {
    DATABASE_URL: '',
    DATABASE_APP_URL: '',
    ...database,
    DUDA_SEED: 'false',
    DUDA_SERVICE_SECRET: 'faults-secret',
    DUDA_COOKIE_SECRET: 'faults-secret',
    DUDA_UPLOADS_DIR: uploads,
    DUDA_WEB_ROOT: '/nonexistent',
    PORT: String(await freePort()),
  };
}

/** A new cluster in a temporary folder, holding the autosave world, running as its own process. */
async function seededCluster() {
  const folder = await makeTempDir('duda-faults-pg-');
  folders.push(folder);
  const dataDir = path.join(folder, 'data');
  const port = await freePort();
  const postgres = await startDedicatedPostgres(dataDir, port);
  const pool = createPool(postgres.url, 2);
  try {
    return { dataDir, port, postgres, world: await seedAutosaveWorld(pool) };
  } finally {
    await pool.end();
  }
}

const startGateway = (env: Record<string, string>) =>
  startProcess('services/gateway/src/main.ts', env, `http://127.0.0.1:${env.PORT}/readyz`);

const figures = {
  saves: 0,
  acknowledged: 0,
  lost: 0,
  unavailableAnswers: 0,
  recoveredWithoutRestart: 0,
  connectionErrors: 0,
  wrongAnswers: 0,
};

/**
 * Pauses the stream and reads the draft back: every acknowledged save must be there (the last acknowledged
 * one stored, or a later unacknowledged one, whole).
 */
async function audit(stream: AutosaveStream) {
  await stream.stop();
  const found = await stream.audit();
  figures.lost += found.lost;
  expect(found).toMatchObject({ lost: 0, whole: true });
  return found;
}

/** What a finished stream counted, into the suite's figures. */
function count(stream: AutosaveStream) {
  figures.saves += stream.tally.saves;
  figures.acknowledged += stream.tally.acknowledged;
  figures.unavailableAnswers += stream.tally.unavailable;
  figures.connectionErrors += stream.tally.connectionErrors;
  figures.wrongAnswers += stream.wrongAnswers.length;
}

afterAll(async () => {
  writeSuiteReport('faults', figures);
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('SIGKILL of the gateway during a stream of autosaves', () => {
  // As `npm start` runs it: the gateway starts the embedded server itself, so killing the gateway orphans it.
  let cluster: Awaited<ReturnType<typeof seededCluster>>;
  let gateway: RunningProcess | undefined;
  let running: AutosaveStream | undefined;
  beforeAll(async () => {
    cluster = await seededCluster();
    await cluster.postgres.stop();
  }, 120_000);
  afterAll(async () => {
    await running?.stop();
    await gateway?.kill();
    if (cluster) await stopServerLeftRunning(cluster.dataDir);
  });

  it('keeps every acknowledged save; while it is gone the client gets connection errors, never a wrong answer', async () => {
    const { dataDir, port, world } = cluster;
    const env = await gatewayEnv({ DUDA_PG_DATA: dataDir, DUDA_PG_PORT: String(port) });
    gateway = await startGateway(env);
    const client = new GatewayClient(`http://127.0.0.1:${env.PORT}`);
    await client.login(world.inspector);
    const stream = await AutosaveStream.begin(client, world);
    running = stream;
    stream.start();
    await until('some saves are acknowledged', () => stream.tally.acknowledged >= 5, {
      state: () => stream.describe(),
    });

    await gateway.kill();
    await until('the client has met the dead gateway', () => stream.tally.connectionErrors >= 2, {
      state: () => stream.describe(),
    });
    const orphan = runningPostmaster(dataDir);
    expect(orphan).not.toBeNull();
    // Same folders, ports and secrets: it adopts the orphaned server; the session and its CSRF token carry on.
    gateway = await startGateway(env);
    await audit(stream);

    const acknowledgedBeforeRestart = stream.tally.acknowledged;
    stream.start();
    await until(
      'saves are acknowledged again',
      () => stream.tally.acknowledged >= acknowledgedBeforeRestart + 3,
      {
        state: () => stream.describe(),
      },
    );
    expect((await audit(stream)).storedSave).toBe(stream.lastAcknowledged);
    count(stream);
    expect(stream.wrongAnswers).toEqual([]);
    expect(stream.tally.connectionErrors).toBeGreaterThan(0);

    // The adopted server stops with the gateway that adopted it, at the end of a clean shutdown.
    await gateway.stop();
    expect(gateway.child.exitCode).toBe(0);
    await until('the adopted server has stopped', () => !isAlive(orphan!), {
      timeoutMs: 15_000,
    });
  }, 120_000);
});

describe('SIGKILL of PostgreSQL during a stream of autosaves', () => {
  let cluster: Awaited<ReturnType<typeof seededCluster>>;
  let postgres: DedicatedPostgres | undefined;
  let gateway: RunningProcess | undefined;
  let running: AutosaveStream | undefined;
  beforeAll(async () => {
    cluster = await seededCluster();
    postgres = cluster.postgres;
  }, 120_000);
  afterAll(async () => {
    await running?.stop();
    await gateway?.stop();
    await postgres?.stop();
  });

  it('answers 503 with Retry-After while it is down; the same gateway process then serves every acknowledged save', async () => {
    const { dataDir, port, world } = cluster;
    const env = await gatewayEnv({ DATABASE_URL: postgres!.url });
    gateway = await startGateway(env);
    const url = `http://127.0.0.1:${env.PORT}`;
    const client = new GatewayClient(url);
    await client.login(world.inspector);
    const stream = await AutosaveStream.begin(client, world);
    running = stream;
    stream.start();
    await until('some saves are acknowledged', () => stream.tally.acknowledged >= 5, {
      state: () => stream.describe(),
    });

    await postgres!.crash();
    await until('saves are answered 503', () => stream.tally.unavailable >= 3, {
      // Whether the gateway is still there, and what it last said: the first question when this fails.
      state: () =>
        `${stream.describe()} gateway exit code ${gateway!.child.exitCode}; its output ends:\n${gateway!.output().slice(-4000)}`,
    });
    const probes = await probeWhileDown(client);
    figures.unavailableAnswers += probes.filter((p) => p.status === 503).length;
    expect(probes).toEqual([
      { path: '/readyz', status: 503, retryAfter: '5', code: undefined },
      { path: '/trpc/org.me', status: 503, retryAfter: '5', code: 'common.databaseUnavailable' },
      { path: PHOTO_PATH, status: 503, retryAfter: '5', code: 'common.databaseUnavailable' },
      // They need no database, so they keep working.
      { path: '/api/csrf-token', status: 200, retryAfter: null, code: undefined },
      { path: '/api/remotes', status: 200, retryAfter: null, code: undefined },
      { path: '/healthz', status: 200, retryAfter: null, code: undefined },
    ]);
    expect(gateway.child.exitCode).toBeNull();

    await stream.stop();
    postgres = await startDedicatedPostgres(dataDir, port);
    await until('the same gateway is ready again', async () => (await fetch(`${url}/readyz`)).ok);
    await audit(stream);

    const acknowledgedBeforeRecovery = stream.tally.acknowledged;
    stream.start();
    await until(
      'saves are acknowledged again',
      () => stream.tally.acknowledged >= acknowledgedBeforeRecovery + 3,
      {
        state: () => stream.describe(),
      },
    );
    expect((await audit(stream)).storedSave).toBe(stream.lastAcknowledged);
    expect(gateway.child.exitCode).toBeNull();
    figures.recoveredWithoutRestart += 1;
    count(stream);
    expect(stream.wrongAnswers).toEqual([]);
    expect(stream.tally.unavailable).toBeGreaterThan(0);

    // Having ridden out the crash, it still shuts down cleanly.
    await gateway.stop();
    expect(gateway.child.exitCode).toBe(0);
  }, 120_000);
});

/** Every kind of route, asked once while the database is down. */
async function probeWhileDown(client: GatewayClient) {
  const paths = ['/readyz', '/trpc/org.me', PHOTO_PATH, '/api/csrf-token', '/api/remotes', '/healthz'];
  const answers = [];
  for (const path of paths) {
    const target = path === PHOTO_PATH ? `${PHOTO_PATH}/${randomUUID()}?expires=1&sig=x` : path;
    const response = await client.fetch(target);
    const body = (await response.json()) as {
      code?: string;
      error?: { json?: { data?: { error?: { code?: string } } } };
    };
    answers.push({
      path,
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      code: body.code ?? body.error?.json?.data?.error?.code,
    });
  }
  return answers;
}
