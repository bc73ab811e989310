// What the performance service declares to @duda/events: its jobs (the nightly recomputation of open months).
import type { ServiceEvents } from '@duda/events';
import type { PerformanceDeps } from '../deps.ts';
import { monthJobs } from '../scorecards/month-job.ts';

export const performanceEvents = (deps: PerformanceDeps): ServiceEvents => ({
  service: 'performance',
  jobs: [...monthJobs(deps)],
});
