// What the thresholds page previews (辅导门槛): how many of a month's shown results a pair of thresholds would list
// as needing coaching and as improvements, by the very rules the coaching page lists them with.
import type { CoachingThresholds } from '@duda/contract-performance';
import { improverReasons, lowPerformerReasons, type ShownResult } from '../domain/coaching.ts';

export interface PreviewResult extends ShownResult {
  personId: string;
}

export interface FlaggedCounts {
  /** Shown results of the month counted over. */
  shown: number;
  lowPerformers: number;
  improvers: number;
}

/** Counts `results` of a month against the previous month's shown results of the same people. */
export function flaggedCounts(
  results: readonly PreviewResult[],
  previous: readonly PreviewResult[],
  thresholds: CoachingThresholds,
): FlaggedCounts {
  const before = new Map(previous.map((result) => [result.personId, result]));
  let lowPerformers = 0;
  let improvers = 0;
  for (const result of results) {
    if (lowPerformerReasons(result, thresholds).length > 0) lowPerformers += 1;
    if (improverReasons(result, before.get(result.personId) ?? null, thresholds).length > 0) improvers += 1;
  }
  return { shown: results.length, lowPerformers, improvers };
}
