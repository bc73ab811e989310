import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './testing/harness.ts';

describe('gateway over real HTTP', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  }, 300_000);
  afterAll(() => gw.close());

  it('logs in with a demo account, sets an httpOnly SameSite session cookie, and org.me returns the person and scope', async () => {
    const client = gw.client();
    const login = await client.mutation('auth.login', { username: 'sc.sup', password: 'Duda2026' });
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('duda_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await client.query<{
      person: { name: string };
      roles: { role: string; orgName: string }[];
      permissions: string[];
    }>('org.me');
    expect(me.data).toMatchObject({
      person: { name: '刘海涛' },
      roles: [{ role: 'district_supervisor', orgName: '上城区分公司' }],
    });
    expect(me.data!.permissions).toContain('inspection.perform');
  });

  it('answers a batch whose procedure names run past 100 characters (a page with several queries at once)', async () => {
    const client = gw.client();
    await client.login('trainer');
    const paths = [
      'org.me',
      'portal.notifications.unreadCount',
      'portal.inbox.counts',
      'org.tree',
      'portal.notifications.preferences',
    ];
    expect(paths.join(',').length).toBeGreaterThan(100);
    const input = encodeURIComponent(JSON.stringify({ 3: { json: { includeInactive: false } } }));
    const response = await client.fetch(`/trpc/${paths.join(',')}?batch=1&input=${input}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as unknown[]).length).toBe(paths.length);
  });

  it('answers anonymous calls with UNAUTHORIZED in Chinese', async () => {
    const me = await gw.client().query('org.me');
    expect(me.status).toBe(401);
    expect(me.error).toMatchObject({ message: '登录已失效，请重新登录', data: { code: 'UNAUTHORIZED' } });
  });

  it('refuses a mutation without the CSRF token', async () => {
    const client = gw.client();
    const response = await client.mutation(
      'auth.login',
      { username: 'sc.sup', password: 'Duda2026' },
      { csrf: false },
    );
    expect(response.status).toBe(403);
    expect(client.cookie('duda_session')).toBeUndefined();
  });

  it('ends the session at logout', async () => {
    const client = gw.client();
    await client.login('hubin.duty');
    expect((await client.mutation('auth.logout')).status).toBe(200);
    expect((await client.query('org.me')).status).toBe(401);
  });

  it('gives a hall manager of hall A FORBIDDEN on hall B, and no hall-B records in lists', async () => {
    const admin = gw.client();
    await admin.login('city.sup');
    const halls = await admin.query<{ items: { id: string; name: string }[] }>('org.halls', {
      page: 1,
      pageSize: 10,
      q: '南星',
    });
    const nanxing = halls.data!.items[0]!;
    const orders = await admin.query<{ items: { id: string }[] }>('inspection.rectifications.list', {
      page: 1,
      pageSize: 1,
      hallId: nanxing.id,
    });
    const nanxingOrder = orders.data!.items[0]!;

    const manager = gw.client();
    await manager.login('hubin.mgr');
    expect((await manager.query('org.node', { id: nanxing.id })).error?.data.code).toBe('FORBIDDEN');
    const read = await manager.query('inspection.rectifications.get', { id: nanxingOrder.id });
    expect(read.status).toBe(403);
    expect(read.error?.message).toBe('您无权查看该整改单');
    const change = await manager.mutation('inspection.rectifications.respond', {
      id: nanxingOrder.id,
      measures: '已整改',
      photoIds: [],
    });
    expect(change.error?.data.code).toBe('FORBIDDEN');
    const list = await manager.query<{ items: { hallName: string }[] }>('inspection.inspections.list', {
      page: 1,
      pageSize: 200,
      hallId: nanxing.id,
    });
    expect(list.error ?? list.data!.items).toEqual([]);
    const own = await manager.query<{ items: { hallName: string }[] }>('inspection.inspections.list', {
      page: 1,
      pageSize: 200,
    });
    expect(new Set(own.data!.items.map((i) => i.hallName))).toEqual(new Set(['湖滨营业厅']));
  });

  it('returns BAD_REQUEST with the field path for bad input, and writes nothing', async () => {
    const client = gw.client();
    await client.login('admin');
    const before = await gw.services.local.org!.prisma.person.count();
    const response = await client.mutation('org.admin.createPerson', {
      staffNo: '!',
      name: '',
      orgNodeId: 'nope',
      position: 'x',
      hireDate: new Date(),
      initialPassword: 'x',
    });
    expect(response.status).toBe(400);
    expect(response.error?.data.code).toBe('BAD_REQUEST');
    expect(response.error?.data.fieldErrors.map((f) => f.path)).toEqual(
      expect.arrayContaining(['staffNo', 'name', 'orgNodeId']),
    );
    // Named as the admin screen labels the field (org's field labels), not by its wire name.
    expect(response.error?.message).toBe('工号：应为 4–20 位字母或数字');
    expect(await gw.services.local.org!.prisma.person.count()).toBe(before);
  });

  it('never leaks a stack trace, and tags every response with a request id', async () => {
    const response = await gw.client().query('no.such.procedure');
    expect(response.error?.message).toBe('请求的内容不存在');
    expect(JSON.stringify(response.error)).not.toMatch(/stack|at .+\.ts/);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers', async () => {
    const response = await gw.client().fetch('/healthz');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('reports health and readiness', async () => {
    expect((await gw.client().fetch('/healthz')).status).toBe(200);
    const ready = await gw.client().fetch('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('limits login attempts per address with a Chinese message', async () => {
    const client = gw.client();
    let last: Awaited<ReturnType<typeof client.mutation>> | undefined;
    for (let i = 0; i < 25; i++)
      last = await client.mutation('auth.login', { username: `nobody${i}`, password: 'x' });
    expect(last!.status).toBe(429);
  });
});
