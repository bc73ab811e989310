import { monthOf, chinaDateOf } from '@duda/month';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionFixture, submitVisit, type InspectionFixture } from '../testing/fixture.ts';

describe('inspection.figures.month (what performance scores from)', () => {
  let f: InspectionFixture;
  let visitId: string;
  let month: string;
  beforeAll(async () => {
    f = await inspectionFixture();
    month = monthOf(chinaDateOf(f.clock.now));
    // 湖滨 fails two items: two rectification orders; 南星 scores full marks.
    visitId = (await submitVisit(f, 'sc.sup', f.hall('HZ-SC-01').id, { A01: '台面杂物', B01: '未佩戴工牌' }))
      .id;
    await submitVisit(f, 'sc.sup', f.hall('HZ-SC-02').id);
  });
  afterAll(() => f.close());

  it('gives a district’s scored inspections and orders hall by hall, overdue once the deadline passes', async () => {
    const district = f.seeded.districts[0]!.id;
    const figures = await (await f.as('sc.sup')).figures.month({ orgNodeId: district, month });
    expect(figures.inspections.map((i) => i.hallName).sort()).toEqual(['南星营业厅', '湖滨营业厅']);
    const hubin = figures.inspections.find((i) => i.id === visitId)!;
    expect(hubin.total).toBeLessThan(100);
    expect(figures.orders).toHaveLength(2);
    expect(figures.orders.every((o) => o.inspectionId === visitId && !o.overdue)).toBe(true);

    const before = f.clock.now;
    f.clock.now = new Date(Math.max(...figures.orders.map((o) => o.deadline.getTime())) + 60_000);
    try {
      const later = await (await f.as('sc.sup')).figures.month({ orgNodeId: district, month });
      expect(later.orders.map((o) => o.overdue)).toEqual([true, true]);
    } finally {
      f.clock.now = before;
    }
  });

  it('answers a hall manager for their hall only', async () => {
    const manager = await f.as('hubin.mgr');
    const own = await manager.figures.month({ orgNodeId: f.hall('HZ-SC-01').id, month });
    expect(own.inspections.map((i) => i.id)).toEqual([visitId]);
    await expect(manager.figures.month({ orgNodeId: f.hall('HZ-SC-02').id, month })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      manager.figures.month({ orgNodeId: f.seeded.districts[0]!.id, month }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
