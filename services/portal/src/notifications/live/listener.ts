// This process's one LISTEN connection, shared by every live stream it serves: a NOTIFY from any process
// (fan-out.ts) wakes the streams of the people it concerns, which then read what is new from the table.
// A lost connection is opened again (@duda/db listenTo), and every stream is woken to catch up on what it may
// have missed.
import { listenTo } from '@duda/db';
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { PortalPrisma } from '../../prisma.ts';
import { fanOutMessage, NOTIFICATION_CHANNEL } from '../fan-out.ts';

type Wake = () => void;

export interface NotificationListener {
  /** Calls `wake` whenever something may have changed for the person; returns how to stop. */
  follow(personId: string, wake: Wake): Promise<() => void>;
  close(): Promise<void>;
}

export function notificationListener(deps: {
  prisma: PortalPrisma;
  pool: Pool;
  log: Logger;
}): NotificationListener {
  const followers = new Map<string, Set<Wake>>();

  const wakePerson = (personId: string) => followers.get(personId)?.forEach((wake) => wake());
  const wakeAll = () => followers.forEach((wakes) => wakes.forEach((wake) => wake()));

  async function onMessage(payload: string) {
    const parsed = fanOutMessage.safeParse(JSON.parse(payload || 'null'));
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

  const channel = listenTo(deps.pool, NOTIFICATION_CHANNEL, {
    message: (payload) =>
      void onMessage(payload).catch((err: unknown) => deps.log.error({ err }, 'notification fan-out failed')),
    reconnected: wakeAll,
    lost: (err) => deps.log.warn({ err }, 'notification listener lost its connection; reconnecting'),
  });

  return {
    async follow(personId, wake) {
      const wakes = followers.get(personId) ?? new Set<Wake>();
      wakes.add(wake);
      followers.set(personId, wakes);
      await channel.ready();
      return () => {
        wakes.delete(wake);
        if (wakes.size === 0) followers.delete(personId);
      };
    },
    close: () => channel.close(),
  };
}
