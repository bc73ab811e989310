// What the training service declares to @duda/events: its outbox, jobs and subscriptions.
import type { ServiceEvents } from '@duda/events';
import { database } from '../database.ts';
import type { TrainingDeps } from '../deps.ts';
import { attemptJobs } from './attempt-jobs.ts';
import { heldExamJobs } from '../exams/held.ts';
import { readingJobs } from '../knowledge/month-close.ts';
import { planDraftSubscriptions } from '../training-plans/drafted-from-inspections.ts';

export const trainingEvents = (deps: TrainingDeps): ServiceEvents => ({
  service: 'training',
  outboxSchema: database.schema,
  jobs: [...attemptJobs(deps), ...heldExamJobs(deps), ...readingJobs(deps)],
  subscriptions: planDraftSubscriptions(deps),
});
