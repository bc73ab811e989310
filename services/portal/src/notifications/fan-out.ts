// Telling every gateway process that someone's notifications changed: a PostgreSQL NOTIFY on one channel,
// sent inside the transaction of the change, so it reaches the listeners only if the change commits and
// whichever replica holds the person's open page hears it (ADR 0019). The payload stays small (NOTIFY
// allows 8 kB): the event whose notifications were added, or the one person whose unread count changed.
import { z } from 'zod';

export const NOTIFICATION_CHANNEL = 'portal_notifications';

export const fanOutMessage = z.union([
  z.object({ sourceEventId: z.uuid() }),
  z.object({ personId: z.uuid() }),
]);
export type FanOutMessage = z.infer<typeof fanOutMessage>;

/** The raw-query part of a Prisma (transaction) client. */
interface RawQuery {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<number>;
}

export async function publishFanOut(tx: RawQuery, message: FanOutMessage): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${NOTIFICATION_CHANNEL}, ${JSON.stringify(message)})`;
}
