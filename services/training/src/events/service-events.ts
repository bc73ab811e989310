// What the training service declares to @duda/events: its outbox (jobs and subscriptions join here as they come).
import type { ServiceEvents } from '@duda/events';
import { database } from '../database.ts';
import type { TrainingDeps } from '../deps.ts';
import { attemptJobs } from './attempt-jobs.ts';
import { readingJobs } from '../knowledge/month-close.ts';

export const trainingEvents = (deps: Pick<TrainingDeps, 'prisma' | 'now'>): ServiceEvents => ({
  service: 'training',
  outboxSchema: database.schema,
  jobs: [...attemptJobs(deps), ...readingJobs(deps)],
});
