import { describe, expect, it } from 'vitest';
import { adaptTemplate, newerTemplateRevision, takeRevision, type TemplateRevision } from './plan-adapt.ts';

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

describe('taking a newer revision (更新为新版)', () => {
  const itDuty = template.contacts[0]!;
  const hallOwn = { name: '湖滨物业', phone: '0571-2000', duty: '供电' };
  const newer: TemplateRevision = {
    ...template,
    revision: 4,
    activation: '业务系统中断超过 5 分钟',
    steps: [...template.steps, { text: '向区县督导报告', role: 'hall_manager', minutes: 30 }],
    contacts: [{ ...itDuty, phone: '0571-1001' }],
  };
  const plan = { ...adaptTemplate(template), steps: [{ text: '湖滨：手工登记', role: 'clerk' as const }] };

  it.each([
    ['keeps the hall’s own contact after the city’s', [itDuty, hallOwn], ['0571-1001', '0571-2000']],
    ['drops a city contact the new revision removed', [itDuty], ['0571-1001']],
    ['does not repeat a contact the city now lists too', [{ ...hallOwn, phone: '0571-1001' }], ['0571-1001']],
  ])('%s', (_case, contacts, phones) => {
    const taken = takeRevision({ ...plan, contacts }, template, newer);
    expect(taken.contacts.map((one) => one.phone)).toEqual(phones);
  });

  it('takes the revision’s steps, activation and number; without the adopted revision only the new one’s contacts count as the city’s', () => {
    const taken = takeRevision({ ...plan, contacts: [itDuty, hallOwn] }, null, newer);
    expect(taken).toMatchObject({ activation: newer.activation, templateRevision: 4, steps: newer.steps });
    expect(taken.contacts.map((one) => one.phone)).toEqual(['0571-1001', '0571-1000', '0571-2000']);
  });
});
