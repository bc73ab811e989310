// How a planned task (计划检查 or the hall's 自查) reads on the tasks page. A plan issued ahead puts next month's
// visits there at once: they say which month they are for, and the visit itself starts in that month (the
// server refuses earlier), while the hall's self-check may start at once.
import { monthLabel, type MonthLabelLocale } from '@duda/month';
import type { PlannedTask } from './api.ts';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The lines under the hall's name: issued ahead (with its month) first, then date, standard and plan. */
export function taskLines(task: PlannedTask, translate: Translate, locale: MonthLabelLocale): string[] {
  return [
    ...(task.upcoming
      ? [translate('inspection.tasks.upcoming', { month: monthLabel(task.month, locale) })]
      : []),
    translate('inspection.tasks.plannedDate', { date: task.plannedDate }),
    task.templateName,
    task.planTitle,
  ];
}

/** Whether the task's button starts now: a planned visit of a later month waits for its month. */
export const startsNow = (task: PlannedTask, kind: PlannedTask['kind']): boolean =>
  !(task.upcoming && task.state === 'TODO' && kind === task.kind);
