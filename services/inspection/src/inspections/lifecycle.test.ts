import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY_STANDARD_CHECKLIST } from '../domain/index.ts';
import {
  inspectionFixture,
  perfectResults,
  uploadPhoto,
  type InspectionFixture,
} from '../testing/fixture.ts';

describe('doing an inspection (against PostgreSQL)', () => {
  let f: InspectionFixture;
  let hubin: { id: string; name: string };
  let photoId: string;
  beforeAll(async () => {
    f = await inspectionFixture();
    hubin = f.hall('HZ-SC-01');
    photoId = (await uploadPhoto(await f.as('sc.sup'), hubin.id)).id;
  });
  afterAll(() => f.close());

  const start = async (username = 'sc.sup', hallId = hubin.id) =>
    (await f.as(username)).inspections.start({
      clientKey: crypto.randomUUID(),
      hallId,
      kind: 'MONTHLY_VISIT',
      templateId: f.templates.standardId,
    });

  it('keeps an autosaved draft across a reload and refuses a save from a stale copy', async () => {
    const supervisor = await f.as('sc.sup');
    const { id } = await start();
    const saved = await supervisor.inspections.saveDraft({
      id,
      revision: 0,
      results: [
        { itemCode: 'A01', outcome: 'PASS', photoIds: [] },
        { itemCode: 'A02', outcome: null, note: '待确认', photoIds: [] },
      ],
    });
    expect(saved.revision).toBe(1);
    const reloaded = await supervisor.inspections.get({ id });
    expect(reloaded).toMatchObject({
      status: 'DRAFT',
      draftRevision: 1,
      results: [
        { itemCode: 'A01', outcome: 'PASS' },
        { itemCode: 'A02', note: '待确认' },
      ],
    });
    await expect(supervisor.inspections.saveDraft({ id, revision: 0, results: [] })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('returns the same draft when a start is retried with the same key', async () => {
    const supervisor = await f.as('sc.sup');
    const clientKey = crypto.randomUUID();
    const first = await supervisor.inspections.start({
      clientKey,
      hallId: hubin.id,
      kind: 'MONTHLY_VISIT',
      templateId: f.templates.standardId,
    });
    const retry = await supervisor.inspections.start({
      clientKey,
      hallId: hubin.id,
      kind: 'MONTHLY_VISIT',
      templateId: f.templates.standardId,
    });
    expect(retry.id).toBe(first.id);
  });

  it('scores a submission, raises one order per problem, updates the rollups, and is idempotent', async () => {
    const supervisor = await f.as('sc.sup');
    const { id } = await start();
    const results = perfectResults(CITY_STANDARD_CHECKLIST, photoId).map((r) =>
      r.itemCode === 'A01'
        ? { ...r, outcome: 'FAIL' as const, note: '工牌未佩戴' }
        : r.itemCode === 'D02'
          ? { ...r, outcome: 2, note: '高峰时段等候超时' }
          : r,
    );
    const outcome = await supervisor.inspections.submit({ id, results });
    expect(outcome).toMatchObject({ passed: true, vetoed: false, problemCount: 2, ordersIssued: 2 });
    expect(outcome.total).toBeLessThan(100);
    const again = await supervisor.inspections.submit({ id, results });
    expect(again).toEqual(outcome);
    expect(await f.inspection.prisma.rectificationOrder.count({ where: { inspectionId: id } })).toBe(2);
    const stat = await f.inspection.prisma.hallMonthStat.findUniqueOrThrow({
      where: { hallId_month_kind: { hallId: hubin.id, month: '2026-11', kind: 'MONTHLY_VISIT' } },
    });
    expect(stat).toMatchObject({ inspections: 1, passedCount: 1, problemCount: 2 });
    const order = await f.inspection.prisma.rectificationOrder.findFirstOrThrow({
      where: { inspectionId: id, itemCode: 'A01' },
    });
    expect(order).toMatchObject({ problem: '工牌未佩戴', status: 'OPEN', verifierName: '刘海涛' });
  });

  it('fails the inspection on a one-vote veto item whatever the total', async () => {
    const supervisor = await f.as('sc.sup');
    const { id } = await start();
    const veto = CITY_STANDARD_CHECKLIST.sections.flatMap((s) => s.items).find((i) => i.veto)!;
    const results = perfectResults(CITY_STANDARD_CHECKLIST, photoId).map((r) =>
      r.itemCode === veto.code ? { ...r, outcome: 'FAIL' as const } : r,
    );
    await expect(supervisor.inspections.submit({ id, results })).resolves.toMatchObject({
      passed: false,
      vetoed: true,
    });
  });

  describe('bad input gets a clear error and changes nothing', () => {
    let id: string;
    beforeAll(async () => {
      id = (await start()).id;
    });
    const submitWith = async (change: (r: ReturnType<typeof perfectResults>) => unknown[]) =>
      (await f.as('sc.sup')).inspections.submit({
        id,
        results: change(perfectResults(CITY_STANDARD_CHECKLIST, photoId)) as never,
      });

    it('rejects a malformed score', async () => {
      await expect(
        submitWith((rs) => rs.map((r) => (r.itemCode === 'A01' ? { ...r, outcome: 'GOOD' } : r))),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    });

    it('rejects out-of-range points with the item and field path', async () => {
      const points = CITY_STANDARD_CHECKLIST.sections
        .flatMap((s) => s.items)
        .find((i) => i.scoringMode === 'POINTS')!;
      await expect(
        submitWith((rs) => rs.map((r) => (r.itemCode === points.code ? { ...r, outcome: 99 } : r))),
      ).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        cause: expect.objectContaining({ field: `results.${points.code}.outcome` }),
      });
    });

    it('rejects a missing photo where the standard requires one (of a problem, for this standard)', async () => {
      const needsPhoto = CITY_STANDARD_CHECKLIST.sections
        .flatMap((s) => s.items)
        .find((i) => i.photoRequired)!;
      const failed = needsPhoto.scoringMode === 'POINTS' ? 0 : 'FAIL';
      await expect(
        submitWith((rs) =>
          rs.map((r) =>
            r.itemCode === needsPhoto.code ? { ...r, outcome: failed, note: '有问题', photoIds: [] } : r,
          ),
        ),
      ).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        cause: expect.objectContaining({ field: `results.${needsPhoto.code}.photoIds` }),
      });
    });

    it('rejects a photo of another hall', async () => {
      const other = (await uploadPhoto(await f.as('sc.sup'), f.hall('HZ-SC-02').id)).id;
      await expect(
        submitWith((rs) => rs.map((r) => (r.photoIds.length ? { ...r, photoIds: [other] } : r))),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('不属于该营业厅') });
    });

    it('has written nothing for those attempts', async () => {
      expect(await f.inspection.prisma.inspection.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: 'DRAFT',
        total: null,
      });
      expect(await f.inspection.prisma.rectificationOrder.count({ where: { inspectionId: id } })).toBe(0);
      expect(await f.inspection.prisma.itemResult.count({ where: { inspectionId: id } })).toBe(0);
    });
  });

  it('takes a clean visit without a single photo where the standard asks for photos of problems only', async () => {
    const { id } = await start();
    const results = perfectResults(CITY_STANDARD_CHECKLIST, photoId).map((r) => ({ ...r, photoIds: [] }));
    await expect((await f.as('sc.sup')).inspections.submit({ id, results })).resolves.toMatchObject({
      problemCount: 0,
      ordersIssued: 0,
    });
  });

  it('refuses to start an inspection of a hall outside the inspector’s scope', async () => {
    await expect(start('sc.sup', f.hall('HZ-XH-01').id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(start('hubin.mgr')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses photos that are not images or too large, before storing anything', async () => {
    const supervisor = await f.as('sc.sup');
    const before = await f.inspection.prisma.photo.count();
    await expect(
      uploadPhoto(supervisor, hubin.id, new TextEncoder().encode('%PDF-1.7 not an image'), 'image/png'),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '只能上传 JPG、PNG 或 WebP 格式的图片' });
    const huge = new Uint8Array(10 * 1024 * 1024 + 1);
    huge.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await expect(uploadPhoto(supervisor, hubin.id, huge)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: '照片不能超过 10 MB',
    });
    await expect(uploadPhoto(supervisor, f.hall('HZ-XH-01').id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await f.inspection.prisma.photo.count()).toBe(before);
  });

  it('lets the hall manager do daily checks, which raise no orders', async () => {
    const manager = await f.as('hubin.mgr');
    const { id } = await manager.inspections.start({
      clientKey: crypto.randomUUID(),
      hallId: hubin.id,
      kind: 'DAILY',
    });
    const detail = await manager.inspections.get({ id });
    const results = detail.template.sections.flatMap((s) =>
      s.items.map((i) => ({
        itemCode: i.code,
        outcome: i.scoringMode === 'POINTS' ? 0 : ('FAIL' as const),
        photoIds: i.photoRequired ? [photoId] : [],
      })),
    );
    const outcome = await manager.inspections.submit({ id, results });
    expect(outcome.problemCount).toBeGreaterThan(0);
    expect(outcome.ordersIssued).toBe(0);
    const tasks = await manager.inspections.tasks();
    expect(tasks.daily).toEqual([{ hallId: hubin.id, hallName: '湖滨营业厅', done: 1, required: 2 }]);
  });
});
