import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAILY_SELF_INSPECTION_CHECKLIST } from '../domain/index.ts';
import {
  inspectionFixture,
  perfectResults,
  uploadPhoto,
  type InspectionFixture,
  submitVisit,
} from '../testing/fixture.ts';

describe('dashboard, monthly notice and archive', () => {
  let f: InspectionFixture;
  beforeAll(async () => {
    f = await inspectionFixture();
    // 湖滨 scores full marks; 南星 fails 营业环境 items.
    for (const [code, failing] of [
      ['HZ-SC-01', []],
      ['HZ-SC-02', ['A01', 'A03', 'B01']],
    ] as const) {
      const problems = Object.fromEntries(failing.map((itemCode) => [itemCode, '现场发现问题']));
      await submitVisit(f, 'sc.sup', f.hall(code).id, problems);
    }
  });
  afterAll(() => f.close());

  it('ranks the district’s halls and names the short staves', async () => {
    const dashboard = await (await f.as('sc.sup')).dashboard({ month: '2026-11' });
    expect(dashboard.scope.name).toBe('上城区分公司');
    expect(dashboard.hallRanking.filter((h) => h.rank !== null).map((h) => [h.rank, h.name])).toEqual([
      [1, '湖滨营业厅'],
      [2, '南星营业厅'],
    ]);
    expect(dashboard.shortStaves.map((s) => s.itemCode).sort()).toEqual(['A01', 'A03', 'B01']);
    expect(dashboard.kpis.inspections).toBe(2);
    expect(dashboard.rectification).toMatchObject({ issued: 3, closed: 0 });
  });

  it('shows a city the ranking of its districts', async () => {
    const dashboard = await (await f.as('city.sup')).dashboard({ month: '2026-11' });
    expect(dashboard.districtRanking).toEqual([
      expect.objectContaining({ name: '上城区分公司', rank: 1, halls: 2 }),
    ]);
  });

  it('gives a unit’s short staves to its supervisors and to the notice’s readers (the trainer), not to another hall', async () => {
    const input = { orgNodeId: f.district('HZ-SC').id, month: '2026-11' };
    const staves = await (await f.as('trainer')).shortStaves(input);
    expect(staves.map((s) => [s.itemCode, s.failed]).sort()).toEqual([
      ['A01', 1],
      ['A03', 1],
      ['B01', 1],
    ]);
    expect(await (await f.as('sc.sup')).shortStaves(input)).toEqual(staves);
    await expect(
      (await f.as('hubin.mgr')).shortStaves({ ...input, orgNodeId: f.hall('HZ-SC-02').id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('counts a hall’s own daily checks apart from its scored inspections', async () => {
    const manager = await f.as('hubin.mgr');
    const hallId = f.hall('HZ-SC-01').id;
    const before = (await manager.dashboard({ month: '2026-11' })).kpis;
    const photoId = (await uploadPhoto(manager, hallId)).id;
    const { id } = await manager.inspections.start({ clientKey: crypto.randomUUID(), hallId, kind: 'DAILY' });
    await manager.inspections.submit({
      id,
      results: perfectResults(DAILY_SELF_INSPECTION_CHECKLIST, photoId),
    });
    const after = (await manager.dashboard({ month: '2026-11' })).kpis;
    expect(after).toMatchObject({ inspections: before.inspections, ownChecks: before.ownChecks + 1 });
  });

  it('refuses a hall manager the district dashboard', async () => {
    await expect(
      (await f.as('hubin.mgr')).dashboard({ month: '2026-11', scopeOrgId: f.district('HZ-SC').id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('generates, edits, publishes and exports the monthly notice; halls read it once published', async () => {
    const supervisor = await f.as('sc.sup');
    const manager = await f.as('hubin.mgr');
    const { id } = await supervisor.notices.generate({
      scopeOrgId: f.district('HZ-SC').id,
      month: '2026-11',
    });
    const draft = await supervisor.notices.get({ id });
    expect(draft.notice.ranking.top.map((r) => r.hallName)).toEqual(['湖滨营业厅', '南星营业厅']);
    await expect(manager.notices.get({ id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await supervisor.notices.update({ id, patch: { summary: '本月上城区服务检查总体平稳。' } });
    await supervisor.notices.publish({ id });
    await expect(supervisor.notices.update({ id, patch: { title: '改' } })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await manager.notices.get({ id })).notice.summary).toBe('本月上城区服务检查总体平稳。');
    expect((await manager.notices.list({ page: 1, pageSize: 10 })).items.map((n) => n.id)).toEqual([id]);

    const file = await supervisor.notices.export({ id });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '概况',
      '营业厅排名',
      '共性问题',
      '典型案例',
      '整改情况',
    ]);
    expect(book.getWorksheet('营业厅排名')!.getCell('B2').value).toBe('湖滨营业厅');
  });

  it('archives a finished month only when nothing is left open, and then refuses changes', async () => {
    const supervisor = await f.as('sc.sup');
    const scope = { scopeOrgId: f.district('HZ-SC').id, month: '2026-11' };
    await expect(supervisor.archive.close(scope)).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
    const status = await supervisor.archive.status(scope);
    expect(status.blockers.map((b) => b.code)).toEqual(['MONTH_NOT_OVER', 'RECTIFICATIONS_OPEN']);

    const manager = await f.as('nanxing.mgr');
    const evidence = await uploadPhoto(manager, f.hall('HZ-SC-02').id);
    for (const order of (await manager.rectifications.list({ page: 1, pageSize: 10 })).items) {
      await manager.rectifications.respond({ id: order.id, measures: '已整改', photoIds: [evidence.id] });
      await supervisor.rectifications.accept({ id: order.id });
    }
    f.clock.now = new Date('2026-12-02T02:00:00Z');
    await supervisor.archive.close(scope);
    expect((await supervisor.archive.status(scope)).archived).toBe(true);
    expect(await supervisor.archive.list({ scopeOrgId: scope.scopeOrgId })).toEqual([
      { month: '2026-11', archivedAt: f.clock.now },
    ]);
    await expect(manager.archive.list({ scopeOrgId: scope.scopeOrgId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const order = (await manager.rectifications.list({ page: 1, pageSize: 1 })).items[0]!;
    await expect(
      supervisor.rectifications.rejectBack({ id: order.id, reason: '再查' }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/CONFLICT|PRECONDITION_FAILED/) });
  });
});
