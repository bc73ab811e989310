// What a service declares about events and jobs; `startEvents` runs the declarations of every service.
import { CHINA_TIME_ZONE } from '@duda/month';
import type { DeliveredEvent, EventDefinition, EventEnvelope, JsonObject } from './event.ts';

/** pg-boss's retry settings for a queue: the first run plus up to `limit` retries. */
export interface RetryPolicy {
  limit: number;
  delaySeconds: number;
  /** Doubles the delay after each failure (with jitter). */
  backoff: boolean;
}

const DEFAULT_RETRY: RetryPolicy = { limit: 5, delaySeconds: 10, backoff: true };

export interface Subscription {
  /** Unique within the service; the queue is `<service>.<name>`. */
  readonly name: string;
  readonly eventType: string;
  readonly retry: RetryPolicy;
  /** Checks the payload against the event's schema and hands it to the handler. */
  deliver(envelope: EventEnvelope, delivery: { subscriber: string; attempt: number }): Promise<void>;
}

/**
 * A subscriber of one event type. Delivery is at least once: write `handle` so that a repeat changes
 * nothing, either naturally (set a state, upsert) or with `firstDelivery` in the effect's transaction.
 * A handler that throws is retried by the retry policy.
 */
export function subscribe<P extends JsonObject>(
  event: EventDefinition<string, P>,
  name: string,
  handle: (event: DeliveredEvent<P>) => Promise<void>,
  retry: Partial<RetryPolicy> = {},
): Subscription {
  return {
    name,
    eventType: event.type,
    retry: { ...DEFAULT_RETRY, ...retry },
    deliver: async (envelope, delivery) =>
      handle({
        id: envelope.id,
        type: envelope.type,
        occurredAt: new Date(envelope.occurredAt),
        payload: event.schema.parse(envelope.payload),
        ...delivery,
      }),
  };
}

export interface JobRun {
  /** pg-boss's job id: the same on every retry of this run. */
  id: string;
  /** When pg-boss queued this run, moments after the schedule fired. */
  firedAt: Date;
  attempt: number;
}

export interface ScheduledJob {
  /** Unique within the service; the queue is `<service>.<name>`. */
  readonly name: string;
  /** Five fields, minute first; pg-boss fires at most once a minute. */
  readonly cron: string;
  readonly timeZone: string;
  readonly retry: RetryPolicy;
  /** Also run once whenever a process starts, for work that piled up while none was running. */
  readonly runAtStart: boolean;
  run(run: JobRun): Promise<void>;
}

// The business runs on China time: a job's cron is read in `Asia/Shanghai` unless told otherwise.
export { CHINA_TIME_ZONE };

/**
 * A job pg-boss starts on a cron schedule, once per firing however many processes run it. A run that
 * throws is retried; write it so that running twice changes nothing the first run did not.
 */
export function scheduleJob(
  name: string,
  cron: string,
  run: (run: JobRun) => Promise<void>,
  options: { timeZone?: string; retry?: Partial<RetryPolicy>; runAtStart?: boolean } = {},
): ScheduledJob {
  return {
    name,
    cron,
    timeZone: options.timeZone ?? CHINA_TIME_ZONE,
    retry: { ...DEFAULT_RETRY, limit: 2, ...options.retry },
    runAtStart: options.runAtStart ?? false,
    run,
  };
}

/** What a service module declares: where its outbox is, what it subscribes to, which jobs it runs. */
export interface ServiceEvents {
  /** The service's name (`inspection`): the prefix of its queues. */
  service: string;
  /** The PostgreSQL schema holding the service's `outbox_event` table, when the service emits events. */
  outboxSchema?: string;
  subscriptions?: readonly Subscription[];
  jobs?: readonly ScheduledJob[];
}
