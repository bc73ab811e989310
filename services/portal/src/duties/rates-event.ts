// 必做完成率 for performance: each city's month of duty completion rates per person, published as
// `portal.duty-rates.published` (@duda/events) — performance scores it but cannot call the portal (the portal
// depends on performance's contract). Counted like `portal.duties.rates`: over the tasks whose period ends in the
// month, done ÷ (done + missed), open ones beside the rate; one grouped query for every city, one event per city.
// Every morning after the missed tasks are closed, the job publishes the month under way (the rates so far) and,
// in a month's first week, the month before (final once none of its tasks is open): a morning missed while no
// process was up is caught up, and performance keeps the newest count of each month.
import { dutyRatesPublished, recordEvent, scheduleJob, type ScheduledJob } from '@duda/events';
import { chinaDateOf, firstDayOfMonth, lastDayOfMonth, monthOf, previousMonth } from '@duda/month';
import { rateOf } from './domain/rates.ts';
import type { DutiesDeps } from './duties-deps.ts';

/** The first days of a month on which the month before is published again. */
const CATCH_UP_DAYS = 7;

interface Tally {
  personId: string;
  personName: string;
  done: number;
  missed: number;
  open: number;
}

/** Records one event per city with duties ending in the month; returns how many. */
export async function publishDutyRates(
  deps: Pick<DutiesDeps, 'prisma' | 'now'>,
  month: string,
): Promise<number> {
  const now = deps.now();
  const groups = await deps.prisma.dutyTask.groupBy({
    by: ['cityId', 'personId', 'personName', 'status'],
    where: { periodEnd: { gte: firstDayOfMonth(month), lte: lastDayOfMonth(month) } },
    _count: { _all: true },
  });
  const cities = new Map<string, Map<string, Tally>>();
  for (const group of groups) {
    const people = cities.get(group.cityId) ?? new Map<string, Tally>();
    cities.set(group.cityId, people);
    const tally = people.get(group.personId) ?? {
      personId: group.personId,
      personName: group.personName,
      done: 0,
      missed: 0,
      open: 0,
    };
    people.set(group.personId, tally);
    if (group.status === 'DONE') tally.done += group._count._all;
    else if (group.status === 'MISSED') tally.missed += group._count._all;
    else tally.open += group._count._all;
  }
  const over = lastDayOfMonth(month) < chinaDateOf(now);
  await deps.prisma.$transaction(async (tx) => {
    for (const [cityId, people] of cities) {
      const rows = [...people.values()];
      await recordEvent(tx, dutyRatesPublished, {
        cityId,
        month,
        final: over && rows.every((row) => row.open === 0),
        countedAt: now.toISOString(),
        people: rows.map((row) => ({ ...row, rate: rateOf(row.done, row.missed) })),
      });
    }
  });
  return cities.size;
}

/** 06:30 China time, after `close-missed-duties` (06:00) has marked what the night left open. */
export const dutyRatesJob = (deps: Pick<DutiesDeps, 'prisma' | 'now'>): ScheduledJob =>
  scheduleJob('publish-duty-rates', '30 6 * * *', async () => {
    const today = chinaDateOf(deps.now());
    const month = monthOf(today);
    if (Number(today.slice(8)) <= CATCH_UP_DAYS) await publishDutyRates(deps, previousMonth(month));
    await publishDutyRates(deps, month);
  });
