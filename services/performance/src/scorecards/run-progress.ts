// How far the monthly run is, as the run says it: which sources it needs and which are in, then computing, then
// saving N of M scorecards. The run only calls these; the job decides what to store and how often
// (month-runs.ts), and the seed and the bench pass `SILENT`.
import type { MonthRunSource } from '@duda/contract-performance';

export interface RunProgress {
  /** 拉取数据: the sources the month's schemes need, before any is asked (org's halls and people always). */
  pulling(sources: readonly MonthRunSource[]): void;
  /** One source is in. */
  pulled(source: MonthRunSource): void;
  /** 计算: every source is in; the scorecards are being scored. */
  computing(): void;
  /** 保存: `written` of `total` scorecards saved (0 when saving starts, `total` at the end). */
  writing(written: number, total: number): void;
}

export const SILENT: RunProgress = {
  pulling: () => {},
  pulled: () => {},
  computing: () => {},
  writing: () => {},
};
