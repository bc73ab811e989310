// Duties as one part of the running service: the evidence subscribers, the three jobs (make, close, publish the
// month's rates to performance), and the inbox's source.
import type { DutiesDeps } from './duties-deps.ts';
import { closingJob } from './closing.ts';
import { evidenceSubscriptions } from './counting.ts';
import { generationJob } from './generation.ts';
import { dutiesInboxSource } from './pending.ts';
import { dutyRatesJob } from './rates-event.ts';

export function createDuties(deps: DutiesDeps) {
  return {
    deps,
    subscriptions: evidenceSubscriptions(deps),
    jobs: [generationJob(deps), closingJob(deps), dutyRatesJob(deps)],
    inboxSource: dutiesInboxSource(deps),
  };
}
