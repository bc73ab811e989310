// The inbox on the real database with the real areas in process: it merges their to-dos in due order, counts them
// per area, and answers without an area that is unreachable or too slow instead of failing.
import { createServer, type Server } from 'node:net';
import { localServiceClient, remoteServiceClient } from '@duda/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalFixture, publishedExam, type PortalFixture } from '../testing/fixture.ts';
import { myInbox } from './inbox.ts';
import { inboxSources } from './sources.ts';

const HOUR = 3_600_000;
let f: PortalFixture;
let soon: { id: string };
let tomorrow: { id: string };

beforeAll(async () => {
  f = await portalFixture();
  const now = f.clock.now.getTime();
  // 10:00 China time: one exam closes at noon, the other tomorrow; 湖滨's daily checks are due at midnight.
  soon = await publishedExam(
    f,
    '11 月全市月考',
    { opensAt: new Date(now - HOUR), closesAt: new Date(now + 2 * HOUR) },
    ['hubin.mgr', 'hubin.clerk'],
  );
  tomorrow = await publishedExam(
    f,
    '首问负责制测验',
    { opensAt: new Date(now - HOUR), closesAt: new Date(now + 26 * HOUR) },
    ['hubin.mgr'],
  );
}, 120_000);
afterAll(() => f?.close());

/** A listening port that never answers: an area whose process hangs. */
async function silentServer(): Promise<{ url: string; server: Server }> {
  const server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/trpc`, server };
}

describe('portal.inbox (against PostgreSQL, with the inspection and training services)', () => {
  it("merges the areas' to-dos by due time and counts them per area", async () => {
    const inbox = await (await f.as('hubin.mgr')).inbox.mine({});
    expect(inbox.items.map((a) => a.id)).toEqual([
      `training.exam.take.${soon.id}`,
      `inspection.inspection.daily.${f.hall('HZ-SC-01').id}.2026-11-23`,
      `training.exam.take.${tomorrow.id}`,
    ]);
    expect(inbox.items[1]).toMatchObject({
      kindLabel: { 'zh-CN': '今日日检', en: "Today's daily checks" },
      route: { remote: 'inspection', path: 'tasks' },
    });
    expect(inbox).toMatchObject({ total: 3, overdue: 0 });
    expect(inbox.areas).toEqual([
      { area: 'inspection', available: true, total: 1, overdue: 0 },
      { area: 'training', available: true, total: 2, overdue: 0 },
    ]);
    expect(await (await f.as('hubin.mgr')).inbox.counts()).toEqual(inbox.areas);
  });

  it('shows each person only their own, and the soonest first when there are more than asked for', async () => {
    const clerk = await (await f.as('hubin.clerk')).inbox.mine({});
    expect(clerk.items.map((a) => a.id)).toEqual([`training.exam.take.${soon.id}`]);
    const one = await (await f.as('hubin.mgr')).inbox.mine({ limit: 1 });
    expect(one.items.map((a) => a.id)).toEqual([`training.exam.take.${soon.id}`]);
    expect(one.total).toBe(3);
    expect(await (await f.as('hr')).inbox.mine({})).toMatchObject({ items: [], total: 0 });
  });

  it('answers without an area that cannot be reached, and says which', async () => {
    const down = remoteServiceClient({ url: 'http://127.0.0.1:9/trpc', secret: 'x', prefix: 'training' });
    const portal = f.portalWith([
      { area: 'inspection', client: f.clients.inspection },
      { area: 'training', client: down },
    ]);
    const caller = portal.router.createCaller(await f.contextOf('hubin.mgr'));
    const inbox = await caller.inbox.mine({});
    expect(inbox.items.map((a) => a.area)).toEqual(['inspection']);
    expect(inbox.areas).toEqual([
      { area: 'inspection', available: true, total: 1, overdue: 0 },
      { area: 'training', available: false, total: 0, overdue: 0 },
    ]);
    expect((await caller.inbox.counts()).map((a) => a.available)).toEqual([true, false]);
  });

  it('does not wait for an area that hangs beyond its time', async () => {
    const { url, server } = await silentServer();
    try {
      const hanging = remoteServiceClient({ url, secret: 'x', prefix: 'training' });
      const ctx = await f.contextOf('hubin.mgr');
      // The answering area warmed first, so only the hanging one can be late (a loaded machine is slow enough).
      await f.clients.inspection.query(ctx, 'pending.mine', { limit: 10 });
      const started = Date.now();
      const inbox = await myInbox(
        {
          inbox: [
            { area: 'inspection', client: f.clients.inspection },
            { area: 'training', client: hanging },
          ],
        },
        ctx,
        10,
        1_500,
      );
      expect(Date.now() - started).toBeLessThan(4_000);
      expect(inbox.areas.map((a) => [a.area, a.available])).toEqual([
        ['inspection', true],
        ['training', false],
      ]);
      expect(inbox.total).toBe(1);
    } finally {
      server.close();
    }
  });

  it("lists an administrator's to-dos from org, opening in the administration remote, until done", async () => {
    const org = localServiceClient(f.org.router);
    const portal = f.portalWith(inboxSources(() => org).filter((source) => source.area === 'admin'));
    const inbox = async () => portal.router.createCaller(await f.contextOf('admin')).inbox.mine({});
    expect(await inbox()).toMatchObject({ items: [], total: 0 });

    const admin = f.org.router.createCaller(await f.contextOf('admin'));
    const clerk = f.seeded.demoPeople['hubin.clerk']!.id;
    const id = await admin.staffIds.issue({ system: 'CRM', loginId: 'crm.hb.0300', personId: clerk });
    await admin.staffIds.suspend({ id: id.id, reason: '长期病假' });
    const waiting = await inbox();
    expect(waiting.items.map((item) => [item.kind, `/${item.route.remote}/${item.route.path}`])).toEqual([
      ['staffId.review', '/admin/staff-ids?status=suspended&q=crm.hb.0300'],
    ]);
    expect(waiting.areas).toEqual([{ area: 'admin', available: true, total: 1, overdue: 0 }]);

    await admin.staffIds.restore({ id: id.id });
    expect(await inbox()).toMatchObject({ items: [], total: 0 });
  });
});
