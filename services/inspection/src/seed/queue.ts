import { assessQueue } from '../domain/index.ts';
import type { InspectionPrisma } from '../prisma.ts';
import type { DemoHall } from './demo-org.ts';

interface Context {
  cityId: string;
  halls: DemoHall[];
  now: Date;
}

/** Today's queue readings: a live level-1 warning at 湖滨, a handled level-2 one at 南星, normal elsewhere. */
export async function seedQueue(prisma: InspectionPrisma, ctx: Context) {
  const minutesAgo = (m: number) => new Date(ctx.now.getTime() - m * 60_000);
  const readings = [
    { code: 'HZ-SC-01', openCounters: 4, waitingCustomers: 11, at: minutesAgo(12), acknowledged: false },
    { code: 'HZ-SC-02', openCounters: 3, waitingCustomers: 12, at: minutesAgo(95), acknowledged: true },
    { code: 'HZ-GS-01', openCounters: 5, waitingCustomers: 6, at: minutesAgo(30), acknowledged: false },
    { code: 'HZ-XH-01', openCounters: 4, waitingCustomers: 3, at: minutesAgo(45), acknowledged: false },
  ];
  for (const r of readings) {
    const hall = ctx.halls.find((h) => h.code === r.code)!;
    const assessment = assessQueue(r);
    await prisma.queueReading.create({
      data: {
        hallId: hall.id,
        hallName: hall.name,
        districtId: hall.districtId,
        cityId: ctx.cityId,
        at: r.at,
        openCounters: r.openCounters,
        waitingCustomers: r.waitingCustomers,
        level: assessment.level,
        beyondPlan: assessment.beyondPlan,
        actions: assessment.actions,
        reportedById: hall.manager.id,
        source: 'manual',
        acknowledgedAt: r.acknowledged ? minutesAgo(80) : null,
        acknowledgedById: r.acknowledged ? hall.manager.id : null,
      },
    });
  }
}
