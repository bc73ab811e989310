// `portal.worklog`: each person's daily work log (工作日志: what was done, time on the hall floor, issues found) and
// weekly plan/summary (周报); supervisors read those of the people in their data scope.
import { commonErrors, text } from '@duda/contract-kit';
import { daysBetween } from '@duda/month';
import { z } from 'zod';
import { dutyDate } from './duties.ts';
import { worklogErrors } from './worklog-errors.ts';

/** A working day has at most this many minutes on the floor (12 h). */
export const MAX_FLOOR_MINUTES = 720;

const entry = text().trim().min(1).max(200);
const longText = text().trim().max(2000);
/** The most days a supervisor reads at once. */
export const MAX_RANGE_DAYS = 62;

const range = z
  .object({
    from: dutyDate,
    to: dutyDate,
    personId: z.uuid({ error: commonErrors.invalidId.code }).nullish(),
  })
  .refine((r) => r.from <= r.to, { error: commonErrors.invalidInput.code, path: ['to'] })
  .refine((r) => r.from > r.to || daysBetween(r.from, r.to) < MAX_RANGE_DAYS, {
    error: worklogErrors.rangeTooLong.code,
    path: ['to'],
  });

/** A week's Monday (周报 run Monday to Sunday). */
const monday = dutyDate.refine((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1, {
  error: worklogErrors.notMonday.code,
});

export const worklogInputs = {
  day: z.object({ day: dutyDate.nullish() }),
  save: z.object({
    day: dutyDate,
    entries: z.array(entry).min(1).max(30),
    floorMinutes: z.number().int().min(0).max(MAX_FLOOR_MINUTES),
    issues: longText,
  }),
  team: range,
  week: z.object({ weekStart: monday.nullish() }),
  savePlan: z.object({ weekStart: monday, plan: longText.min(1) }),
  saveSummary: z.object({ weekStart: monday, summary: longText.min(1) }),
  teamWeeks: range,
};

export type WorkLogInput = z.infer<typeof worklogInputs.save>;

export interface WorkLogView {
  id: string;
  personId: string;
  personName: string;
  orgName: string;
  day: string;
  entries: string[];
  floorMinutes: number;
  issues: string;
  submittedAt: Date;
  updatedAt: Date;
}

/** The caller's log of a day: the saved one or none yet, and whether it may still be written. */
export interface MyWorkLog {
  day: string;
  today: string;
  editable: boolean;
  log: WorkLogView | null;
}

export interface WeeklyReportView {
  id: string;
  personId: string;
  personName: string;
  orgName: string;
  weekStart: string;
  plan: string | null;
  planAt: Date | null;
  summary: string | null;
  summaryAt: Date | null;
}

export interface MyWeek {
  weekStart: string;
  weekEnd: string;
  planEditable: boolean;
  summaryEditable: boolean;
  report: WeeklyReportView | null;
}
