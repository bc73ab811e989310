// Closing a month of required reading (必读月结): once a month is over, each city's unread counts for it are emitted
// as training.reading.month-closed, once (ReadingMonthClose is written in the same transaction). The job runs daily
// shortly after midnight China time and closes every past month still open, so a month missed while the service
// was down is closed on its next run.
import { readingMonthClosedPayload } from '@duda/contract-training';
import { defineEvent, recordEvent, scheduleJob, type ScheduledJob } from '@duda/events';
import { currentMonth } from '@duda/month';
import type { TrainingDeps } from '../deps.ts';
import { tallied } from './required.ts';

export const readingMonthClosed = defineEvent('training.reading.month-closed', readingMonthClosedPayload);

type CloseDeps = Pick<TrainingDeps, 'prisma' | 'now'>;

export async function closeReadingMonths(deps: CloseDeps): Promise<{ cityId: string; month: string }[]> {
  const now = deps.now();
  const open = await deps.prisma.requiredReading.findMany({
    where: { month: { lt: currentMonth(now) } },
    distinct: ['cityId', 'month'],
    select: { cityId: true, month: true },
  });
  const closed = new Set(
    (await deps.prisma.readingMonthClose.findMany({ select: { cityId: true, month: true } })).map(
      (c) => `${c.cityId}:${c.month}`,
    ),
  );
  const done: { cityId: string; month: string }[] = [];
  for (const { cityId, month } of open.filter((o) => !closed.has(`${o.cityId}:${o.month}`))) {
    await deps.prisma.$transaction(async (tx) => {
      const claimed = await tx.readingMonthClose.createMany({
        data: [{ cityId, month, closedAt: now }],
        skipDuplicates: true,
      });
      if (!claimed.count) return;
      const readers = await tx.requiredReader.findMany({
        where: { requiredReading: { cityId, month } },
        select: {
          personId: true,
          personName: true,
          staffNo: true,
          orgNodeId: true,
          orgName: true,
          orgPath: true,
          requiredReading: { select: { articleId: true, deadline: true } },
        },
      });
      const people = await tallied(tx, readers, now);
      await recordEvent(tx, readingMonthClosed, {
        cityId,
        month,
        closedAt: now.toISOString(),
        people: people.map((p) => ({
          personId: p.personId,
          personName: p.personName,
          staffNo: p.staffNo,
          orgNodeId: p.orgNodeId,
          orgName: p.orgName,
          orgPath: p.orgPath ?? [],
          required: p.required,
          unread: p.unread,
        })),
      });
      done.push({ cityId, month });
    });
  }
  return done;
}

export const readingJobs = (deps: CloseDeps): ScheduledJob[] => [
  scheduleJob('close-reading-months', '10 0 * * *', async () => {
    await closeReadingMonths(deps);
  }),
];
