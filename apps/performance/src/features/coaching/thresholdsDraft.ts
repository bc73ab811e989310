// The thresholds the city supervisor typed and has not saved, kept in the browser (per person) so a reload does not
// lose them.
import type { CoachingThresholds } from '@duda/contract-performance';
import { browserDrafts, type BrowserDrafts } from '@duda/ui';

/** What is being edited: the caller's city's thresholds (there is one pair per city). */
export const THRESHOLDS_TARGET = 'city';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const isThresholds = (value: unknown): value is CoachingThresholds => {
  const kept = value as Partial<CoachingThresholds> | null;
  return isNumber(kept?.lowScore) && isNumber(kept.improveBy);
};

export const thresholdsDrafts = (personId: string, storage?: Storage): BrowserDrafts<CoachingThresholds> =>
  browserDrafts({ kind: 'duda.performance.coaching-thresholds', personId, isValid: isThresholds, storage });
