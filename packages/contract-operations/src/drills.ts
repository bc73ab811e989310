// `operations.drills`: drills (应急演练) scheduled per hall on one of its plans, run as an incident in drill mode,
// timed, and evaluated by the supervisors (what went wrong, the actions); counted per hall on the figures page.
import { commonErrors, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { isDay } from './devices.ts';
import { operationsErrors } from './errors.ts';
import { contingencyErrors } from './plans-errors.ts';

/** SCHEDULED until run, RUNNING while its checklist is open, DONE once closed, EVALUATED once judged. */
export const DRILL_STATUSES = ['SCHEDULED', 'RUNNING', 'DONE', 'EVALUATED'] as const;
export type DrillStatus = (typeof DRILL_STATUSES)[number];

export const DRILL_STATUS_LABELS: Record<DrillStatus, { 'zh-CN': string; en: string }> = {
  SCHEDULED: { 'zh-CN': '待演练', en: 'Scheduled' },
  RUNNING: { 'zh-CN': '演练中', en: 'Running' },
  DONE: { 'zh-CN': '待评估', en: 'Awaiting evaluation' },
  EVALUATED: { 'zh-CN': '已评估', en: 'Evaluated' },
};

export const DRILL_RATINGS = ['GOOD', 'PASS', 'FAIL'] as const;
export type DrillRating = (typeof DRILL_RATINGS)[number];

export const DRILL_RATING_LABELS: Record<DrillRating, { 'zh-CN': string; en: string }> = {
  GOOD: { 'zh-CN': '优秀', en: 'Good' },
  PASS: { 'zh-CN': '合格', en: 'Pass' },
  FAIL: { 'zh-CN': '不合格', en: 'Fail' },
};

const id = z.uuid({ error: commonErrors.invalidId.code });
const day = text().refine(isDay, { error: operationsErrors.dateInvalid.code });

export const drillInputs = {
  list: pageInput.extend({
    orgNodeId: id.nullish(),
    status: z.enum(DRILL_STATUSES).nullish(),
  }),
  get: z.object({ id }),
  schedule: z.object({ planId: id, dueOn: day }),
  evaluate: z.object({
    id,
    rating: z.enum(DRILL_RATINGS),
    /** 存在问题. */
    findings: text().trim().min(1, { error: contingencyErrors.findingsRequired.code }).max(1000),
    /** 改进措施. */
    actions: text().trim().min(1, { error: contingencyErrors.actionsRequired.code }).max(1000),
  }),
  /** Per hall in the caller's scope: drills held and their results within a year (China time). */
  figures: z.object({ year: z.number().int().min(2000).max(2999) }),
};
