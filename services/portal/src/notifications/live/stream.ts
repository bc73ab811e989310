// One open page's live stream (server-sent events): on connecting, what came since the page's last event
// (Last-Event-ID, which the browser's EventSource sends by itself when it reconnects), then each new
// notification as it is raised, the unread count after every change, and a heartbeat that keeps proxies
// and the gateway's idle timeout from closing a quiet stream.
import { NOTIFICATION_STREAM_EVENTS, type NotificationStreamMessage } from '@duda/contract-portal';
import type { Notification } from '../../generated/prisma/client.ts';
import type { PortalPrisma } from '../../prisma.ts';
import { unreadCount } from '../notification-service.ts';
import { toView } from '../views.ts';
import type { NotificationListener } from './listener.ts';

export const HEARTBEAT_MS = 15_000;
/** How soon a dropped stream is tried again (EventSource's `retry`), e.g. when its gateway replica stops. */
export const RECONNECT_MS = 2_000;
const BATCH = 100;
/** Longer than a transaction may run (db's TRANSACTION_OPTIONS), so a late commit is still caught. */
const LOOKBACK_MS = 60_000;

/** Where the stream starts: after the page's last event, or from now for a page that has seen none. */
export function resumePoint(lastEventId: string | undefined): bigint | null {
  return lastEventId && /^\d{1,19}$/.test(lastEventId) ? BigInt(lastEventId) : null;
}

export interface StreamSink {
  write(chunk: string): void;
  /** Called once when the client goes away. */
  onClose(stop: () => void): void;
}

const frame = (event: string, data: unknown, id?: string) =>
  `${id ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

export async function openStream(
  deps: { prisma: PortalPrisma; now: () => Date; listener: NotificationListener },
  personId: string,
  lastEventId: string | undefined,
  sink: StreamSink,
): Promise<void> {
  let after: bigint | null = null;
  let open = true;
  let pumping: Promise<void> | null = null;
  let again = false;
  // Rows of the last LOOKBACK_MS already sent (or, at the start, already had): a row whose transaction
  // commits after one with a higher seq is still found by its age, and none is sent twice.
  const sent = new Map<string, number>();
  const remember = (row: { id: string; createdAt: Date }) => sent.set(row.id, row.createdAt.getTime());

  async function start(): Promise<bigint> {
    const resumed = resumePoint(lastEventId);
    const newest = await deps.prisma.notification.findFirst({
      where: { personId },
      orderBy: { seq: 'desc' },
      select: { seq: true },
    });
    const from = resumed ?? newest?.seq ?? 0n;
    const had = await deps.prisma.notification.findMany({
      where: {
        personId,
        seq: { lte: from },
        createdAt: { gte: new Date(deps.now().getTime() - LOOKBACK_MS) },
      },
      select: { id: true, createdAt: true },
    });
    had.forEach(remember);
    return from;
  }

  async function pump() {
    after ??= await start();
    const cutoff = deps.now().getTime() - LOOKBACK_MS;
    for (const [id, at] of sent) if (at < cutoff) sent.delete(id);
    for (;;) {
      const rows: Notification[] = await deps.prisma.notification.findMany({
        where: {
          personId,
          id: { notIn: [...sent.keys()] },
          OR: [{ seq: { gt: after } }, { createdAt: { gte: new Date(cutoff) } }],
        },
        orderBy: { seq: 'asc' },
        take: BATCH,
      });
      if (rows.length === 0 || !open) break;
      const unread = await unreadCount(deps, personId);
      for (const row of rows) {
        const message: NotificationStreamMessage = { notification: toView(row), unread };
        sink.write(frame(NOTIFICATION_STREAM_EVENTS.notification, message, row.seq.toString()));
        remember(row);
        if (row.seq > after) after = row.seq;
      }
    }
    if (open)
      sink.write(frame(NOTIFICATION_STREAM_EVENTS.unread, { unread: await unreadCount(deps, personId) }));
  }

  // Wakes coalesce: one read at a time, and one more after it if woken meanwhile.
  function wake() {
    if (!open) return;
    if (pumping) {
      again = true;
      return;
    }
    pumping = pump()
      .catch(() => undefined)
      .finally(() => {
        pumping = null;
        if (again) {
          again = false;
          wake();
        }
      });
  }

  sink.write(`retry: ${RECONNECT_MS}\n\n`);
  const heartbeat = setInterval(() => sink.write(': heartbeat\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  let unfollow = () => {};
  sink.onClose(() => {
    open = false;
    clearInterval(heartbeat);
    unfollow();
  });
  // Follow first, then read: nothing raised in between is missed.
  unfollow = await deps.listener.follow(personId, wake);
  if (!open) unfollow();
  wake();
}
