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

  it('each save of a template is a revision in its history, with who saved it; a step’s time limit is whole minutes', async () => {
    const sup = await t.as('city.sup');
    const kept = await sup.plans.saveTemplate({
      ...outageTemplate,
      kind: 'CROWDING',
      title: '客流拥堵',
      steps: [{ text: '增开柜台', role: 'duty_manager', minutes: 15 }],
    });
    await sup.plans.saveTemplate({
      ...outageTemplate,
      kind: 'CROWDING',
      id: kept.id,
      title: '客流拥堵（修订）',
    });
    const read = await (await t.as('hubin.clerk')).plans.template({ id: kept.id });
    expect(read).toMatchObject({ revision: 2, mayManage: false, title: '客流拥堵（修订）' });
    expect(read.revisions.map((one) => [one.revision, one.title, one.savedByName])).toEqual([
      [2, '客流拥堵（修订）', expect.any(String)],
      [1, '客流拥堵', expect.any(String)],
    ]);
    expect(read.revisions[1]!.steps).toEqual([{ text: '增开柜台', role: 'duty_manager', minutes: 15 }]);
    expect(read.revisions[0]!.savedByName).not.toBe('');
    await expect(
      sup.plans.saveTemplate({
        ...outageTemplate,
        steps: [{ text: '增开柜台', role: 'duty_manager', minutes: 0 }],
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('operations.contingency.stepMinutesInvalid'),
    });
    await expect((await t.as('trainer')).plans.template({ id: kept.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('the template list pages and counts the caller’s halls that adopted it and those still on an older revision', async () => {
    const sup = await t.as('city.sup');
    const first = await sup.plans.templates({ page: 1, pageSize: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.total).toBeGreaterThan(1);
    const outage = (await sup.plans.templates({ kind: 'SYSTEM_OUTAGE' })).items.find(
      (one) => one.id === templateId,
    );
    // 湖滨 adopted revision 1, 南星 revision 2 (after the city's second save).
    expect(outage).toMatchObject({ adoptedBy: 2, behind: 1 });
    const hubinView = (await (await t.as('hubin.clerk')).plans.templates({ kind: 'SYSTEM_OUTAGE' })).items;
    expect(hubinView.find((one) => one.id === templateId)).toMatchObject({ adoptedBy: 1, behind: 1 });
  });

  it('更新为新版: the hall’s plan takes the revision it compared, keeping its own contacts; only once, only its managers', async () => {
    const mgr = await t.as('hubin.mgr');
    const current = await mgr.plans.get({ id: plan.id });
    const own = { name: '湖滨物业', phone: '0571-87000110', duty: '供电' };
    await mgr.plans.update({ ...current, contacts: [...current.contacts, own] });
    await expect(
      (await t.as('hubin.clerk')).plans.takeRevision({ id: plan.id, revision: 2 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(mgr.plans.takeRevision({ id: plan.id, revision: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '市公司已发布模板第 2 版，请重新对照后再更新',
    });

    const taken = await mgr.plans.takeRevision({ id: plan.id, revision: 2 });
    expect(taken).toMatchObject({
      templateRevision: 2,
      newerTemplateRevision: null,
      activation: '系统中断超过 5 分钟',
      steps: outageTemplate.steps,
      contacts: [...outageTemplate.contacts, own],
    });
    await expect(mgr.plans.takeRevision({ id: plan.id, revision: 2 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '本厅预案已是模板第 2 版，无需更新',
    });
  });
});
