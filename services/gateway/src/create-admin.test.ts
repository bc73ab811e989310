// The first administrator of an empty installation (create-admin), on a migrated database nobody was seeded
// into, signing in through the gateway's real login afterwards.
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { orgErrors } from '@duda/contract-org';
import { createLogger } from '@duda/service-kit';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { createAdmin } from './create-admin-command.ts';
import { modules } from './modules.ts';
import { buildGateway } from './server.ts';
import { createServices, type GatewayServices } from './services.ts';
import { GatewayClient } from './testing/http-client.ts';

const lines = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');

const first = {
  staffNo: 'ZJ0001',
  name: '陈立',
  initialPassword: 'Qiantang2026',
  rootCode: 'ZJ',
  rootName: '浙江公司',
};

describe('create-admin on an empty database', () => {
  let db: TestDatabase;
  let services: GatewayServices;
  let app: FastifyInstance;
  let url: string;
  let appUrl: string;
  beforeAll(async () => {
    db = await createTestDatabase(modules.map((m) => m.database));
    const { pool, url: asApp } = await db.asApp();
    appUrl = asApp;
    const config = loadConfig(
      { DUDA_UPLOADS_DIR: '/nonexistent', DUDA_WEB_ROOT: '/nonexistent' },
      { serviceSecret: 'test-service-secret', cookieSecret: 'test-cookie-secret' },
    );
    const logger = createLogger('create-admin-test', 'silent');
    services = createServices(pool, config, logger);
    app = await buildGateway({ config, services, pool, logger });
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await services?.close();
    await db?.drop();
  });

  const org = () => services.local.org!;
  /** Every org table the command could write, row counts. */
  const written = async () => {
    const { rows } = await db.pool.query(
      `SELECT (SELECT count(*) FROM org."OrgNode")::int AS nodes, (SELECT count(*) FROM org."Person")::int AS people,
              (SELECT count(*) FROM org."Account")::int AS accounts,
              (SELECT count(*) FROM org."RoleAssignment")::int AS roles,
              (SELECT count(*) FROM org."AuditEntry")::int AS audit`,
    );
    return rows[0] as Record<string, number>;
  };
  const nothing = { nodes: 0, people: 0, accounts: 0, roles: 0, audit: 0 };

  it('refuses a weak password with org’s own message and writes nothing', async () => {
    const result = await createAdmin(org(), lines({ ...first, initialPassword: 'qiantangjiang' }));
    expect(result.exitCode).toBe(1);
    expect(result.lines).toEqual([
      orgErrors.passwordNeedsLettersAndDigits().message,
      'The password needs both letters and digits.',
    ]);
    expect(await written()).toEqual(nothing);
  });

  it('refuses input org’s schema refuses, naming the field', async () => {
    const result = await createAdmin(org(), lines({ ...first, staffNo: 'Z1' }));
    expect(result.exitCode).toBe(1);
    expect(result.lines).toEqual([
      `工号（staffNo）：${orgErrors.staffNoFormat().message}`,
      'Staff no. (staffNo): Must be 4–20 letters or digits.',
    ]);
    expect(await written()).toEqual(nothing);
  });

  it('asks for the root when the org tree is empty and writes nothing', async () => {
    const { rootCode: _code, rootName: _name, ...person } = first;
    const result = await createAdmin(org(), lines(person));
    expect(result).toMatchObject({ exitCode: 1 });
    expect(result.lines.join('\n')).toContain('rootCode=');
    expect(await written()).toEqual(nothing);
  });

  it('creates the root and the administrator, who signs in and must change the password', async () => {
    const result = await createAdmin(org(), lines(first));
    expect(result.exitCode).toBe(0);
    expect(await written()).toEqual({ nodes: 1, people: 1, accounts: 1, roles: 1, audit: 2 });
    const { rows } = await db.pool.query(
      `SELECT p.id, p."staffNo", n.code, n.level, n."parentId", r.role, a."mustChangePassword"
         FROM org."Person" p JOIN org."OrgNode" n ON n.id = p."orgNodeId"
         JOIN org."RoleAssignment" r ON r."personId" = p.id AND r."orgNodeId" = n.id
         JOIN org."Account" a ON a."personId" = p.id`,
    );
    expect(rows).toEqual([
      {
        id: expect.any(String),
        staffNo: 'ZJ0001',
        code: 'ZJ',
        level: 'province',
        parentId: null,
        role: 'admin',
        mustChangePassword: true,
      },
    ]);
    const { rows: audit } = await db.pool.query(
      `SELECT action, "actorPersonId", "requestId" FROM org."AuditEntry" ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['org.create', 'person.create']);
    for (const entry of audit) {
      expect(entry.actorPersonId).toBe(rows[0].id);
      expect(entry.requestId).toMatch(/^create-admin:/);
    }

    const browser = new GatewayClient(url);
    const login = await browser.mutation<{ mustChangePassword: boolean }>('auth.login', {
      username: 'ZJ0001',
      password: first.initialPassword,
    });
    expect(login.error).toBeUndefined();
    expect(login.data?.mustChangePassword).toBe(true);
  });

  it('refuses with exit code 2 once an active administrator exists, writing nothing', async () => {
    const before = await written();
    const result = await createAdmin(org(), lines({ ...first, staffNo: 'ZJ0002', name: '王珂' }));
    expect(result.exitCode).toBe(2);
    expect(result.lines[0]).toContain('陈立（ZJ0001）');
    expect(await written()).toEqual(before);
  });

  /** The command as an operator runs it: its own process, the lines on stdin. */
  const command = async (input: string) => {
    const script = new URL('./create-admin.ts', import.meta.url).pathname;
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', DATABASE_APP_URL: appUrl },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdin.end(input);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    return { code, stdout, stderr };
  };

  it('as a command: exits 2 and says who the administrator is', async () => {
    const before = await written();
    const run = await command(lines({ ...first, staffNo: 'ZJ0002', name: '王珂' }));
    expect(run, run.stderr).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain('An active administrator exists: 陈立（ZJ0001）');
    expect(await written()).toEqual(before);
  }, 180_000);

  it('as a command: creates another one under the root once the only administrator has left', async () => {
    await db.pool.query(`UPDATE org."Person" SET status = 'left' WHERE "staffNo" = 'ZJ0001'`);
    const before = await written();
    const run = await command(`# 第二位管理员\nstaffNo=ZJ0002\nname=王珂\ninitialPassword=Xixi2026lake\n`);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Administrator 王珂 created');
    expect(await written()).toEqual({
      ...before,
      people: before.people! + 1,
      accounts: before.accounts! + 1,
      roles: before.roles! + 1,
      audit: before.audit! + 1,
    });
    const { rows } = await db.pool.query(
      `SELECT n."parentId" FROM org."Person" p JOIN org."OrgNode" n ON n.id = p."orgNodeId" WHERE p."staffNo" = 'ZJ0002'`,
    );
    expect(rows).toEqual([{ parentId: null }]);
  }, 180_000);

  it('refuses a 工号 already in use with org’s message, writing nothing', async () => {
    await db.pool.query(`UPDATE org."Person" SET status = 'left' WHERE "staffNo" = 'ZJ0002'`);
    const before = await written();
    const result = await createAdmin(org(), lines({ ...first, name: '陈立' }));
    expect(result).toEqual({
      exitCode: 1,
      lines: [orgErrors.staffNoTaken({ staffNo: 'ZJ0001' }).message, 'Staff ID ZJ0001 is already in use.'],
    });
    expect(await written()).toEqual(before);
  });

  it('creates one administrator when two runs race', async () => {
    const before = await written();
    const results = await Promise.all(
      ['ZJ0003', 'ZJ0004'].map((staffNo) => createAdmin(org(), lines({ ...first, staffNo }))),
    );
    expect(results.map((r) => r.exitCode).sort()).toEqual([0, 2]);
    expect((await written()).people).toBe(before.people! + 1);
  });
});
