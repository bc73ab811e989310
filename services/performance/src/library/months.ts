// A city's month as performance keeps it: open until the city signs it off, then nothing of it changes.
import { scorecardsErrors } from '@duda/contract-performance';
import type { PerformancePrisma } from '../prisma.ts';

export async function monthIsClosed(prisma: PerformancePrisma, cityId: string, month: string) {
  const row = await prisma.performanceMonth.findUnique({ where: { cityId_month: { cityId, month } } });
  return row?.status === 'SIGNED_OFF';
}

/** Refuses any change to a signed-off month, before anything is written. */
export async function assertMonthOpen(prisma: PerformancePrisma, cityId: string, month: string) {
  if (await monthIsClosed(prisma, cityId, month)) throw scorecardsErrors.monthClosed({ month });
}
