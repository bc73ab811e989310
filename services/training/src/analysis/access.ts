// Who reads the analysis, and how far: trainers their city, district supervisors their district, hall managers
// their hall, leaders and HR read-only in their scope (training.analysis.read). A result is in scope when the
// candidate's hall, or a node above it, is.
import { scopeOf, type Actor } from '@duda/authz';
import { analysisErrors } from '@duda/contract-training';
import type { CallerContext } from '@duda/service-kit';

export type AnalysisCtx = CallerContext & { actor: Actor };

export interface Placed {
  readonly hallId: string;
  readonly orgPath: readonly string[];
}

export interface AnalysisScope {
  readonly nodeIds: ReadonlySet<string>;
  covers(placed: Placed): boolean;
}

export function analysisScope(actor: Actor): AnalysisScope {
  const nodeIds = new Set(scopeOf(actor, 'training.analysis.read').orgNodeIds);
  if (nodeIds.size === 0) throw analysisErrors.readDenied();
  return {
    nodeIds,
    covers: (placed) => nodeIds.has(placed.hallId) || placed.orgPath.some((id) => nodeIds.has(id)),
  };
}
