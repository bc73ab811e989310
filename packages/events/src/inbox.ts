// Idempotent subscribers: delivery is at least once, so a subscriber whose effect is not naturally
// idempotent remembers which events it has handled, in the same transaction as the effect.
import type { DeliveredEvent } from './event.ts';

/** The part of a service's Prisma transaction client that `firstDelivery` uses: its `ProcessedEvent` model. */
export interface InboxTransaction {
  processedEvent: {
    createMany(args: {
      data: { subscriber: string; eventId: string }[];
      skipDuplicates: boolean;
    }): PromiseLike<{ count: number }>;
  };
}

/**
 * True the first time this subscriber handles this event, false on a repeat delivery. Call it inside the
 * transaction of the subscriber's effect: if the effect rolls back, so does the mark.
 */
export async function firstDelivery(tx: InboxTransaction, event: DeliveredEvent<unknown>): Promise<boolean> {
  const { count } = await tx.processedEvent.createMany({
    data: [{ subscriber: event.subscriber, eventId: event.id }],
    skipDuplicates: true,
  });
  return count === 1;
}
