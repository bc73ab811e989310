import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY_STANDARD_CHECKLIST } from '../domain/index.ts';
import {
  inspectionFixture,
  perfectResults,
  uploadPhoto,
  type InspectionFixture,
} from '../testing/fixture.ts';

describe('其余全部合格 recorded by the service (against PostgreSQL)', () => {
  let f: InspectionFixture;
  let hallId: string;
  let photoId: string;
  const items = CITY_STANDARD_CHECKLIST.sections.flatMap((s) => s.items);
  beforeAll(async () => {
    f = await inspectionFixture();
    hallId = f.hall('HZ-SC-01').id;
    photoId = (await uploadPhoto(await f.as('sc.sup'), hallId)).id;
  });
  afterAll(() => f.close());

  const startVisit = async () =>
    (await f.as('sc.sup')).inspections.start({
      clientKey: crypto.randomUUID(),
      hallId,
      kind: 'MONTHLY_VISIT',
      templateId: f.templates.standardId,
    });

  it('passes only the unjudged items, saves the draft and records who applied it to how many', async () => {
    const supervisor = await f.as('sc.sup');
    const { id } = await startVisit();
    const failed = { itemCode: 'A01', outcome: 'FAIL' as const, note: '工牌未佩戴', photoIds: [photoId] };
    const answer = await supervisor.inspections.markRestPassed({
      id,
      revision: 0,
      results: [failed],
      summary: '整体良好',
    });
    expect(answer.revision).toBe(1);
    expect(answer.marked.map((m) => m.itemCode)).toEqual(items.slice(1).map((i) => i.code));

    const draft = await supervisor.inspections.get({ id });
    expect(draft).toMatchObject({ draftRevision: 1, summary: '整体良好' });
    expect(draft.results.find((r) => r.itemCode === 'A01')).toEqual(failed);
    expect(draft.results.filter((r) => r.outcome === null || r.outcome === undefined)).toEqual([]);
    expect(draft.restPasses).toEqual([{ at: f.clock.now, actorName: '刘海涛', itemCount: items.length - 1 }]);
  });

  it('refuses a stale copy and records nothing', async () => {
    const supervisor = await f.as('sc.sup');
    const { id } = await startVisit();
    await supervisor.inspections.saveDraft({ id, revision: 0, results: [] });
    await expect(
      supervisor.inspections.markRestPassed({ id, revision: 0, results: [] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await f.inspection.prisma.restPassMark.count({ where: { inspectionId: id } })).toBe(0);
  });

  it('is refused on a submitted inspection and to anyone but its inspector', async () => {
    const supervisor = await f.as('sc.sup');
    const { id } = await startVisit();
    await expect(
      (await f.as('city.sup')).inspections.markRestPassed({ id, revision: 0, results: [] }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await supervisor.inspections.submit({ id, results: perfectResults(CITY_STANDARD_CHECKLIST, photoId) });
    await expect(
      supervisor.inspections.markRestPassed({ id, revision: 0, results: [] }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: '这份检查已提交，不能再修改' });
    expect(await f.inspection.prisma.restPassMark.count({ where: { inspectionId: id } })).toBe(0);
  });
});
