// runServiceAlone's process, built in this one (without the signal handling, which the deployables' test of
// infra/docker proves on the real services): migrated by the owner, run as the app role, its events and HTTP
// routes started, a remote client per service it calls, and a missing setting named before anything starts.
// With DATABASE_APP_URL alone (a Kubernetes pod, ADR 0015) it migrates nothing and refuses an unmigrated database.
import { spawn } from 'node:child_process';
import { appConnection } from '@duda/db';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallerContext } from '../context.ts';
import { callerHeaders } from '../forwarding.ts';
import { createLogger } from '../logger.ts';
import { remoteServiceClient } from '../service-client.ts';
import { buildServiceAlone, remoteClientsOf, serviceUrlVariable, type ServiceAlone } from './alone.ts';
import { digestModule, notesModule } from './testing/notes/modules.ts';

const secret = 'alone-test-secret';
const caller: CallerContext = {
  requestId: 'alone-test',
  actor: { personId: 'p-1', name: '测试', staffNo: 'T001', homeOrgNodeId: 'n-1', roles: [] },
  sessionId: null,
  passwordChangeRequired: false,
  ip: '127.0.0.1',
  userAgent: 'test',
  log: createLogger('test', 'silent'),
};

const until = async (check: () => Promise<boolean>, what: string) => {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('a service module run alone', () => {
  let db: TestDatabase;
  let uploads: string;
  let notes: ServiceAlone;
  let digest: ServiceAlone;
  let notesUrl: string;
  let digestUrl: string;

  beforeAll(async () => {
    db = await createTestDatabase([]);
    uploads = await makeTempDir('duda-alone-uploads-');
    const env = {
      DATABASE_URL: db.url,
      DUDA_SERVICE_SECRET: secret,
      DUDA_UPLOADS_DIR: uploads,
      PORT: '0',
      LOG_LEVEL: 'silent',
    };
    notes = await buildServiceAlone(notesModule, { defaultPort: 4199, env });
    notesUrl = await notes.listen();
    digest = await buildServiceAlone(digestModule, {
      defaultPort: 4198,
      env: { ...env, DUDA_NOTES_URL: `${notesUrl}/trpc` },
    });
    digestUrl = await digest.listen();
  }, 60_000);

  afterAll(async () => {
    await digest?.stop();
    await notes?.stop();
    await db?.drop();
  });

  const client = (url: string, prefix: string) => remoteServiceClient({ url: `${url}/trpc`, secret, prefix });

  it('migrates as the owner and queries as the least-privilege app role (ADR 0012)', async () => {
    const { rows } = await db.pool.query<{ name: string }>(
      `SELECT name FROM duda_migrations.applied WHERE service_schema = 'notes'`,
    );
    expect(rows.map((r) => r.name)).toEqual(['20261201220000_init']);
    const running = await client(notesUrl, 'notes').query<{ role: string; uploadsDir: string }>(
      caller,
      'runningAs',
    );
    const owner = (await db.pool.query<{ role: string }>('SELECT current_user AS role')).rows[0]!.role;
    expect(running.role).not.toBe(owner);
    expect(running.role).toMatch(/_app$/);
    expect(running.uploadsDir).toBe(uploads);
  });

  it('starts the events its module declares: pg-boss installed for the app role, the job run', async () => {
    const texts = () => client(notesUrl, 'notes').query<string[]>(caller, 'texts');
    await until(async () => (await texts()).includes('started'), 'the job ran at start');
  });

  it('reaches each service its module calls on that service’s own server', async () => {
    await until(
      async () => (await client(notesUrl, 'notes').query<string[]>(caller, 'texts')).length > 0,
      'a note',
    );
    expect(await client(digestUrl, 'digest').query<number>(caller, 'count')).toBe(1);
  });

  it('answers its module’s HTTP routes for the caller the gateway signed, and nobody else', async () => {
    const signed = await fetch(`${notesUrl}/api/notes/hello`, { headers: callerHeaders(caller, secret) });
    expect(await signed.json()).toEqual({ hello: 'p-1' });
    expect((await fetch(`${notesUrl}/api/notes/hello`)).status).toBe(401);
  });

  it('is ready on /readyz and turns away an unsigned call', async () => {
    expect((await fetch(`${digestUrl}/readyz`)).status).toBe(200);
    expect((await fetch(`${digestUrl}/trpc/digest.count`)).status).toBe(401);
  });

  it('serves with only the app role’s URL on the database the owner migrated, as a pod after the migrate job', async () => {
    const appUrl = appConnection(db.url, { secret }).url;
    const pod = await buildServiceAlone(notesModule, {
      defaultPort: 4199,
      env: {
        DATABASE_APP_URL: appUrl,
        DUDA_SERVICE_SECRET: secret,
        DUDA_UPLOADS_DIR: uploads,
        PORT: '0',
        LOG_LEVEL: 'silent',
      },
    });
    try {
      const url = await pod.listen();
      const running = await client(url, 'notes').query<{ role: string }>(caller, 'runningAs');
      expect(running.role).toMatch(/_app$/);
      expect(await client(url, 'notes').query<string[]>(caller, 'texts')).toContain('started');
    } finally {
      await pod.stop();
    }
  });
});

describe('a service run alone with only the app role’s URL', () => {
  let db: TestDatabase;
  let appUrl: string;
  beforeAll(async () => {
    // Nobody migrated notes here: the app role exists and may read the (empty) ledger, as before a first Job.
    db = await createTestDatabase([]);
    appUrl = (await db.asApp()).url;
  }, 60_000);
  afterAll(() => db?.drop());

  const env = () => ({
    DATABASE_APP_URL: appUrl,
    DUDA_SERVICE_SECRET: secret,
    DUDA_UPLOADS_DIR: '/nonexistent',
    PORT: '0',
    LOG_LEVEL: 'silent',
  });

  it('refuses a database missing one of its migrations, naming it and the migrate job, and migrates nothing', async () => {
    await expect(buildServiceAlone(notesModule, { defaultPort: 4199, env: env() })).rejects.toThrow(
      /Schema "notes": migration 20261201220000_init not applied.*run the migrate job first/,
    );
    const { rows } = await db.pool.query(
      `SELECT to_regnamespace('notes') AS notes, to_regnamespace('pgboss') AS boss`,
    );
    expect(rows).toEqual([{ notes: null, boss: null }]);
  });

  it('ends its process with that message and a non-zero exit code', async () => {
    const entry = new URL('./testing/notes/alone-process.ts', import.meta.url).pathname;
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      env: { PATH: process.env.PATH, ...env() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /notes cannot start: Schema "notes": migration 20261201220000_init not applied.*run the migrate job first/,
    );
  }, 60_000);

  it('names both ways to start when neither database URL is set', async () => {
    await expect(
      buildServiceAlone(notesModule, { defaultPort: 4199, env: { ...env(), DATABASE_APP_URL: '' } }),
    ).rejects.toThrow(
      'DATABASE_URL must be set to run the notes service on its own (the owner role, which migrates), or DATABASE_APP_URL alone after the migrate job',
    );
  });
});

describe('the services a module calls', () => {
  it('names the missing variable before anything starts', () => {
    expect(() => remoteClientsOf(digestModule, {}, secret)).toThrow(
      'DUDA_NOTES_URL must be set to run the digest service on its own (it calls notes)',
    );
  });

  it('refuses a client for a service the module does not name in its calls', () => {
    const clientOf = remoteClientsOf(digestModule, { DUDA_NOTES_URL: 'http://127.0.0.1:1/trpc' }, secret);
    expect(() => clientOf('org')).toThrow('digest calls org without naming it in its module');
  });

  it('reads each one’s address from DUDA_<NAME>_URL', () => {
    expect(serviceUrlVariable('org')).toBe('DUDA_ORG_URL');
    expect(serviceUrlVariable('field-audit')).toBe('DUDA_FIELD_AUDIT_URL');
  });

  it('refuses to start without the service secret, naming it', async () => {
    await expect(buildServiceAlone(notesModule, { defaultPort: 4199, env: {} })).rejects.toThrow(
      'DUDA_SERVICE_SECRET must be set to run the notes service on its own',
    );
  });

  it('ends its process with that one line, no stack trace, when the secret is missing', async () => {
    const entry = new URL('./testing/notes/alone-process.ts', import.meta.url).pathname;
    const child = spawn(process.execPath, ['--import', 'tsx', entry], {
      env: { PATH: process.env.PATH, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'notes cannot start: DUDA_SERVICE_SECRET must be set to run the notes service on its own',
    );
  }, 60_000);
});
