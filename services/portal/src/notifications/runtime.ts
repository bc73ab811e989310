// Notifications as one part of the running service: what raises them (subscriptions), the morning digest,
// the reminders of duties falling due (raised here: they need the outbound channels duties do not have), and
// this process's listener for the live streams.
import { reminderJob } from '../duties/reminders.ts';
import { digestJob } from './digest.ts';
import { notificationListener } from './live/listener.ts';
import type { NotificationsDeps } from './notifications-deps.ts';
import { notificationSubscriptions } from './subscriptions.ts';

export function createNotifications(deps: NotificationsDeps) {
  const listener = notificationListener(deps);
  return {
    ...deps,
    listener,
    subscriptions: notificationSubscriptions(deps),
    jobs: [digestJob(deps), reminderJob(deps)],
    close: () => listener.close(),
  };
}

export type Notifications = ReturnType<typeof createNotifications>;
