// Reminding each holder of a duty task still open shortly before it is due (rule: domain/reminders.ts): one
// portal notification per task, linking to /duties. The notification's source is a UUID derived from the
// task, so the (source, person) key of every notification lets a task be reminded once, however many runs
// and processes find it at the same time; SMS and e-mail follow the person's preferences for DUTY_DUE.
import { createHash } from 'node:crypto';
import { scheduleJob, type ScheduledJob } from '@duda/events';
import { raiseNotifications } from '../notifications/raise.ts';
import type { NotificationsDeps } from '../notifications/notifications-deps.ts';
import { dueForReminder, reminderHorizonMs } from './domain/reminders.ts';

/** The stable source id of a task's reminder (name-based, UUID version 5 layout). */
export function reminderSourceId(taskId: string): string {
  const hex = createHash('sha1').update(`duty-due:${taskId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Sends the reminders due now; returns how many this run added (a concurrent run's are not counted). */
export async function remindDueDuties(deps: NotificationsDeps): Promise<number> {
  const now = deps.now();
  const within = (cadence: 'DAILY' | 'WEEKLY') => new Date(now.getTime() + reminderHorizonMs(cadence));
  const candidates = await deps.prisma.dutyTask.findMany({
    where: {
      status: 'OPEN',
      dueAt: { gt: now },
      OR: [
        { cadence: 'DAILY', dueAt: { lte: within('DAILY') } },
        { cadence: { not: 'DAILY' }, dueAt: { lte: within('WEEKLY') } },
      ],
    },
    select: {
      id: true,
      personId: true,
      status: true,
      cadence: true,
      dueAt: true,
      title: true,
      orgName: true,
    },
  });
  const due = candidates
    .filter((task) => dueForReminder(task, now))
    .map((task) => ({ ...task, sourceId: reminderSourceId(task.id) }));
  if (due.length === 0) return 0;
  const reminded = new Set(
    (
      await deps.prisma.notification.findMany({
        where: { sourceEventId: { in: due.map((t) => t.sourceId) } },
        select: { sourceEventId: true },
      })
    ).map((n) => n.sourceEventId),
  );
  let added = 0;
  for (const task of due) {
    if (reminded.has(task.sourceId)) continue;
    const created = await raiseNotifications(deps, task.sourceId, [
      {
        personId: task.personId,
        kind: 'DUTY_DUE',
        title: task.title,
        params: { deadline: task.dueAt.toISOString(), hallName: task.orgName },
        area: 'duties',
        link: '/duties',
      },
    ]);
    added += created.length;
  }
  return added;
}

/** Every 5 minutes, so a daily duty's reminder comes within 5 minutes of its hour before; also at each start. */
export const reminderJob = (deps: NotificationsDeps): ScheduledJob =>
  scheduleJob(
    'remind-due-duties',
    '*/5 * * * *',
    async () => {
      await remindDueDuties(deps);
    },
    { runAtStart: true },
  );
