// Writing events: in the transaction of the change that caused them, so both commit or neither does.
import type { EventDefinition, JsonObject } from './event.ts';

/** The part of a service's Prisma transaction client that `recordEvent` uses: its `OutboxEvent` model. */
export interface OutboxTransaction {
  outboxEvent: {
    create(args: { data: { type: string; payload: JsonObject } }): PromiseLike<unknown>;
  };
}

/**
 * Stores the event in the service's outbox. Call it with the transaction client of the change; the payload
 * is checked against the event's schema first, so a malformed event fails the change instead of a subscriber.
 */
export async function recordEvent<P extends JsonObject>(
  tx: OutboxTransaction,
  event: EventDefinition<string, P>,
  payload: P,
): Promise<void> {
  await tx.outboxEvent.create({ data: { type: event.type, payload: event.schema.parse(payload) } });
}
