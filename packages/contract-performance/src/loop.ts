// `performance.loop` (检查—培训—考试—考核闭环, #11 point 9): per hall, where the month's loop stands. A month's
// findings (the failed checklist items of its inspections) draft the hall's training plan for the next month; the
// targeted exam is the exam that plan links (考核考试, with its retakes) as the hall's people sit it; the month's
// scorecards show the inspection score and the rectification with their evidence.
import { z } from 'zod';
import { monthInput } from './library.ts';

/** found → trained → tested → scored (发现 → 培训 → 考试 → 考核). */
export const LOOP_STAGES = ['found', 'trained', 'tested', 'scored'] as const;
export type LoopStage = (typeof LOOP_STAGES)[number];

/**
 * DONE: the stage is complete. ACTIVE: under way (a plan still a draft, an exam still open, scorecards not all
 * assessed). WAITING: not started, though it is due. CLEAR: nothing to do (the hall's inspections found nothing).
 */
export const LOOP_STATES = ['DONE', 'ACTIVE', 'WAITING', 'CLEAR'] as const;
export type LoopState = (typeof LOOP_STATES)[number];

export interface LoopStageView {
  stage: LoopStage;
  state: LoopState;
  /** What the stage counts: failed items, plan sessions, candidates, scorecards. */
  count: number;
  /** Of `count`, how many are settled: orders closed, sessions held, candidates passed, scorecards assessed. */
  settled: number;
  /** The evidence in its own area's page (inspection, training, performance), when there is one. */
  link: string | null;
  /** What the link opens, by name, when the stage alone does not say (the targeted exam's title). */
  label: string | null;
}

export interface HallLoop {
  hallId: string;
  hallName: string;
  districtName: string | null;
  stages: LoopStageView[];
}

export interface LoopMonth {
  month: string;
  /** The month whose plan and exams the month's findings lead to. */
  trainingMonth: string;
  halls: HallLoop[];
}

export const loopInputs = {
  month: z.object({ month: monthInput }),
};
