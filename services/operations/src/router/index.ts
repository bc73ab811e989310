// The Hall operations service's public API, one file per sub-area; inputs come from @duda/contract-operations.
import { router } from '@duda/service-kit';
import type { OperationsDeps } from '../deps.ts';
import { entriesRouter } from './entries.ts';

/** Mounted by the gateway as `operations.*`. */
export function createOperationsRouter(deps: OperationsDeps) {
  return router({ entries: entriesRouter(deps) });
}

export type OperationsRouter = ReturnType<typeof createOperationsRouter>;
