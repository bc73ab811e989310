// The hall monthly report (表2) against a real PostgreSQL beside real org, inspection and training services: the
// manager's report prefilled through the areas' APIs (an area not wired is marked unavailable), completed and
// submitted, then read-only; the district supervisor reads the submitted reports of their halls only; the report
// due is a to-do in the inbox until submitted.
import { localServiceClient } from '@duda/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalService, type PortalService } from '../module.ts';
import { portalFixture, type PortalFixture } from '../testing/fixture.ts';

let f: PortalFixture;
let service: PortalService;

beforeAll(async () => {
  // Friday 27 November 2026, 10:00 in China: this month's report shows from the 25th.
  f = await portalFixture(new Date('2026-11-27T02:00:00Z'));
  service = createPortalService({
    pool: f.db.pool,
    org: localServiceClient(f.org.router),
    now: () => f.clock.now,
    areas: f.clients,
    reportsInInbox: true,
  });
});
afterAll(async () => {
  await service.close();
  await f.close();
});

const as = async (username: string) => service.router.createCaller(await f.contextOf(username));
const hubin = () => f.hall('HZ-SC-01');
const report = (sections = {}) => ({ hallId: hubin().id, month: '2026-11', sections });

describe('the hall monthly report', () => {
  it('is a to-do of the hall manager for this month and the last until submitted', async () => {
    const inbox = await (await as('hubin.mgr')).inbox.mine({ limit: 50 });
    expect(inbox.items.map((i) => [i.title, i.overdue, i.route])).toEqual([
      ['湖滨营业厅 2026-10', true, { remote: 'reports', path: '?month=2026-10' }],
      ['湖滨营业厅 2026-11', false, { remote: 'reports', path: '?month=2026-11' }],
    ]);
    expect((await (await as('hubin.clerk')).inbox.mine({ limit: 50 })).items).toEqual([]);
  });

  it('is prefilled from the areas through their APIs, an area not wired marked unavailable', async () => {
    const manager = await as('hubin.mgr');
    expect(await manager.reports.mine({ month: '2026-11' })).toMatchObject({
      halls: [{ hallId: hubin().id, hallName: '湖滨营业厅', report: null }],
    });
    const draft = await manager.reports.prefill({ hallId: hubin().id, month: '2026-11' });
    expect(draft).toMatchObject({ status: 'DRAFT', hallName: '湖滨营业厅' });
    expect(draft.prefill.sources).toEqual([
      { source: 'inspection', available: true },
      { source: 'shortStaves', available: true },
      { source: 'training', available: true },
      { source: 'complaints', available: false },
      { source: 'queue', available: true },
      { source: 'equipment', available: false },
    ]);
    expect(draft.prefill.figures.find((x) => x.key === 'inspection.count')).toEqual({
      key: 'inspection.count',
      value: 0,
      area: 'inspection',
      link: 'inspections',
    });
  });

  it('counts every queue reading of the month, not only the latest 20 the queue page lists', async () => {
    const queue = f.inspection.router.createCaller(await f.contextOf('hubin.mgr')).queue;
    const today = f.clock.now;
    try {
      // 2 November from 09:00 in China, one reading an hour, 3 to 26 customers waiting.
      for (let i = 0; i < 24; i += 1) {
        f.clock.now = new Date(Date.parse('2026-11-02T01:00:00Z') + i * 3_600_000);
        await queue.report({
          hallId: hubin().id,
          openCounters: 4,
          waitingCustomers: 3 + i,
          source: 'machine',
        });
      }
    } finally {
      f.clock.now = today;
    }
    const draft = await (await as('hubin.mgr')).reports.prefill({ hallId: hubin().id, month: '2026-11' });
    const valueOf = (key: string) => draft.prefill.figures.find((x) => x.key === key)?.value;
    expect(valueOf('queue.readings')).toBe(24);
    expect(valueOf('queue.maxWaiting')).toBe(26);
  });

  it('is refused to anyone but the hall’s manager, and for a month not begun', async () => {
    await expect((await as('nanxing.mgr')).reports.save(report({ service: '别人的' }))).rejects.toMatchObject(
      {
        code: 'FORBIDDEN',
      },
    );
    await expect((await as('sc.sup')).reports.prefill(report())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      (await as('hubin.mgr')).reports.prefill({ hallId: hubin().id, month: '2026-12' }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
  });

  it('is the manager’s own while a draft, then read-only and read by the district supervisor', async () => {
    const manager = await as('hubin.mgr');
    const sup = await as('sc.sup');
    await manager.reports.save(report({ service: '整体服务平稳' }));
    await expect(sup.reports.get(report())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await sup.reports.list({ month: '2026-11' })).toEqual([]);
    const monthReportDuty = async () =>
      (await manager.duties.mine({ span: 'month' })).tasks.find((t) => t.code === 'hall.monthly.report');
    expect(await monthReportDuty()).toMatchObject({ status: 'OPEN', evidence: 'MONTHLY_REPORT', done: 0 });
    const submitted = await manager.reports.submit(
      report({ service: '整体服务平稳', team: '组织一次团队活动' }),
    );
    expect(submitted).toMatchObject({ status: 'SUBMITTED', submittedAt: f.clock.now });
    await expect(manager.reports.save(report({ service: '改' }))).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(manager.reports.prefill(report())).rejects.toMatchObject({ code: 'CONFLICT' });
    // Submitting is the evidence of the month's 表2 duty (营业厅月报), counted once.
    expect(await monthReportDuty()).toMatchObject({
      status: 'DONE',
      done: 1,
      proofs: [{ evidence: 'MONTHLY_REPORT', area: 'reports', link: '?month=2026-11' }],
    });
    expect(await sup.reports.list({ month: '2026-11' })).toMatchObject([
      { hallName: '湖滨营业厅', authorName: '李娜' },
    ]);
    expect((await sup.reports.get(report())).sections).toEqual({
      service: '整体服务平稳',
      team: '组织一次团队活动',
    });
    expect(await (await as('xh.sup')).reports.list({ month: '2026-11' })).toEqual([]);
    await expect((await as('xh.sup')).reports.get(report())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await as('hubin.clerk')).reports.list({ month: '2026-11' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const inbox = await manager.inbox.mine({ limit: 50 });
    expect(inbox.items.map((i) => i.title)).toEqual(['湖滨营业厅 2026-10']);
  });
});
