// The morning digest (每日摘要): each person who asked for it gets one e-mail listing what they have not read
// yet. The job runs once per firing however many gateways are up (pg-boss); a person's digest for a China day
// is claimed in the table before it is sent, so a repeated or retried run sends nobody a second one.
import { describeNotification } from '@duda/contract-portal';
import { scheduleJob, type ScheduledJob } from '@duda/events';
import { chinaDateOf } from '@duda/month';
import type { NotificationsDeps } from './notifications-deps.ts';
import { toView } from './views.ts';

/** Listed in full up to this many; the rest are counted. */
const LISTED = 20;

export async function sendDailyDigests(deps: NotificationsDeps): Promise<number> {
  const now = deps.now();
  const day = chinaDateOf(now);
  const wanting = await deps.prisma.notificationPreference.findMany({
    where: { dailyDigest: true },
    select: { personId: true },
  });
  let sent = 0;
  for (const { personId } of wanting) {
    const where = { personId, readAt: null };
    const [count, unread] = await Promise.all([
      deps.prisma.notification.count({ where }),
      deps.prisma.notification.findMany({ where, orderBy: { seq: 'desc' }, take: LISTED }),
    ]);
    if (count === 0) continue;
    const claimed = await deps.prisma.notificationDigest.createMany({
      data: [{ personId, day, count, sentAt: now }],
      skipDuplicates: true,
    });
    if (claimed.count === 0) continue;
    const lines = unread.map((row) => {
      const { heading, detail } = describeNotification(toView(row), 'zh-CN');
      return `· ${heading} — ${detail}`;
    });
    if (count > LISTED) lines.push(`…… 另有 ${count - LISTED} 条`);
    await deps.outbound.send({
      channel: 'email',
      personId,
      subject: `督导平台每日摘要：${count} 条未读通知（${day}）`,
      text: lines.join('\n'),
    });
    sent += 1;
  }
  return sent;
}

/** 08:00 China time, before the working day starts. */
export const digestJob = (deps: NotificationsDeps): ScheduledJob =>
  scheduleJob('send-daily-digests', '0 8 * * *', async () => {
    await sendDailyDigests(deps);
  });
