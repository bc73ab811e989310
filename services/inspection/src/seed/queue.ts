import { recordEvent } from '@duda/events';
import { assessQueue } from '../domain/index.ts';
import { queueWarningAcknowledged, queueWarningRaised } from '../events/domain-events.ts';
import { warningPayload } from '../queue/queue-service.ts';
import type { InspectionPrisma } from '../prisma.ts';
import type { DemoHall } from './demo-org.ts';

interface Context {
  cityId: string;
  halls: DemoHall[];
  now: Date;
}

/**
 * Today's queue readings: at 湖滨 a level-2 warning 20 minutes ago (so its managers find the crowding plan offered,
 * operations' to-do) and a live level-1 one since, a handled level-2 one at 南星, normal elsewhere. Each warning is
 * announced as reporting it would (`queue.warning.raised`, and `.acknowledged` for the handled one).
 */
export async function seedQueue(prisma: InspectionPrisma, ctx: Context) {
  const minutesAgo = (m: number) => new Date(ctx.now.getTime() - m * 60_000);
  const readings = [
    { code: 'HZ-SC-01', openCounters: 4, waitingCustomers: 15, at: minutesAgo(20), acknowledged: false },
    { code: 'HZ-SC-01', openCounters: 4, waitingCustomers: 11, at: minutesAgo(12), acknowledged: false },
    { code: 'HZ-SC-02', openCounters: 3, waitingCustomers: 12, at: minutesAgo(95), acknowledged: true },
    { code: 'HZ-GS-01', openCounters: 5, waitingCustomers: 6, at: minutesAgo(30), acknowledged: false },
    { code: 'HZ-XH-01', openCounters: 4, waitingCustomers: 3, at: minutesAgo(45), acknowledged: false },
  ];
  for (const r of readings) {
    const hall = ctx.halls.find((h) => h.code === r.code);
    // The tests' smaller organisation has no such hall.
    if (!hall) continue;
    const assessment = assessQueue(r);
    await prisma.$transaction(async (tx) => {
      const reading = await tx.queueReading.create({
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
      if (reading.level === 0) return;
      await recordEvent(tx, queueWarningRaised, { ...warningPayload(reading), acknowledgedAt: null });
      if (reading.acknowledgedAt) await recordEvent(tx, queueWarningAcknowledged, warningPayload(reading));
    });
  }
}
