// This process's one LISTEN connection, shared by every live stream it serves: a NOTIFY from any process
// (fan-out.ts) wakes the streams of the people it concerns, which then read what is new from the table.
// A lost connection is opened again, and every stream is woken to catch up on what it may have missed.
import type { Pool, PoolClient } from 'pg';
import type { Logger } from 'pino';
import type { PortalPrisma } from '../../prisma.ts';
import { fanOutMessage, NOTIFICATION_CHANNEL } from '../fan-out.ts';

type Wake = () => void;

export interface NotificationListener {
  /** Calls `wake` whenever something may have changed for the person; returns how to stop. */
  follow(personId: string, wake: Wake): Promise<() => void>;
  close(): Promise<void>;
}

const RECONNECT_MS = 1_000;

export function notificationListener(deps: {
  prisma: PortalPrisma;
  pool: Pool;
  log: Logger;
}): NotificationListener {
  const followers = new Map<string, Set<Wake>>();
  let client = null as PoolClient | null;
  let connecting: Promise<void> | null = null;
  let closed = false;

  const wakePerson = (personId: string) => followers.get(personId)?.forEach((wake) => wake());
  const wakeAll = () => followers.forEach((wakes) => wakes.forEach((wake) => wake()));

  async function onMessage(payload: string | undefined) {
    const parsed = fanOutMessage.safeParse(JSON.parse(payload ?? 'null'));
    if (!parsed.success) return;
    const message = parsed.data;
    if ('personId' in message) return wakePerson(message.personId);
    const listening = [...followers.keys()];
    if (listening.length === 0) return;
    const rows = await deps.prisma.notification.findMany({
      where: { sourceEventId: message.sourceEventId, personId: { in: listening } },
      select: { personId: true },
    });
    rows.forEach((row) => wakePerson(row.personId));
  }

  function lost(err: unknown) {
    deps.log.warn({ err }, 'notification listener lost its connection; reconnecting');
    client?.release(true);
    client = null;
    if (!closed) setTimeout(() => void connect().catch(() => lost(null)), RECONNECT_MS).unref();
  }

  async function open() {
    const next = await deps.pool.connect();
    next.on('notification', (message) => {
      onMessage(message.payload).catch((err: unknown) =>
        deps.log.error({ err }, 'notification fan-out failed'),
      );
    });
    next.on('error', lost);
    await next.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
    if (closed) {
      next.release();
      return;
    }
    client = next;
    // Whatever was committed while nobody listened is read now.
    wakeAll();
  }

  const connect = () => (connecting ??= open().finally(() => (connecting = null)));

  return {
    async follow(personId, wake) {
      const wakes = followers.get(personId) ?? new Set<Wake>();
      wakes.add(wake);
      followers.set(personId, wakes);
      const unfollow = () => {
        wakes.delete(wake);
        if (wakes.size === 0) followers.delete(personId);
      };
      if (!client)
        await connect().catch((err: unknown) => {
          unfollow();
          throw err;
        });
      return unfollow;
    },
    async close() {
      closed = true;
      await connecting?.catch(() => undefined);
      client?.release();
      client = null;
    },
  };
}
