import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY_STANDARD_CHECKLIST } from '../domain/index.ts';
import {
  inspectionFixture,
  perfectResults,
  uploadPhoto,
  type InspectionFixture,
} from '../testing/fixture.ts';

describe('who sees which inspection (docs/domain.md#organisation, #inspection)', () => {
  let f: InspectionFixture;
  let crossInspectionId: string;
  let mysteryId: string;
  beforeAll(async () => {
    f = await inspectionFixture();
    const city = await f.as('city.sup');
    const xhSupervisor = f.seeded.demoPeople['xh.sup']!.id;
    // The city plans a cross-inspection of 湖滨 (上城区) by the 西湖区 supervisor, and a mystery-shopper visit.
    const plan = await city.plans.create({ scopeOrgId: f.seeded.cityId, month: '2026-11' });
    await city.plans.saveEntries({
      id: plan.id,
      entries: [
        {
          hallId: f.hall('HZ-SC-01').id,
          kind: 'CROSS',
          templateId: f.templates.standardLine,
          inspectorIds: [xhSupervisor],
          plannedDate: '2026-11-12',
        },
        {
          hallId: f.hall('HZ-SC-01').id,
          kind: 'MYSTERY',
          templateId: f.templates.standardLine,
          inspectorIds: [f.seeded.demoPeople['city.sup']!.id],
          plannedDate: '2026-11-13',
        },
      ],
    });
    await city.plans.transition({ id: plan.id, command: { type: 'SUBMIT' } });
    await (await f.as('leader')).plans.transition({ id: plan.id, command: { type: 'APPROVE' } });
    await city.plans.transition({ id: plan.id, command: { type: 'PUBLISH' } });
    const detail = await city.plans.get({ id: plan.id });

    const cross = await f.as('xh.sup');
    const crossEntry = detail.entries.find((e) => e.kind === 'CROSS')!;
    const started = await cross.inspections.start({
      clientKey: crypto.randomUUID(),
      hallId: crossEntry.hallId,
      kind: 'CROSS',
      planEntryId: crossEntry.id,
    });
    const photo = await uploadPhoto(cross, crossEntry.hallId);
    await cross.inspections.submit({
      id: started.id,
      results: perfectResults(CITY_STANDARD_CHECKLIST, photo.id),
    });
    crossInspectionId = started.id;

    const mysteryEntry = detail.entries.find((e) => e.kind === 'MYSTERY')!;
    const mystery = await city.inspections.start({
      clientKey: crypto.randomUUID(),
      hallId: mysteryEntry.hallId,
      kind: 'MYSTERY',
      planEntryId: mysteryEntry.id,
    });
    const results = perfectResults(CITY_STANDARD_CHECKLIST, photo.id).map((r) =>
      r.itemCode === 'A01' ? { ...r, outcome: 'FAIL' as const, note: '暗访发现未起身迎客' } : r,
    );
    await city.inspections.submit({ id: mystery.id, results });
    mysteryId = mystery.id;
  });
  afterAll(() => f.close());

  it('lets the assigned cross-inspector see only that hall, not the rest of the other district', async () => {
    const cross = await f.as('xh.sup');
    await expect(cross.inspections.get({ id: crossInspectionId })).resolves.toMatchObject({
      hallName: '湖滨营业厅',
    });
    const visible = await cross.inspections.list({ page: 1, pageSize: 50 });
    expect(new Set(visible.items.map((i) => i.hallName))).toEqual(new Set(['湖滨营业厅']));
    await expect(
      cross.inspections.start({
        clientKey: crypto.randomUUID(),
        hallId: f.hall('HZ-SC-02').id,
        kind: 'MONTHLY_VISIT',
        templateId: f.templates.standardId,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('hides a mystery-shopper result from the hall until the city publishes it', async () => {
    const manager = await f.as('hubin.mgr');
    await expect(manager.inspections.get({ id: mysteryId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await manager.inspections.list({ page: 1, pageSize: 50, kind: 'MYSTERY' })).items).toEqual([]);
    expect(
      (await manager.rectifications.list({ page: 1, pageSize: 50 })).items.some(
        (o) => o.problem === '暗访发现未起身迎客',
      ),
    ).toBe(false);
    expect((await (await f.as('leader')).inspections.get({ id: mysteryId })).hallName).toBe('湖滨营业厅');

    await expect((await f.as('sc.sup')).inspections.publishMystery({ id: mysteryId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await (await f.as('city.sup')).inspections.publishMystery({ id: mysteryId });
    await expect(manager.inspections.get({ id: mysteryId })).resolves.toMatchObject({ kind: 'MYSTERY' });
    const orders = await manager.rectifications.list({ page: 1, pageSize: 50 });
    expect(orders.items.filter((o) => o.problem === '暗访发现未起身迎客')).toHaveLength(1);
  });

  it('shows a hall only its own inspections and a district only its halls', async () => {
    const other = await f.as('nanxing.mgr');
    expect((await other.inspections.list({ page: 1, pageSize: 50 })).items).toEqual([]);
    await expect(other.inspections.get({ id: crossInspectionId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const district = await f.as('sc.sup');
    expect(
      (await district.inspections.list({ page: 1, pageSize: 50 })).items.every(
        (i) => i.hallName === '湖滨营业厅',
      ),
    ).toBe(true);
    const otherDistrict = await f.as('trainer');
    expect((await otherDistrict.inspections.list({ page: 1, pageSize: 50 })).items).toEqual([]);
  });
});
