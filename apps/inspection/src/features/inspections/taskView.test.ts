import { describe, expect, it } from 'vitest';
import type { PlannedTask } from './api.ts';
import { startsNow, taskLines } from './taskView.ts';

const translate = (key: string, values: Record<string, unknown> = {}) => `${key}${JSON.stringify(values)}`;

const task = (over: Partial<PlannedTask> = {}): PlannedTask => ({
  entryId: 'e1',
  planTitle: '上城区分公司2026年12月服务检查计划',
  month: '2026-12',
  upcoming: true,
  hallId: 'h1',
  hallName: '湖滨营业厅',
  kind: 'MONTHLY_VISIT',
  plannedDate: '2026-12-08',
  templateName: '营业厅服务规范达标检查标准',
  state: 'TODO',
  inspectionId: null,
  ...over,
});

describe('taskLines', () => {
  it('labels a task issued ahead with the month it is for, in the page language', () => {
    expect(taskLines(task(), translate, 'zh-CN')[0]).toBe('inspection.tasks.upcoming{"month":"2026年12月"}');
    expect(taskLines(task(), translate, 'en')[0]).toBe('inspection.tasks.upcoming{"month":"December 2026"}');
  });

  it("says nothing of the month for this month's tasks", () => {
    expect(taskLines(task({ upcoming: false }), translate, 'zh-CN')).toEqual([
      'inspection.tasks.plannedDate{"date":"2026-12-08"}',
      '营业厅服务规范达标检查标准',
      '上城区分公司2026年12月服务检查计划',
    ]);
  });
});

describe('startsNow', () => {
  it("holds next month's visit until its month, but not the hall's self-check against it", () => {
    expect(startsNow(task(), 'MONTHLY_VISIT')).toBe(false);
    expect(startsNow(task(), 'SELF_CHECK')).toBe(true);
    expect(startsNow(task({ upcoming: false }), 'MONTHLY_VISIT')).toBe(true);
  });
});
