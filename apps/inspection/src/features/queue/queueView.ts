import type { QueueThresholds } from './api.ts';

export type WarningLevel = 0 | 1 | 2;

// DStatusTag status ids: the tone grows with the emergency level.
const LEVEL_TAG: Record<WarningLevel, string> = { 0: 'pass', 1: 'pending', 2: 'fail' };

export function levelTag(level: number): { status: string; labelKey: string } {
  const known = (level === 1 || level === 2 ? level : 0) as WarningLevel;
  return { status: LEVEL_TAG[known], labelKey: `levels.${known}` };
}

/** Waiting customers per open counter, one decimal; null when no counter is open. */
export function perCounter(waiting: number, counters: number): number | null {
  return counters === 0 ? null : Math.round((waiting / counters) * 10) / 10;
}

/** The order the service requires (0 < level 1 < level 2 ≤ plan ceiling), checked before saving. */
export function thresholdsInOrder({ level1, level2, planCeiling }: QueueThresholds): boolean {
  return level1 > 0 && level2 > level1 && planCeiling >= level2;
}
