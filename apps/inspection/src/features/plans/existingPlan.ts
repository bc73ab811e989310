// A second plan for a unit's month is refused with `inspection.planExists`, whose `planId` parameter names the
// plan that exists: the create dialog links to it. Read here rather than through a new API-client helper, so
// this remote keeps working with a shell built before it (the client is the shell's shared copy).
import { inspectionErrors } from '@duda/contract-inspection';

interface Refusal {
  code?: unknown;
  params?: Record<string, unknown>;
}

/** The id of the plan the refusal names (as the gateway sends it, or as a rule raised it), else null. */
export function existingPlanIdOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const sent = (error as { data?: { error?: Refusal | null } }).data?.error;
  const refusal: Refusal = sent ?? (error as Refusal);
  if (refusal.code !== inspectionErrors.planExists.code) return null;
  const planId = refusal.params?.planId;
  return typeof planId === 'string' ? planId : null;
}
