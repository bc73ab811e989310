export {
  defineEvent,
  type DeliveredEvent,
  type EventDefinition,
  type EventEnvelope,
  type JsonObject,
  type JsonValue,
} from './event.ts';
export { installEvents } from './install.ts';
export { firstDelivery, type InboxTransaction } from './inbox.ts';
export { recordEvent, type OutboxTransaction } from './outbox.ts';
export {
  PG_BOSS_SCHEMA,
  startEvents,
  type EventsLogger,
  type RunningEvents,
  type StartEventsOptions,
} from './runtime.ts';
export {
  CHINA_TIME_ZONE,
  scheduleJob,
  subscribe,
  type JobRun,
  type RetryPolicy,
  type ScheduledJob,
  type ServiceEvents,
  type Subscription,
} from './service-events.ts';
export { dutyRatesPublished, dutyRatesPublishedPayload, type DutyRatesPublished } from './duty-rates.ts';
