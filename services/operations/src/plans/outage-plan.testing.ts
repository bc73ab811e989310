// The system-outage plan the contingency tests share: the city's template, adopted by 湖滨.
import type { PlanBody } from '@duda/contract-operations';
import type { LedgerFixture } from '../testing/ledger-fixture.ts';

export const outageTemplate: PlanBody & { kind: 'SYSTEM_OUTAGE' } = {
  kind: 'SYSTEM_OUTAGE',
  title: '业务系统故障应急预案',
  activation: 'CRM 或计费系统中断超过 10 分钟',
  escalateAt: 2,
  steps: [
    { text: '确认故障范围并报告 IT 值班', role: 'duty_manager' },
    { text: '启动手工登记，张贴告示', role: 'clerk' },
    { text: '安抚排队客户，发放等候号', role: 'manager_assistant' },
  ],
  contacts: [{ name: 'IT 值班', phone: '0571-88001000', duty: '系统恢复' }],
};

/** The city's template and 湖滨's plan adopted from it. */
export async function outagePlan(t: LedgerFixture) {
  const template = await (await t.as('city.sup')).plans.saveTemplate(outageTemplate);
  const plan = await (
    await t.as('hubin.mgr')
  ).plans.adopt({ templateId: template.id, orgNodeId: t.hall('HZ-SC-01').id });
  return { template, plan };
}
