import { describe, expect, it } from 'vitest';
import { DUTY_CATALOGUE } from './catalogue.ts';
import { occurrencesFor, versionInForce, type Holder, type TemplateVersion } from './occurrences.ts';

const version = (v: Partial<TemplateVersion> & Pick<TemplateVersion, 'code'>): TemplateVersion => ({
  id: `${v.code}@${v.version ?? 1}`,
  version: 1,
  effectiveFrom: '2000-01-01',
  role: 'hall_manager',
  cadence: 'DAILY',
  title: v.code,
  target: 1,
  dueDay: null,
  dueTime: '20:00',
  windowStart: null,
  weekdaysOnly: false,
  evidence: null,
  active: true,
  ...v,
});

const holder = (role: Holder['role']): Holder => ({
  personId: 'p1',
  personName: '王经理',
  role,
  orgNodeId: 'hall-1',
  orgName: '湖滨营业厅',
  cityId: 'city-1',
});

const catalogue = DUTY_CATALOGUE.map((d) => version({ ...d }));

describe('occurrences of duties', () => {
  it('takes the latest version that took effect by the period start', () => {
    const versions = [
      version({ code: 'c', version: 1 }),
      version({ code: 'c', version: 2, effectiveFrom: '2026-12-03' }),
    ];
    expect(versionInForce(versions, '2026-12-02')?.version).toBe(1);
    expect(versionInForce(versions, '2026-12-03')?.version).toBe(2);
    expect(versionInForce(versions, '1999-12-31')).toBeNull();
  });

  it('a change applies from the next occurrence; a retired duty gives no more tasks', () => {
    const versions = [
      version({ code: 'checks', target: 2 }),
      version({ code: 'checks', version: 2, target: 3, effectiveFrom: '2026-12-03' }),
      version({ code: 'gone' }),
      version({ code: 'gone', version: 2, active: false, effectiveFrom: '2026-12-03' }),
    ];
    const drafts = occurrencesFor(holder('hall_manager'), versions, '2026-12-02', '2026-12-03');
    expect(drafts.map((d) => [d.code, d.periodStart, d.target, d.templateId])).toEqual([
      ['checks', '2026-12-02', 2, 'checks@1'],
      ['checks', '2026-12-03', 3, 'checks@2'],
      ['gone', '2026-12-02', 1, 'gone@1'],
    ]);
  });

  it.each([
    // role, a day, its tasks that day (daily + the week's + the month's)
    ['hall_manager', '2026-12-05', 5 + 3 + 6], // a Saturday: halls open every day
    ['city_supervisor', '2026-12-05', 0 + 3 + 7], // offices: no daily duties at weekends
    ['city_supervisor', '2026-12-04', 3 + 3 + 7],
    ['district_supervisor', '2026-12-04', 4 + 3 + 8],
    ['duty_manager', '2026-12-04', 1 + 0 + 2],
    ['manager_assistant', '2026-12-04', 0 + 0 + 2],
  ] as const)('the catalogue gives a %s on %s %i tasks', (role, day, count) => {
    expect(occurrencesFor(holder(role), catalogue, day, day)).toHaveLength(count);
  });

  it('two hall inspections a day, due at 20:00 China time, counted from the daily checks', () => {
    const [task] = occurrencesFor(holder('hall_manager'), catalogue, '2026-12-02', '2026-12-02').filter(
      (d) => d.code === 'hall.daily.checklist',
    );
    expect(task).toMatchObject({
      periodKey: 'DAILY:2026-12-02',
      target: 2,
      evidence: 'DAILY_CHECK',
      dueAt: new Date('2026-12-02T12:00:00Z'),
      personId: 'p1',
      orgName: '湖滨营业厅',
    });
  });

  it('a month of a hall manager: a task per day, week touched and month', () => {
    const drafts = occurrencesFor(holder('hall_manager'), catalogue, '2026-12-01', '2026-12-31');
    expect(drafts.filter((d) => d.code === 'hall.daily.checklist')).toHaveLength(31);
    expect(drafts.filter((d) => d.code === 'hall.weekly.roster')).toHaveLength(5);
    expect(drafts.filter((d) => d.code === 'hall.monthly.plan').map((d) => d.dueAt)).toEqual([
      new Date('2026-12-03T10:00:00Z'),
    ]);
    expect(new Set(drafts.map((d) => `${d.code}:${d.periodKey}`)).size).toBe(drafts.length);
  });
});
