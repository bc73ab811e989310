import { currentUser } from '@duda/federation';
import type { RouteRecordRaw } from 'vue-router';
import { features } from './features/index.ts';

/**
 * Where 绩效考核 opens, by the menu the person has: the month (run, sign-off, HR's export) for the city supervisor
 * and HR, the district's scorecards for a district supervisor (who has no scorecard of their own), and 我的绩效 —
 * one's own scorecard — for everybody who is scored.
 */
export function landingOf(permissions: readonly string[]): string {
  const has = (action: string) => permissions.includes(action);
  if (has('performance.month.run') || has('performance.export')) return 'performance.months';
  if (has('performance.calibrate')) return 'performance.scorecards';
  return 'performance.scorecards.mine';
}

// Mounted by the shell under /performance/. Route names carry the remote's name: they are global in the portal.
export const routes: RouteRecordRaw[] = [
  { path: '', redirect: () => ({ name: landingOf(currentUser()?.permissions ?? []) }) },
  ...features.flatMap((feature) => feature.routes),
];
