import type { z } from 'zod';

/** What a payload may hold: it is stored as JSON and read back, so times travel as ISO strings. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** A domain event type: its name, `<area>.<what happened>` in the past tense, and its payload schema. */
export interface EventDefinition<T extends string = string, P extends JsonObject = JsonObject> {
  readonly type: T;
  readonly schema: z.ZodType<P>;
}

const EVENT_TYPE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

export function defineEvent<T extends string, P extends JsonObject>(
  type: T,
  schema: z.ZodType<P>,
): EventDefinition<T, P> {
  if (!EVENT_TYPE.test(type)) throw new Error(`Event type "${type}" should read like "area.happened"`);
  return { type, schema };
}

/** How an event travels in a pg-boss job. */
export interface EventEnvelope {
  id: string;
  type: string;
  occurredAt: string;
  payload: JsonValue;
}

/** An event as a subscriber receives it. */
export interface DeliveredEvent<P> {
  /** The outbox row's id: the same on every delivery of this event, to every subscriber. */
  id: string;
  type: string;
  occurredAt: Date;
  payload: P;
  /** The subscriber's queue, `<service>.<subscription>`: the key of its inbox together with `id`. */
  subscriber: string;
  /** 1 on the first delivery; more after a failure or an acknowledgement that was lost. */
  attempt: number;
}
