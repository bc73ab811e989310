import { describe, expect, it } from 'vitest';
import { adaptTemplate, newerTemplateRevision, type TemplateRevision } from './plan-adapt.ts';

const template: TemplateRevision = {
  title: '系统故障应急预案',
  activation: '业务系统中断超过 10 分钟',
  escalateAt: 2,
  steps: [{ text: '启动手工登记', role: 'duty_manager' }],
  contacts: [{ name: 'IT 值班', phone: '0571-1000', duty: '系统恢复' }],
  revision: 3,
};

describe('adapting a template', () => {
  it('copies its body at its revision; editing the copy leaves the template as it was', () => {
    const plan = adaptTemplate(template);
    expect(plan).toMatchObject({ title: template.title, templateRevision: 3, steps: template.steps });
    plan.steps[0]!.text = '湖滨：启动手工登记并张贴告示';
    plan.contacts.push({ name: '片区经理', phone: '138', duty: '' });
    expect(template.steps[0]!.text).toBe('启动手工登记');
    expect(template.contacts).toHaveLength(1);
  });

  it.each([
    ['the template revised since', { templateRevision: 2 }, { revision: 3 }, 3],
    ['the same revision', { templateRevision: 3 }, { revision: 3 }, null],
    ['a plan written without a template', { templateRevision: null }, null, null],
  ])('%s', (_case, plan, current, newer) => {
    expect(newerTemplateRevision(plan, current)).toBe(newer);
  });
});
