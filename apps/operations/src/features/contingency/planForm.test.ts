import { describe, expect, it } from 'vitest';
import { blankPlan, bodyOfForm, formErrorsOf, formOf, moveRow, phoneAccepted, sameForm } from './planForm.ts';

const body = {
  kind: 'SYSTEM_OUTAGE' as const,
  title: '业务系统故障应急预案',
  activation: '系统中断超过 10 分钟',
  escalateAt: 2 as const,
  steps: [
    { text: '报告 IT 值班', role: 'duty_manager' as const, minutes: 5 },
    { text: '启动手工登记', role: 'clerk' as const },
  ],
  contacts: [{ name: 'IT 值班', phone: '0571-88001000', duty: '系统恢复' }],
};

describe('the plan form', () => {
  it('reads a body and gives it back without its row keys; a step without a limit says none', () => {
    const form = formOf(body);
    expect(new Set(form.steps.map((step) => step.key)).size).toBe(2);
    expect(bodyOfForm(form)).toEqual({
      ...body,
      kind: undefined,
      steps: [body.steps[0], { ...body.steps[1], minutes: null }],
    });
  });

  it('tells an edited form from an untouched one, whatever the keys', () => {
    const form = formOf(body);
    expect(sameForm(form, formOf(body))).toBe(true);
    expect(sameForm(form, { ...formOf(body), title: '改' })).toBe(false);
    expect(sameForm(form, { ...formOf(body), kind: 'CROWDING' })).toBe(false);
    expect(blankPlan().steps).toHaveLength(1);
  });

  it.each([
    [1, -1, ['b', 'a', 'c']],
    [1, 1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
  ])('moves row %i by %i', (index, by, order) => {
    expect(moveRow(['a', 'b', 'c'], index, by)).toEqual(order);
  });

  it.each([
    ['0571-88001000', true],
    ['+86 138 0000 0000', true],
    ['12', false],
    ['0571-8800ABCD', false],
  ])('phone %s accepted: %s', (phone, accepted) => {
    expect(phoneAccepted(phone)).toBe(accepted);
  });

  it('keeps the refusals the form can show under a field', () => {
    expect(
      formErrorsOf({
        title: 'a',
        'steps.2.text': 'b',
        steps: 'c',
        'contacts.0.phone': 'd',
        id: 'e',
        'x.y': 'f',
      }),
    ).toEqual({ title: 'a', 'steps.2.text': 'b', steps: 'c', 'contacts.0.phone': 'd' });
  });
});
