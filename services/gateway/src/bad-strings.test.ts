// Hostile strings and database failures over real HTTP: a NUL or a lone surrogate in any text field is a 400
// naming the field, a value PostgreSQL refuses is a 400, and a database out of reach is a 503 with a retry
// hint — never a 500.
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { createPool } from '@duda/db';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { createLogger, publicProcedure, router, unguardedInputStrings } from '@duda/service-kit';
import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthRouter } from './auth-router.ts';
import { loadConfig } from './config.ts';
import { createAppRouter } from './router.ts';
import { buildGateway } from './server.ts';
import { createServices } from './services.ts';
import { GatewayClient, type TrpcResponse } from './testing/http-client.ts';
import { startTestGateway, type TestGateway } from './testing/harness.ts';

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\uD800b';

type ErrorBody = NonNullable<TrpcResponse['error']> & {
  data: { error: { code: string; params: Record<string, unknown> } | null; fieldErrors: { code: string }[] };
};

/**
 * A 400 that names the field and says which characters it refuses: by the field's label where the contract
 * gives one (defineFieldLabels), else by its path.
 */
function expectRefused(response: TrpcResponse, path: string) {
  expect(response.status).toBe(400);
  const error = response.error as ErrorBody;
  expect(error.data.fieldErrors).toEqual([
    expect.objectContaining({ path, code: 'common.invalidCharacters' }),
  ]);
  expect([
    { code: 'common.invalidField', params: expect.objectContaining({ path }) },
    {
      code: 'common.invalidLabelledField',
      params: expect.objectContaining({ detail: { code: 'common.invalidCharacters', params: {} } }),
    },
  ]).toContainEqual(error.data.error);
}

describe('hostile strings over real HTTP', () => {
  let gw: TestGateway;
  let supervisor: GatewayClient;
  let districtId: string;
  beforeAll(async () => {
    gw = await startTestGateway({ seed: 'small' });
    supervisor = gw.client();
    await supervisor.login('sc.sup');
    const me = await supervisor.query<{ roles: { orgNodeId: string }[] }>('org.me');
    districtId = me.data!.roles[0]!.orgNodeId;
  }, 120_000);
  afterAll(() => gw.close());

  it('holds every text field of every procedure, of every area, to the string rule', () => {
    const appRouter = createAppRouter(createAuthRouter(gw.services.identity), gw.services.routers);
    expect(unguardedInputStrings(appRouter)).toEqual([]);
  });

  it.each([NUL, LONE_SURROGATE])('refuses %j as a login username and password', async (value) => {
    const anonymous = gw.client();
    expectRefused(await anonymous.mutation('auth.login', { username: value, password: 'x' }), 'username');
    expectRefused(
      await anonymous.mutation('auth.login', { username: 'sc.sup', password: value }),
      'password',
    );
  });

  it.each([NUL, LONE_SURROGATE])('refuses %j as a people search term', async (value) => {
    expectRefused(await supervisor.query('org.people.search', { q: value }), 'q');
  });

  it.each([NUL, LONE_SURROGATE])('refuses %j as a plan title, and creates no plan', async (value) => {
    const month = value === NUL ? '2031-01' : '2031-02';
    expectRefused(
      await supervisor.mutation('inspection.plans.create', { scopeOrgId: districtId, month, title: value }),
      'title',
    );
    const plans = await supervisor.query<{ total: number }>('inspection.plans.list', { month });
    expect(plans.data!.total).toBe(0);
  });

  it('refuses a NUL or a lone surrogate anywhere in a notice, down to a typical case', async () => {
    const notice = await supervisor.mutation<{ id: string }>('inspection.notices.generate', {
      scopeOrgId: districtId,
      month: '2031-03',
    });
    const id = notice.data!.id;
    expectRefused(
      await supervisor.mutation('inspection.notices.update', { id, patch: { title: NUL } }),
      'patch.title',
    );
    const typicalCase = {
      inspectionId: 'x',
      hallName: '湖滨营业厅',
      tone: 'GOOD',
      title: '好',
      description: LONE_SURROGATE,
      photoIds: [],
    };
    expectRefused(
      await supervisor.mutation('inspection.notices.update', { id, patch: { typicalCases: [typicalCase] } }),
      'patch.typicalCases.0.description',
    );
  });

  it('keeps a name as one spelling (NFC): typed with a combining accent, found with the composed letter', async () => {
    const admin = gw.client();
    await admin.login('admin');
    const created = await admin.mutation('org.admin.createPerson', {
      staffNo: 'NFC0001',
      name: 'Jose\u0301 测试',
      orgNodeId: districtId,
      position: '督导',
      hireDate: new Date('2031-01-05'),
      initialPassword: 'Nfc-Check-2031',
    });
    expect(created.status).toBe(200);
    const found = await admin.query<{ name: string }[]>('org.people.search', { q: 'Jos\u00e9' });
    expect(found.data!.map((person) => person.name)).toEqual(['Jos\u00e9 测试']);
  });
});

describe('a value PostgreSQL refuses, raised by a query past every schema', () => {
  let gw: TestGateway;
  let app: FastifyInstance;
  beforeAll(async () => {
    gw = await startTestGateway({ seed: 'small' });
    const prisma = gw.services.local.org!.prisma;
    // The schemas refuse NUL before any query; this procedure sends one to PostgreSQL anyway (SQLSTATE 22021).
    const probe = router({
      echo: publicProcedure.query(() => prisma.$queryRaw`SELECT ${NUL}::text AS value`),
    });
    app = Fastify();
    await app.register(fastifyTRPCPlugin, { prefix: '/trpc', trpcOptions: { router: probe } });
    await app.listen({ host: '127.0.0.1', port: 0 });
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await gw.close();
  });

  it('answers 400 with the common code, not 500', async () => {
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const response = await new GatewayClient(url).query('echo');
    expect(response.status).toBe(400);
    expect((response.error as ErrorBody).data.error).toEqual({ code: 'common.invalidData', params: {} });
  });
});

describe('a database that is down', () => {
  let app: FastifyInstance;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const port = await closedPort();
    const pool = createPool(`postgres://duda@127.0.0.1:${port}/duda`);
    const logger = createLogger('gateway-test', 'silent');
    const config = loadConfig(
      { DUDA_UPLOADS_DIR: await makeTempDir('duda-uploads-'), DUDA_WEB_ROOT: '/nonexistent' },
      { serviceSecret: 'test-service-secret', cookieSecret: 'test-cookie-secret' },
    );
    const services = createServices(pool, config, logger);
    app = await buildGateway({ config, services, pool, logger });
    await app.listen({ host: '127.0.0.1', port: 0 });
    close = async () => {
      await app.close();
      await services.close();
    };
  });
  afterAll(() => close());

  const client = () => new GatewayClient(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);

  it('answers a procedure with 503, Retry-After and the common code', async () => {
    const response = await client().mutation('auth.login', { username: 'sc.sup', password: 'Duda2026' });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(response.error).toMatchObject({
      message: '数据库暂时不可用，请稍后再试',
      data: { code: 'SERVICE_UNAVAILABLE', error: { code: 'common.databaseUnavailable' } },
    });
  });

  it('answers 503 also when the session cannot be looked up before the procedure runs', async () => {
    const anonymous = client();
    const response = await anonymous.fetch('/trpc/org.me', { headers: { cookie: 'duda_session=abc' } });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
  });
});

/** A local port nothing listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
