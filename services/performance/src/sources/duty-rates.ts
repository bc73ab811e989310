// 必做完成率 as the portal publishes it (`portal.duty-rates.published`, @duda/events): performance cannot call the
// portal (the portal depends on performance's contract), so it keeps each city month's latest count itself and the
// monthly run reads it from here like any other source — one query for the city. A count older than the one kept
// (a late or repeated delivery) changes nothing; a newer one replaces the month's rows in one transaction.
import { dutyRatesPublished, subscribe, type DutyRatesPublished } from '@duda/events';
import type { PerformanceDeps } from '../deps.ts';
import type { DutyRateFigure } from './figures.ts';

export async function storeDutyRates(prisma: PerformanceDeps['prisma'], payload: DutyRatesPublished) {
  const countedAt = new Date(payload.countedAt);
  const key = { cityId: payload.cityId, month: payload.month };
  await prisma.$transaction(async (tx) => {
    // One delivery of a city month at a time: two interleaved would mix their rows.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`duty-rates:${key.cityId}:${key.month}`}))::text AS locked`;
    const kept = await tx.dutyRateMonth.findUnique({ where: { cityId_month: key } });
    if (kept && kept.countedAt >= countedAt) return;
    await tx.dutyRateMonth.upsert({
      where: { cityId_month: key },
      create: { ...key, final: payload.final, countedAt },
      update: { final: payload.final, countedAt },
    });
    await tx.dutyRate.deleteMany({ where: key });
    await tx.dutyRate.createMany({
      data: payload.people.map((person) => ({ ...key, ...person })),
      skipDuplicates: true,
    });
  });
}

export const dutyRatesSubscription = (deps: Pick<PerformanceDeps, 'prisma'>) =>
  subscribe(dutyRatesPublished, 'keep-duty-rates', (event) => storeDutyRates(deps.prisma, event.payload));

/** The city month's rates as last published, or none. */
export async function dutyRatesOf(
  prisma: PerformanceDeps['prisma'],
  cityId: string,
  month: string,
): Promise<DutyRateFigure[]> {
  const kept = await prisma.dutyRateMonth.findUnique({
    where: { cityId_month: { cityId, month } },
    include: { rates: true },
  });
  if (!kept) return [];
  return kept.rates.map((row) => ({
    personId: row.personId,
    done: row.done,
    missed: row.missed,
    open: row.open,
    rate: row.rate,
    final: kept.final,
    countedAt: kept.countedAt,
  }));
}
