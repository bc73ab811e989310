import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerFixture, type LedgerFixture } from '../testing/ledger-fixture.ts';
import { outagePlan, outageTemplate } from './outage-plan.testing.ts';

let t: LedgerFixture;
let plan: Awaited<ReturnType<typeof outagePlan>>['plan'];
let templateId: string;

beforeAll(async () => {
  t = await ledgerFixture(new Date('2026-05-10T01:00:00Z'));
  ({
    plan,
    template: { id: templateId },
  } = await outagePlan(t));
});
afterAll(() => t.close());

describe('plan templates and a hall’s plan (应急预案)', () => {
  it('the city keeps templates; a hall reads them but may not write one', async () => {
    const templates = await (await t.as('hubin.clerk')).plans.templates({});
    expect(templates).toMatchObject({
      mayManage: false,
      items: [{ title: outageTemplate.title, revision: 1 }],
    });
    expect((await (await t.as('city.sup')).plans.templates({})).mayManage).toBe(true);
    await expect((await t.as('hubin.mgr')).plans.saveTemplate(outageTemplate)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await (await t.as('trainer')).plans.templates({})).items).toEqual([]);
  });

  it('a hall adapts the template into its own plan; the template’s next revision does not change it, the hall is told', async () => {
    const mgr = await t.as('hubin.mgr');
    expect(plan).toMatchObject({ orgName: '湖滨营业厅', templateRevision: 1, newerTemplateRevision: null });
    const steps = [...plan.steps, { text: '通知片区经理到场', role: 'hall_manager' as const }];
    await mgr.plans.update({ ...outageTemplate, id: plan.id, steps });

    const revised = await (
      await t.as('city.sup')
    ).plans.saveTemplate({ ...outageTemplate, id: templateId, activation: '系统中断超过 5 分钟' });
    expect(revised.revision).toBe(2);

    const ours = await mgr.plans.get({ id: plan.id });
    expect(ours).toMatchObject({
      activation: outageTemplate.activation,
      templateRevision: 1,
      newerTemplateRevision: 2,
      mayAdapt: true,
    });
    expect(ours.steps).toHaveLength(4);
  });

  it('only the hall’s managers adapt its plans; a plan is a hall’s', async () => {
    const hubin = t.hall('HZ-SC-01');
    await expect(
      (await t.as('hubin.clerk')).plans.adopt({ templateId, orgNodeId: hubin.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      (await t.as('nanxing.mgr')).plans.update({ ...outageTemplate, id: plan.id }),
    ).rejects.toMatchObject({ message: '应急预案不存在或您无权查看' });
    const district = t.f.seeded.districts[0]!;
    await expect(
      (await t.as('sc.sup')).plans.adopt({ templateId, orgNodeId: district.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a hall sees only its own plans, a district its halls’', async () => {
    await (await t.as('nanxing.mgr')).plans.adopt({ templateId, orgNodeId: t.hall('HZ-SC-02').id });
    const names = async (username: string) =>
      (await (await t.as(username)).plans.list({})).map((one) => one.orgName).sort();
    expect(await names('hubin.clerk')).toEqual(['湖滨营业厅']);
    expect(await names('nanxing.mgr')).toEqual(['南星营业厅']);
    expect(await names('sc.sup')).toEqual(['南星营业厅', '湖滨营业厅'].sort());
    expect(await names('xh.sup')).toEqual([]);
    await expect((await t.as('xh.sup')).plans.get({ id: plan.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
