import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionFixture, type InspectionFixture, submitVisit } from '../testing/fixture.ts';

// Found in the security review (issue 9): a supervisor got any photo signed by naming it in a typical case.
describe('typical cases of a notice cite its own inspections and their photos (against PostgreSQL)', () => {
  let f: InspectionFixture;
  let noticeId: string;
  const done: Record<'sc' | 'xh', { inspectionId: string; photoId: string }> = {} as never;
  beforeAll(async () => {
    f = await inspectionFixture();
    for (const [key, username, hallCode] of [
      ['sc', 'sc.sup', 'HZ-SC-01'],
      ['xh', 'xh.sup', 'HZ-XH-01'],
    ] as const) {
      const visit = await submitVisit(f, username, f.hall(hallCode).id);
      done[key] = { inspectionId: visit.id, photoId: visit.photoId };
    }
    noticeId = (
      await (await f.as('sc.sup')).notices.generate({ scopeOrgId: f.district('HZ-SC').id, month: '2026-11' })
    ).id;
  });
  afterAll(() => f.close());

  const typicalCase = (inspectionId: string, photoIds: string[]) => ({
    inspectionId,
    hallName: '湖滨营业厅',
    tone: 'GOOD' as const,
    title: '服务规范到位',
    description: '各项服务规范执行到位。',
    photoIds,
  });
  const update = async (cases: ReturnType<typeof typicalCase>[]) =>
    (await f.as('sc.sup')).notices.update({ id: noticeId, patch: { typicalCases: cases } });

  it('refuses a photo of another district’s hall, naming the case’s photo field, and signs none', async () => {
    const own = typicalCase(done.sc.inspectionId, [done.sc.photoId]);
    await expect(
      update([own, own, typicalCase(done.sc.inspectionId, [done.xh.photoId])]),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: expect.objectContaining({ field: 'typicalCases.2.photoIds' }),
    });
    const notice = await (await f.as('sc.sup')).notices.get({ id: noticeId });
    expect(Object.keys(notice.photos)).not.toContain(done.xh.photoId);
  });

  it('refuses an inspection outside the notice’s district, or an id that is no inspection', async () => {
    for (const inspectionId of [done.xh.inspectionId, 'not-an-id', crypto.randomUUID()]) {
      await expect(update([typicalCase(inspectionId, [])])).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        cause: expect.objectContaining({ field: 'typicalCases.0.inspectionId' }),
      });
    }
  });

  it('does not sign a photo a notice saved before the rule cites', async () => {
    const row = await f.inspection.prisma.monthlyNotice.findUniqueOrThrow({ where: { id: noticeId } });
    const leaked = [
      typicalCase(done.sc.inspectionId, [done.sc.photoId, done.xh.photoId]),
      typicalCase(done.xh.inspectionId, [done.xh.photoId]),
    ];
    await f.inspection.prisma.monthlyNotice.update({
      where: { id: noticeId },
      data: { content: { ...(row.content as object), typicalCases: leaked } },
    });
    const notice = await (await f.as('sc.sup')).notices.get({ id: noticeId });
    expect(Object.keys(notice.photos)).toEqual([done.sc.photoId]);
  });

  it('keeps a case citing the district’s own inspection with its photo', async () => {
    await update([typicalCase(done.sc.inspectionId, [done.sc.photoId])]);
    const notice = await (await f.as('sc.sup')).notices.get({ id: noticeId });
    expect(notice.notice.typicalCases.map((c) => c.inspectionId)).toEqual([done.sc.inspectionId]);
    expect(Object.keys(notice.photos)).toEqual([done.sc.photoId]);
  });
});
