import { DUTY_CADENCES, type DutyCadence, type DutyEvidenceKind } from '@duda/contract-portal';
import type { DutyTask } from './api.ts';

/** Where a task stands, for its tag: done, missed, past its due time, or still open. */
export type DutyState = 'DONE' | 'MISSED' | 'overdue' | 'OPEN';

/** The design system's status id that gives each its tone (the label is the page's own). */
export const STATE_TONE: Record<DutyState, string> = {
  DONE: 'pass',
  MISSED: 'fail',
  overdue: 'overdue',
  OPEN: 'pending',
};

export const stateOf = (task: Pick<DutyTask, 'status' | 'overdue'>): DutyState =>
  task.status === 'OPEN' && task.overdue ? 'overdue' : task.status;

/** n of m, never past m (evidence keeps counting after the target is reached). */
export const progressOf = (task: Pick<DutyTask, 'done' | 'target'>) => ({
  done: Math.min(task.done, task.target),
  target: task.target,
  percent: Math.round((Math.min(task.done, task.target) / task.target) * 100),
});

/** A task can be ticked by hand when nothing else completes it and it is still open in its period. */
export const canTick = (task: Pick<DutyTask, 'evidence' | 'status'>): boolean =>
  task.evidence === null && task.status === 'OPEN';

/** Where the work that completes a duty is done (the page that records its evidence). */
const WORK_PAGES: Record<DutyEvidenceKind, string> = {
  DAILY_CHECK: '/inspection/tasks',
  SELF_CHECK: '/inspection/tasks',
  SUPERVISION_VISIT: '/inspection/tasks',
  RECTIFICATION_CLOSED: '/inspection/rectifications?toVerify=true',
  WORK_LOG: '/worklog',
  MONTHLY_REPORT: '/reports',
  // The forms to fill (填报表单): 表1, 表3 and 表4 are cards there (a card's page is per version, which the task does not know).
  MONTHLY_PLAN: '/forms/fill',
  ROSTER: '/forms/fill',
  WEEKLY_MEETING: '/forms/fill',
  MONTHLY_MEETING: '/forms/fill',
  EXAM_HELD: '/training/exams',
};

/** An open task completed by evidence: the page where its work is done (去完成); none for the others. */
export const workPageOf = (task: Pick<DutyTask, 'evidence' | 'status'>): string | null =>
  task.evidence !== null && task.status === 'OPEN' ? WORK_PAGES[task.evidence] : null;

/** The tasks per cadence, daily first; each group by day, then due time, as the API sorted them. */
export function byCadence(tasks: readonly DutyTask[]): { cadence: DutyCadence; tasks: DutyTask[] }[] {
  return DUTY_CADENCES.map((cadence) => ({
    cadence,
    tasks: tasks
      .filter((t) => t.cadence === cadence)
      .sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.dueAt.getTime() - b.dueAt.getTime()),
  })).filter((group) => group.tasks.length > 0);
}

/** Rates as the table shows them: a percentage, or nothing while no task has ended. */
export const percentText = (rate: number | null): string | null =>
  rate === null ? null : `${Math.round(rate * 1000) / 10}%`;
