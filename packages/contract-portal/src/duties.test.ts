import { describe, expect, it } from 'vitest';
import { dutyInputs, type DutyTemplateInput } from './duties.ts';
import { dutiesErrors } from './duties-errors.ts';

const daily: DutyTemplateInput = {
  code: null,
  role: 'hall_manager',
  cadence: 'DAILY',
  title: '日检单至少两次',
  target: 2,
  dueDay: null,
  dueTime: '20:00',
  windowStart: '08:00',
  weekdaysOnly: false,
  evidence: 'DAILY_CHECK',
  active: true,
};

const issueOf = (input: unknown) => dutyInputs.saveTemplate.safeParse(input).error?.issues[0];

describe('duty inputs', () => {
  it('a day of my duties is a real China calendar day', () => {
    expect(dutyInputs.mine.parse({})).toEqual({ span: 'day' });
    expect(dutyInputs.mine.safeParse({ date: '2026-02-29' }).success).toBe(false);
    expect(dutyInputs.mine.safeParse({ date: '1999-12-31' }).success).toBe(false);
    expect(dutyInputs.mine.parse({ span: 'week', date: '2028-02-29' }).date).toBe('2028-02-29');
  });

  it('a due day fits the cadence: none daily, a weekday weekly, a day of the month monthly', () => {
    expect(dutyInputs.saveTemplate.safeParse(daily).success).toBe(true);
    expect(issueOf({ ...daily, dueDay: 3 })).toMatchObject({ message: dutiesErrors.dueDayRequired.code });
    const weekly = { ...daily, cadence: 'WEEKLY', windowStart: null };
    expect(issueOf({ ...weekly, dueDay: 8 })).toMatchObject({ path: ['dueDay'] });
    expect(dutyInputs.saveTemplate.safeParse({ ...weekly, dueDay: 5 }).success).toBe(true);
    expect(dutyInputs.saveTemplate.safeParse({ ...weekly, cadence: 'MONTHLY', dueDay: 31 }).success).toBe(
      true,
    );
  });

  it('a window only for a daily duty, and before its due time', () => {
    expect(issueOf({ ...daily, windowStart: '20:00' })).toMatchObject({
      message: dutiesErrors.windowAfterDue.code,
    });
    expect(issueOf({ ...daily, cadence: 'MONTHLY', dueDay: 3 })).toMatchObject({
      message: dutiesErrors.windowDailyOnly.code,
    });
    expect(issueOf({ ...daily, dueTime: '24:00' })).toMatchObject({ path: ['dueTime'] });
  });

  it('a tick photo is a file with the task it is for; the tick may cite one by id', () => {
    const form = new FormData();
    form.set('taskId', crypto.randomUUID());
    expect(dutyInputs.uploadPhoto.safeParse(form).error?.issues[0]).toMatchObject({
      message: dutiesErrors.photoRequired.code,
      path: ['file'],
    });
    form.set('file', new File([new Uint8Array([1])], '开门.jpg'));
    expect(dutyInputs.uploadPhoto.safeParse(form).success).toBe(true);
    form.set('taskId', 'not-an-id');
    expect(dutyInputs.uploadPhoto.safeParse(form).error?.issues[0]).toMatchObject({ path: ['taskId'] });
    const tick = { taskId: crypto.randomUUID(), note: '已检查' };
    expect(dutyInputs.tick.safeParse(tick).success).toBe(true);
    expect(dutyInputs.tick.safeParse({ ...tick, photoId: 'x' }).success).toBe(false);
  });
});
