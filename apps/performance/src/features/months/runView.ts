// What the month page shows of a run, worked out from the run the service reports: each stage's step state, how far
// the run is (a share for the progress bar), how long it and each stage took. Pure, table-tested.
import {
  MONTH_RUN_STAGES,
  type MonthRunStage,
  type MonthRunStageTimes,
  type MonthRunStatus,
} from '@duda/contract-performance';

export interface RunLike {
  status: MonthRunStatus;
  stage: MonthRunStage | null;
  stages: readonly MonthRunStageTimes[];
  sources: readonly { source: string; done: boolean }[];
  scorecards: number | null;
  written: number | null;
  createdAt: Date | string;
  startedAt: Date | string | null;
  finishedAt: Date | string | null;
}

export type StepState = 'wait' | 'process' | 'finish' | 'error';

export const isGoing = (run: Pick<RunLike, 'status'> | null | undefined) =>
  run?.status === 'QUEUED' || run?.status === 'RUNNING';

/** Each stage as a step: done, under way, where it failed, or not reached. */
export function stepStates(run: RunLike): Record<MonthRunStage, StepState> {
  const states = {} as Record<MonthRunStage, StepState>;
  for (const stage of MONTH_RUN_STAGES) {
    const times = run.stages.find((s) => s.stage === stage);
    if (run.status === 'SUCCEEDED' || times?.finishedAt) states[stage] = 'finish';
    else if (!times) states[stage] = 'wait';
    else states[stage] = run.status === 'FAILED' ? 'error' : 'process';
  }
  return states;
}

/**
 * How far, out of 100: pulling fills the first 40 by sources in, computing stands at 45, saving fills the rest by
 * scorecards saved. A failed run stays where it stopped.
 */
export function percentOf(run: RunLike): number {
  if (run.status === 'SUCCEEDED') return 100;
  if (run.stage === 'PULLING') {
    const done = run.sources.filter((s) => s.done).length;
    return Math.round((40 * done) / Math.max(1, run.sources.length));
  }
  if (run.stage === 'COMPUTING') return 45;
  if (run.stage === 'WRITING')
    return Math.min(99, 50 + Math.round((50 * (run.written ?? 0)) / Math.max(1, run.scorecards ?? 0)));
  return 0;
}

const seconds = (from: Date | string, to: Date | string) =>
  Math.max(0, Math.round((new Date(to).getTime() - new Date(from).getTime()) / 100) / 10);

/** Seconds from the job taking the run to its end; null until it ends. */
export const durationOf = (run: RunLike) =>
  run.finishedAt ? seconds(run.startedAt ?? run.createdAt, run.finishedAt) : null;

/** Seconds each ended stage took, in the order they ran. */
export const stageDurations = (run: RunLike) =>
  run.stages
    .filter((s) => s.finishedAt)
    .map((s) => ({ stage: s.stage, seconds: seconds(s.startedAt, s.finishedAt!) }));
