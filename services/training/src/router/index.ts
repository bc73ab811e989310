// The Training and exams service's public API, one file per sub-area; inputs come from @duda/contract-training.
import { router } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';

/** Mounted by the gateway as `training.*`. */
export function createTrainingRouter(deps: TrainingDeps) {
  void deps;
  return router({});
}

export type TrainingRouter = ReturnType<typeof createTrainingRouter>;
