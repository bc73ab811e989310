// What the training service declares to @duda/events: its outbox (jobs and subscriptions join here as they come).
import type { ServiceEvents } from '@duda/events';
import { database } from '../database.ts';

export const trainingEvents = (): ServiceEvents => ({
  service: 'training',
  outboxSchema: database.schema,
});
