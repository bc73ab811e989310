// Duties as one part of the running service: the evidence subscribers, the two jobs, and the inbox's source.
import type { DutiesDeps } from './duties-deps.ts';
import { closingJob } from './closing.ts';
import { evidenceSubscriptions } from './counting.ts';
import { generationJob } from './generation.ts';
import { dutiesInboxSource } from './pending.ts';

export function createDuties(deps: DutiesDeps) {
  return {
    deps,
    subscriptions: evidenceSubscriptions(deps),
    jobs: [generationJob(deps), closingJob(deps)],
    inboxSource: dutiesInboxSource(deps),
  };
}
