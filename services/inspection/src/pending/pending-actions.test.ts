// The to-do contract for inspection (ADR 0018), on the real database: each action appears in the person's
// `inspection.pending.mine` when it becomes theirs to do, and is gone once it is done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY_STANDARD_CHECKLIST } from '../domain/index.ts';
import {
  inspectionFixture,
  perfectResults,
  submitVisit,
  uploadPhoto,
  type InspectionFixture,
} from '../testing/fixture.ts';

describe('inspection.pending.mine (against PostgreSQL)', () => {
  let f: InspectionFixture;
  const mine = async (username: string, limit = 50) => (await f.as(username)).pending.mine({ limit });
  const kindsOf = async (username: string) => (await mine(username)).items.map((a) => a.kind);

  beforeAll(async () => {
    f = await inspectionFixture();
  });
  afterAll(() => f.close());

  it('gives the hall an order to answer, overdue past its deadline, then the verifier one to verify, until closed', async () => {
    const hubin = f.hall('HZ-SC-01').id;
    const { id } = await submitVisit(f, 'sc.sup', hubin, { A01: '台席不整洁' });
    const order = await f.inspection.prisma.rectificationOrder.findFirstOrThrow({
      where: { inspectionId: id },
    });
    const toAnswer = (await mine('hubin.mgr')).items.find((a) => a.kind === 'rectification.respond');
    expect(toAnswer).toMatchObject({
      id: `inspection.rectification.respond.${order.id}`,
      kindLabel: { 'zh-CN': '整改回复', en: 'Answer a rectification order' },
      title: order.itemTitle,
      orgName: '湖滨营业厅',
      dueAt: order.deadline,
      overdue: false,
      route: { remote: 'inspection', path: `rectifications?order=${order.id}` },
    });
    expect(await kindsOf('nanxing.mgr')).not.toContain('rectification.respond');

    const start = f.clock.now;
    f.clock.now = new Date(order.deadline.getTime() + 3_600_000);
    const late = await mine('hubin.mgr');
    expect(late.items[0]).toMatchObject({ id: toAnswer!.id, overdue: true });
    expect(late.overdue).toBeGreaterThanOrEqual(1);
    f.clock.now = start;

    const photo = await uploadPhoto(await f.as('hubin.mgr'), hubin);
    await (
      await f.as('hubin.mgr')
    ).rectifications.respond({ id: order.id, measures: '已整理', photoIds: [photo.id] });
    expect((await mine('hubin.mgr')).items.map((a) => a.id)).not.toContain(toAnswer!.id);
    const toVerify = `inspection.rectification.verify.${order.id}`;
    expect((await mine('sc.sup')).items.map((a) => a.id)).toContain(toVerify);
    // Not before another supervisor who could verify it: only the one the order names (只看待我验证 alike).
    expect((await mine('city.sup')).items.map((a) => a.id)).not.toContain(toVerify);
    expect((await mine('xh.sup')).items.map((a) => a.id)).not.toContain(toVerify);

    await (await f.as('sc.sup')).rectifications.accept({ id: order.id });
    expect((await mine('sc.sup')).items.map((a) => a.id)).not.toContain(toVerify);
  });

  it('puts a submitted plan before the leader, a returned one before its author, the published visits before the inspector', async () => {
    const supervisor = await f.as('sc.sup');
    const leader = await f.as('leader');
    const me = f.seeded.demoPeople['sc.sup']!.id;
    const { id } = await supervisor.plans.create({ scopeOrgId: f.district('HZ-SC').id, month: '2026-11' });
    const hubin = f.hall('HZ-SC-02');
    await supervisor.plans.saveEntries({
      id,
      entries: [
        {
          hallId: hubin.id,
          kind: 'MONTHLY_VISIT',
          templateId: f.templates.standardLine,
          inspectorIds: [me],
          plannedDate: '2026-11-12',
        },
      ],
    });
    expect(await kindsOf('leader')).not.toContain('plan.approve');
    await supervisor.plans.transition({ id, command: { type: 'SUBMIT' } });
    expect((await mine('leader')).items).toContainEqual(
      expect.objectContaining({
        id: `inspection.plan.approve.${id}`,
        route: { remote: 'inspection', path: `plans/${id}` },
      }),
    );
    await leader.plans.transition({ id, command: { type: 'REJECT', comment: '请补充复查安排' } });
    expect(await kindsOf('leader')).not.toContain('plan.approve');
    expect((await mine('sc.sup')).items.map((a) => a.id)).toContain(`inspection.plan.revise.${id}`);
    await supervisor.plans.transition({ id, command: { type: 'REVISE' } });
    expect((await mine('sc.sup')).items.map((a) => a.id)).not.toContain(`inspection.plan.revise.${id}`);
    await supervisor.plans.transition({ id, command: { type: 'SUBMIT' } });
    await leader.plans.transition({ id, command: { type: 'APPROVE' } });
    expect(await kindsOf('leader')).not.toContain('plan.approve');
    expect(await kindsOf('sc.sup')).not.toContain('inspection.planned');
    await supervisor.plans.transition({ id, command: { type: 'PUBLISH' } });

    const planned = (await mine('sc.sup')).items.find((a) => a.kind === 'inspection.planned');
    expect(planned).toMatchObject({ orgName: hubin.name, overdue: false, route: { path: 'tasks' } });
    expect((await mine('hubin.mgr')).items).not.toContainEqual(
      expect.objectContaining({ kind: 'inspection.selfCheck', orgName: hubin.name }),
    );
    expect((await mine('nanxing.mgr')).items.map((a) => a.kind)).toContain('inspection.selfCheck');

    const entryId = planned!.id.replace('inspection.inspection.planned.', '');
    const photo = await uploadPhoto(supervisor, hubin.id);
    const visitId = (
      await supervisor.inspections.start({
        clientKey: crypto.randomUUID(),
        hallId: hubin.id,
        kind: 'MONTHLY_VISIT',
        planEntryId: entryId,
      })
    ).id;
    expect((await mine('sc.sup')).items).toContainEqual(
      expect.objectContaining({
        id: planned!.id,
        route: { remote: 'inspection', path: `inspections/${visitId}/perform` },
      }),
    );
    await supervisor.inspections.submit({
      id: visitId,
      results: perfectResults(CITY_STANDARD_CHECKLIST, photo.id),
    });
    const { items } = await mine('sc.sup');
    expect(items.map((a) => a.kind)).not.toContain('inspection.planned');
  });

  it("shows a hall manager today's daily checks until the second is submitted", async () => {
    const hubin = f.hall('HZ-SC-01');
    const daily = async () => (await mine('hubin.mgr')).items.find((a) => a.kind === 'inspection.daily');
    expect(await daily()).toMatchObject({
      title: `${hubin.name} 0/2`,
      orgNodeId: hubin.id,
      route: { path: 'tasks' },
    });
    const manager = await f.as('hubin.mgr');
    const photo = await uploadPhoto(manager, hubin.id);
    for (let done = 1; done <= 2; done += 1) {
      const { id } = await manager.inspections.start({
        clientKey: crypto.randomUUID(),
        hallId: hubin.id,
        kind: 'DAILY',
      });
      const detail = await manager.inspections.get({ id });
      const results = detail.template.sections.flatMap((s) =>
        s.items.map((i) => ({
          itemCode: i.code,
          outcome: i.scoringMode === 'POINTS' ? (i.maxPoints ?? 1) : ('PASS' as const),
          photoIds: i.photoRequired ? [photo.id] : [],
        })),
      );
      await manager.inspections.submit({ id, results });
      if (done === 1) expect((await daily())?.title).toBe(`${hubin.name} 1/2`);
    }
    expect(await daily()).toBeUndefined();
  });

  it('asks a clerk for nothing, and answers counts alone when asked for no items', async () => {
    expect(await mine('hubin.clerk')).toEqual({ items: [], total: 0, overdue: 0 });
    const counts = await mine('nanxing.mgr', 0);
    expect(counts.items).toEqual([]);
    expect(counts.total).toBeGreaterThan(0);
  });
});
