// The Performance service's public API, one file per sub-area; inputs come from @duda/contract-performance.
import { router } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { entriesRouter } from './entries.ts';

/** Mounted by the gateway as `performance.*`. */
export function createPerformanceRouter(deps: PerformanceDeps) {
  return router({ entries: entriesRouter(deps) });
}

export type PerformanceRouter = ReturnType<typeof createPerformanceRouter>;
