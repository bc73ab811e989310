// The thresholds the city supervisor typed and has not saved, kept in the browser so a reload does not lose them.
import type { CoachingThresholds } from '@duda/contract-performance';

const KEY = 'performance.coaching.thresholds.draft';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The kept draft, or null when there is none or what is kept is not a pair of numbers. */
export function readThresholdsDraft(storage: Storage): CoachingThresholds | null {
  try {
    const kept = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<CoachingThresholds> | null;
    return kept && isNumber(kept.lowScore) && isNumber(kept.improveBy)
      ? { lowScore: kept.lowScore, improveBy: kept.improveBy }
      : null;
  } catch {
    return null;
  }
}

export const writeThresholdsDraft = (storage: Storage, draft: CoachingThresholds) =>
  storage.setItem(KEY, JSON.stringify(draft));

export const clearThresholdsDraft = (storage: Storage) => storage.removeItem(KEY);
