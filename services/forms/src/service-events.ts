// What the forms service declares to @duda/events: its outbox (forms.approval.completed …) and jobs.
import type { ServiceEvents } from '@duda/events';
import { approvalJobs } from './approvals/index.ts';
import { complaintJobs } from './complaints/index.ts';
import { database } from './database.ts';
import type { FormsDeps } from './deps.ts';

export const formsEvents = (deps: Pick<FormsDeps, 'prisma' | 'now'>): ServiceEvents => ({
  service: 'forms',
  outboxSchema: database.schema,
  jobs: [...approvalJobs(deps), ...complaintJobs(deps)],
});
