// Separate-process mode for the inspection service, in one test process: the inspection service's own
// server on its own database, and the gateway (org in process) forwarding `inspection.*` and the photo
// route to it. The gateway's database has no inspection schema at all, so a gateway that built the
// inspection service, migrated it or read its tables would fail here.
import type { AddressInfo } from 'node:net';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { inspectionModule } from '@duda/service-inspection';
import { createLogger, localServiceClient, procedureManifest, router } from '@duda/service-kit';
import { createServiceServer, registerRoutes } from '@duda/service-kit/server';
import { createOrgService, orgModule } from '@duda/service-org';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from './modules.ts';
import { startTestGateway, type TestGateway } from './testing/harness.ts';

/** Every service but inspection, which runs in a process of its own in this test. */
const runHere = modules.filter((m) => m.name !== 'inspection');

const SECRET = 'test-service-secret';

describe('gateway with the inspection service in its own process', () => {
  let gatewayDb: TestDatabase;
  let inspectionDb: TestDatabase;
  let inspectionServer: FastifyInstance;
  let closeInspection: () => Promise<void>;
  let gw: TestGateway;

  beforeAll(async () => {
    gatewayDb = await createTestDatabase(runHere.map((m) => m.database));
    inspectionDb = await createTestDatabase([inspectionModule.database]);
    // The inspection process reads org data through the org service's API, never its tables.
    const org = createOrgService({ pool: gatewayDb.pool });
    const inspection = inspectionModule.create({
      pool: inspectionDb.pool,
      secret: SECRET,
      client: () => localServiceClient(org.router),
      uploadsDir: await makeTempDir('duda-uploads-'),
      logger: createLogger('inspection-test', 'silent'),
    });
    inspectionServer = await createServiceServer({
      name: 'inspection',
      router: router({ inspection: inspection.router }),
      secret: SECRET,
      logger: createLogger('inspection-test', 'silent'),
      ready: async () => true,
    });
    registerRoutes(inspectionServer, inspectionModule.routes, inspection, SECRET);
    await inspectionServer.listen({ host: '127.0.0.1', port: 0 });
    const port = (inspectionServer.server.address() as AddressInfo).port;
    closeInspection = async () => {
      await inspectionServer.close();
      await Promise.all([inspection.close(), org.close()]);
    };
    gw = await startTestGateway({
      db: gatewayDb,
      seed: 'small',
      env: { DUDA_SERVICE_URLS: `inspection=http://127.0.0.1:${port}/trpc` },
    });
  }, 120_000);

  afterAll(async () => {
    await gw?.close();
    await closeInspection?.();
    await gatewayDb?.drop();
    await inspectionDb?.drop();
  });

  it('builds only the services it runs, and checks only their migrations', async () => {
    // In the order their calls need them built (dependency order), not the list's.
    expect(Object.keys(gw.services.local).sort()).toEqual(runHere.map((m) => m.name).sort());
    expect(gw.services.databases.map((d) => d.schema).sort()).toEqual(
      runHere.map((m) => m.database.schema).sort(),
    );
    expect(Object.keys(gw.services.local)).not.toContain('inspection');
    const ready = await gw.client().fetch('/readyz');
    expect(await ready.json()).toEqual({ status: 'ready' });
    const schemas = await gatewayDb.pool.query(
      `SELECT schema_name FROM information_schema.schemata WHERE schema_name = 'inspection'`,
    );
    expect(schemas.rowCount).toBe(0);
  });

  it('forwards inspection calls with the caller, typed and answered by the inspection process', async () => {
    const client = gw.client();
    await client.login('sc.sup');
    const dashboard = await client.query<{ scope: { name: string } }>('inspection.dashboard', {
      month: '2026-11',
    });
    expect(dashboard.data?.scope.name).toBe('上城区分公司');
    // A mutation goes over as a mutation, and the inspection process validates its input.
    const refused = await client.mutation('inspection.plans.create', { month: '2026-12' });
    expect(refused.status).toBe(400);
    expect(refused.error?.data.fieldErrors.map((f) => f.path)).toEqual(['scopeOrgId']);
  });

  it('passes the photo route on to the inspection process, with the viewer signed', async () => {
    const photo = '/api/inspection/photos/6f1c1a52-3c1e-4a54-9a55-2f0d1c2b3a4d?expires=1&sig=forged';
    expect((await gw.client().fetch(photo)).status).toBe(401);
    const client = gw.client();
    await client.login('sc.sup');
    const response = await client.fetch(photo);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: '照片不存在或链接已过期' });
  });

  it("refuses a photo request that did not come through the gateway at the inspection's own server", async () => {
    const port = (inspectionServer.server.address() as AddressInfo).port;
    const direct = await fetch(
      `http://127.0.0.1:${port}/api/inspection/photos/6f1c1a52-3c1e-4a54-9a55-2f0d1c2b3a4d?expires=1&sig=x`,
    );
    expect(direct.status).toBe(401);
  });

  it('forwards from the manifest read off the router definition, which matches the real router', async () => {
    const org = createOrgService({ pool: gatewayDb.pool });
    expect(orgModule.procedures()).toEqual(procedureManifest(org.router));
    await org.close();
    expect(inspectionModule.procedures()).toMatchObject({
      'plans.list': 'query',
      'plans.create': 'mutation',
      dashboard: 'query',
    });
  });
});
