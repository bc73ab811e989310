// What the performance service declares to @duda/events: its outbox and HR's deliveries (推送人力), and its jobs
// (the nightly recomputation of open months); the monthly runs the city supervisor queues.
import type { ServiceEvents } from '@duda/events';
import type { PerformanceDeps } from '../deps.ts';
import { database } from '../database.ts';
import { hrDeliverySubscription } from '../hr-delivery/events.ts';
import { monthJobs } from '../scorecards/month-job.ts';
import { monthRunSubscription } from '../scorecards/month-runs.ts';
import { dutyRatesSubscription } from '../sources/duty-rates.ts';

export const performanceEvents = (deps: PerformanceDeps): ServiceEvents => ({
  service: 'performance',
  outboxSchema: database.schema,
  subscriptions: [hrDeliverySubscription(deps), dutyRatesSubscription(deps), monthRunSubscription(deps)],
  jobs: [...monthJobs(deps)],
});
