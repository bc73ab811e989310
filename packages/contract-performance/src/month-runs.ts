// The monthly run as a recorded job (#11 item 3, "progress on anything slow"): `performance.months.run` records a
// run and queues it; the run pulls the sources (拉取数据), computes (计算) and saves (保存), and says how far it is, how
// long each stage took and, when it failed, why — in words the catalog gives in both languages, never a stack trace.
import {
  AppError,
  commonErrors,
  defineErrors,
  defineTerms,
  type MessageParams,
  type WireParams,
} from '@duda/contract-kit';
import { z } from 'zod';
import { monthInput } from './library.ts';

const id = z.uuid({ error: commonErrors.invalidId.code });

/** One status: queued until the job takes it, running, then succeeded or failed. */
export const MONTH_RUN_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type MonthRunStatus = (typeof MONTH_RUN_STATUSES)[number];
/** Who started it: the city supervisor's button, or the nightly recomputation of open months. */
export const MONTH_RUN_TRIGGERS = ['MANUAL', 'NIGHTLY'] as const;
export type MonthRunTrigger = (typeof MONTH_RUN_TRIGGERS)[number];
export const MONTH_RUN_STAGES = ['PULLING', 'COMPUTING', 'WRITING'] as const;
export type MonthRunStage = (typeof MONTH_RUN_STAGES)[number];
/**
 * What the run pulls, each once: org's halls and people; inspection's and training's month figures; the month's
 * satisfaction import; and, together, the city sources (skill tests, required reading, complaints, duties).
 */
export const MONTH_RUN_SOURCES = ['ORG', 'INSPECTION', 'TRAINING', 'SATISFACTION', 'CITY'] as const;
export type MonthRunSource = (typeof MONTH_RUN_SOURCES)[number];

export const monthRunStatusTerms = defineTerms('performance.monthRunStatus', {
  QUEUED: { 'zh-CN': '排队中', en: 'Queued' },
  RUNNING: { 'zh-CN': '运行中', en: 'Running' },
  SUCCEEDED: { 'zh-CN': '完成', en: 'Done' },
  FAILED: { 'zh-CN': '失败', en: 'Failed' },
});

export const monthRunTriggerTerms = defineTerms('performance.monthRunTrigger', {
  MANUAL: { 'zh-CN': '手动运行', en: 'Run by hand' },
  NIGHTLY: { 'zh-CN': '夜间自动', en: 'Nightly' },
});

export const monthRunStageTerms = defineTerms('performance.monthRunStage', {
  PULLING: { 'zh-CN': '拉取数据', en: 'Pulling data' },
  COMPUTING: { 'zh-CN': '计算', en: 'Computing' },
  WRITING: { 'zh-CN': '保存', en: 'Saving' },
});

export const monthRunSourceTerms = defineTerms('performance.monthRunSource', {
  ORG: { 'zh-CN': '人员与营业厅', en: 'People and halls' },
  INSPECTION: { 'zh-CN': '服务检查', en: 'Inspections' },
  TRAINING: { 'zh-CN': '培训考试', en: 'Exams' },
  SATISFACTION: { 'zh-CN': '满意率导入', en: 'Satisfaction import' },
  CITY: { 'zh-CN': '技能测试、必读、投诉与必做', en: 'Skill tests, reading, complaints and duties' },
});

/** Why a run did not finish, when no area's own refusal says it (those keep their code: 已签发, 无权…). */
export const monthRunErrors = defineErrors('performance.monthRuns', {
  failed: {
    kind: 'INTERNAL_SERVER_ERROR',
    'zh-CN': '计算未完成：取数或保存时出错，已有考核表未改动。请稍后重新运行',
    en: 'The run did not finish: pulling or saving failed, and the scorecards were left as they were. Run it again later.',
  },
  interrupted: {
    kind: 'INTERNAL_SERVER_ERROR',
    'zh-CN': '计算被中断（服务重启），已有考核表未改动。请重新运行',
    en: 'The run was interrupted (the service restarted); the scorecards were left as they were. Run it again.',
  },
  notFound: { kind: 'NOT_FOUND', 'zh-CN': '运行记录不存在', en: 'No such run.' },
});

export const monthRunInputs = {
  /** A city month's latest runs, newest first. */
  runs: z.object({ month: monthInput, limit: z.number().int().min(1).max(50).default(10) }),
  /** One run, polled while it is queued or running. */
  runStatus: z.object({ id }),
};

/** One stage's times; `finishedAt` null while it runs (or when the run failed in it). */
export interface MonthRunStageTimes {
  stage: MonthRunStage;
  startedAt: string;
  finishedAt: string | null;
}

/** A failed run's reason: its code and parameters, and the Chinese wording for callers that render none. */
export interface MonthRunFailure {
  code: string;
  params: WireParams;
  message: string;
}

/** A failed run's reason as the error the portal words in the user's language (`toUserMessage`). */
export const monthRunFailure = (failure: MonthRunFailure) =>
  // Stored from an AppError's own parameters (month-runs.ts in the service), so they are message parameters.
  new AppError('INTERNAL_SERVER_ERROR', failure.code, failure.params as MessageParams, failure.message);

export const monthRunCatalogs = [
  monthRunErrors.catalog,
  monthRunStatusTerms.catalog,
  monthRunTriggerTerms.catalog,
  monthRunStageTerms.catalog,
  monthRunSourceTerms.catalog,
];
