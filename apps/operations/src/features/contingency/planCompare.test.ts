import { describe, expect, it } from 'vitest';
import { comparePlans } from './planCompare.ts';

const itDuty = { name: 'IT 值班', phone: '0571-1000', duty: '系统恢复' };
const ours = {
  title: '业务系统故障应急预案',
  activation: '中断超过 10 分钟',
  escalateAt: 2 as const,
  steps: [
    { text: '报告 IT 值班', role: 'duty_manager' as const },
    { text: '湖滨：启动手工登记', role: 'clerk' as const },
  ],
  contacts: [itDuty, { name: '湖滨物业', phone: '0571-2000', duty: '供电' }],
};
const theirs = {
  ...ours,
  activation: '中断超过 5 分钟',
  steps: [
    { text: '报告 IT 值班', role: 'duty_manager' as const, minutes: null },
    { text: '启动手工登记', role: 'clerk' as const },
    { text: '向区县督导报告', role: 'hall_manager' as const, minutes: 30 },
  ],
  contacts: [{ ...itDuty, duty: 'CRM 恢复' }],
};

describe('comparing the hall’s plan with a newer revision', () => {
  const compared = comparePlans(ours, theirs, new Set(['0571-1000']));

  it('marks the facts that differ', () => {
    expect(compared.fields.filter((line) => line.changed).map((line) => line.field)).toEqual(['activation']);
  });

  it('lines the steps up by place; a step with no time limit is the same as one without the field', () => {
    expect(compared.steps.map((line) => [line.order, line.changed])).toEqual([
      [1, false],
      [2, true],
      [3, true],
    ]);
    expect(compared.steps[2]).toMatchObject({ ours: null, theirs: { minutes: 30 } });
  });

  it('matches contacts by phone; the hall’s own is kept, not a change', () => {
    expect(compared.contacts.map((line) => [line.phone, line.changed, line.kept])).toEqual([
      ['0571-1000', true, false],
      ['0571-2000', false, true],
    ]);
    expect(compared.changes).toBe(4);
  });

  it('a contact the city dropped is a change', () => {
    const dropped = comparePlans(ours, { ...theirs, contacts: [] }, new Set(['0571-1000']));
    expect(dropped.contacts[0]).toMatchObject({
      phone: '0571-1000',
      theirs: null,
      kept: false,
      changed: true,
    });
  });
});
