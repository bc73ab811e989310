// Separate-process mode: the org service runs as its own server and the gateway forwards to it.
import { createPool } from '@duda/db';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { database as inspectionDb } from '@duda/service-inspection';
import { createOrgService, database as orgDb } from '@duda/service-org';
import { seedSmallOrg } from '@duda/service-org/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayClient } from './testing/http-client.ts';
import { freePort, startProcess, type RunningProcess } from './testing/processes.ts';

describe('gateway and org service as two processes', () => {
  let db: TestDatabase;
  let orgProcess: RunningProcess;
  let gatewayProcess: RunningProcess;
  let orgUrl: string;
  let gatewayUrl: string;
  const secret = 'two-process-secret';

  beforeAll(async () => {
    db = await createTestDatabase([orgDb, inspectionDb]);
    const pool = createPool(db.url, 2);
    const org = createOrgService({ pool });
    await seedSmallOrg(org.prisma);
    await org.close();
    await pool.end();

    const orgPort = await freePort();
    orgUrl = `http://127.0.0.1:${orgPort}`;
    orgProcess = await startProcess(
      'services/org/src/standalone.ts',
      { DATABASE_URL: db.url, DUDA_SERVICE_SECRET: secret, PORT: String(orgPort) },
      `${orgUrl}/readyz`,
    );

    const gatewayPort = await freePort();
    gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
    gatewayProcess = await startProcess(
      'services/gateway/src/main.ts',
      {
        DATABASE_URL: db.url,
        DUDA_SERVICE_URLS: `org=${orgUrl}/trpc`,
        DUDA_SERVICE_SECRET: secret,
        DUDA_COOKIE_SECRET: 'cookie-secret',
        DUDA_UPLOADS_DIR: await makeTempDir('duda-uploads-'),
        DUDA_WEB_ROOT: '/nonexistent',
        PORT: String(gatewayPort),
      },
      `${gatewayUrl}/readyz`,
    );
  }, 300_000);

  afterAll(async () => {
    await gatewayProcess?.stop();
    await orgProcess?.stop();
    await db?.drop();
  });

  it('logs in through the gateway against the org process and forwards org calls with the caller', async () => {
    const client = new GatewayClient(gatewayUrl);
    await client.login('hubin.mgr');
    const me = await client.query<{ person: { name: string }; roles: { orgName: string }[] }>('org.me');
    expect(me.data).toMatchObject({ person: { name: '李娜' }, roles: [{ orgName: '湖滨营业厅' }] });
    const halls = await client.query<{ items: { name: string }[] }>('org.halls', { page: 1, pageSize: 20 });
    expect(halls.data!.items.map((h) => h.name)).toEqual(['湖滨营业厅']);
  });

  it('keeps the org service’s authorization and Chinese errors across the hop', async () => {
    const client = new GatewayClient(gatewayUrl);
    await client.login('hubin.mgr');
    const city = new GatewayClient(gatewayUrl);
    await city.login('city.sup');
    const nanxing = (
      await city.query<{ items: { id: string }[] }>('org.halls', { page: 1, pageSize: 1, q: '南星' })
    ).data!.items[0]!;
    const denied = await client.query('org.node', { id: nanxing.id });
    expect(denied.status).toBe(403);
    expect(denied.error).toMatchObject({ message: '您无权查看该组织', data: { code: 'FORBIDDEN' } });
  });

  it('lets the in-process inspection service read org data from the org process', async () => {
    const client = new GatewayClient(gatewayUrl);
    await client.login('sc.sup');
    const dashboard = await client.query<{ scope: { name: string } }>('inspection.dashboard', {
      month: '2026-11',
    });
    expect(dashboard.data?.scope.name).toBe('上城区分公司');
  });

  it('connects both processes as the database app role; the owner holds only this test’s own connections (ADR 0012)', async () => {
    await new GatewayClient(gatewayUrl).login('hubin.mgr'); // both processes hold connections now
    const { rows } = await db.pool.query<{ usename: string; n: number; me: string }>(
      `SELECT usename, count(*)::int AS n, current_user AS me FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' GROUP BY usename`,
    );
    const owner = rows[0]!.me;
    expect(Object.fromEntries(rows.map((r) => [r.usename, r.n]))).toEqual({
      [`${new URL(db.url).pathname.slice(1)}_app`]: expect.any(Number),
      [owner]: db.pool.totalCount,
    });
  });

  it('turns away calls to the org process that the gateway did not sign', async () => {
    const response = await fetch(`${orgUrl}/trpc/org.me`);
    expect(response.status).toBe(401);
  });
});
