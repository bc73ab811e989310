// The month's figures of skill records: handling averages per task, the oral mean, the best typing result.
import { HANDLING_TASKS, type HandlingAverage, type HandlingTask } from '@duda/contract-training';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Per task, in the fixed order: count, mean seconds, mean errors, and the share of handlings with a mistake. */
export function handlingAverages(
  records: readonly { task: HandlingTask; seconds: number; errors: number }[],
) {
  return HANDLING_TASKS.flatMap((task): HandlingAverage[] => {
    const own = records.filter((r) => r.task === task);
    if (own.length === 0) return [];
    const sum = (pick: (r: (typeof own)[number]) => number) => own.reduce((total, r) => total + pick(r), 0);
    return [
      {
        task,
        count: own.length,
        meanSeconds: round(sum((r) => r.seconds) / own.length, 1),
        meanErrors: round(sum((r) => r.errors) / own.length, 2),
        errorRate: round(own.filter((r) => r.errors > 0).length / own.length, 4),
      },
    ];
  });
}

/** Mean oral score, one decimal; null with no exams. */
export function oralMean(scores: readonly number[]): number | null {
  return scores.length ? round(scores.reduce((a, b) => a + b, 0) / scores.length, 1) : null;
}

/** The best speed and the best accuracy of the month's typing tests (each on its own: they may be different tests). */
export function bestTyping(results: readonly { cpm: number; accuracy: number }[]) {
  return {
    count: results.length,
    bestCpm: results.length ? Math.max(...results.map((r) => r.cpm)) : null,
    bestAccuracy: results.length ? Math.max(...results.map((r) => r.accuracy)) : null,
  };
}
