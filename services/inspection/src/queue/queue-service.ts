import { can, scopeOf, type Actor } from '@duda/authz';
import { inspectionErrors, type QueueSource } from '@duda/contract-inspection';
import { endOfChinaDay, firstDayOfMonth, lastDayOfMonth, startOfChinaDay } from '@duda/month';
import { recordEvent } from '@duda/events';
import { assertCan, type CallerContext } from '@duda/service-kit';
import { assessQueue, DEFAULT_QUEUE_THRESHOLDS, type QueueThresholds } from '../domain/index.ts';
import type { InspectionDeps } from '../deps.ts';
import { queueWarningAcknowledged, queueWarningRaised } from '../events/domain-events.ts';
import type { QueueReading } from '../generated/prisma/client.ts';
import { placeOrFail } from '../ports/org-directory.ts';

type Ctx = CallerContext & { actor: Actor };

/** The hall itself or its district supervisor deals with a warning. */
const mayAcknowledge = (actor: Actor, hallId: string) =>
  can(actor, 'queue.report', { orgNodeId: hallId }) ||
  can(actor, 'inspection.perform', { orgNodeId: hallId });

async function thresholdsOf(deps: InspectionDeps, cityId: string): Promise<QueueThresholds> {
  const settings = await deps.prisma.queueSettings.findUnique({ where: { cityId } });
  return settings
    ? { level1: settings.level1, level2: settings.level2, planCeiling: settings.planCeiling }
    : DEFAULT_QUEUE_THRESHOLDS;
}

/**
 * A hall records its queue (客流高峰预警): waiting customers against open counters. Entered by hand now;
 * a queue-ticket machine can post the same reading with `source: 'machine'`.
 */
export async function reportQueue(
  deps: InspectionDeps,
  ctx: Ctx,
  input: { hallId: string; openCounters: number; waitingCustomers: number; source: QueueSource },
) {
  assertCan(ctx.actor, 'queue.report', { orgNodeId: input.hallId }, inspectionErrors.reportQueueDenied);
  const hall = await placeOrFail(deps.org, ctx, input.hallId);
  const { district, city } = hall;
  if (hall.level !== 'hall' || !district || !city) throw inspectionErrors.queueHallOnly({}, 'hallId');
  const assessment = assessQueue(input, await thresholdsOf(deps, city.id));
  // A warning is announced with the reading that raised it: both are stored or neither is.
  const row = await deps.prisma.$transaction(async (tx) => {
    const reading = await tx.queueReading.create({
      data: {
        hallId: hall.id,
        hallName: hall.name,
        districtId: district.id,
        cityId: city.id,
        at: deps.now(),
        openCounters: input.openCounters,
        waitingCustomers: input.waitingCustomers,
        level: assessment.level,
        beyondPlan: assessment.beyondPlan,
        actions: assessment.actions,
        reportedById: ctx.actor.personId,
        source: input.source,
      },
    });
    if (reading.level > 0) await recordEvent(tx, queueWarningRaised, warningPayload(reading));
    return reading;
  });
  return { id: row.id, ...assessment };
}

/** What `queue.warning.*` tells of a reading at level 1 or 2. */
export const warningPayload = (reading: QueueReading) => ({
  warningId: reading.id,
  hallId: reading.hallId,
  hallName: reading.hallName,
  districtId: reading.districtId,
  cityId: reading.cityId,
  level: reading.level as 1 | 2,
  waitingCustomers: reading.waitingCustomers,
  openCounters: reading.openCounters,
  at: reading.at.toISOString(),
  acknowledgedAt: reading.acknowledgedAt?.toISOString() ?? null,
});

/** Unacknowledged warnings of the last hours in the caller's scope, for the hall manager and the district. */
export async function activeAlerts(deps: InspectionDeps, ctx: Ctx) {
  const since = new Date(deps.now().getTime() - 4 * 3_600_000);
  const rows = await deps.prisma.queueReading.findMany({
    where: {
      hallId: { in: scopeOf(ctx.actor, 'queue.read').orgNodeIds },
      level: { gt: 0 },
      acknowledgedAt: null,
      at: { gte: since },
    },
    orderBy: [{ level: 'desc' }, { at: 'desc' }],
    take: 50,
  });
  return rows.map((r) => ({
    id: r.id,
    hallId: r.hallId,
    hallName: r.hallName,
    at: r.at,
    openCounters: r.openCounters,
    waitingCustomers: r.waitingCustomers,
    level: r.level,
    beyondPlan: r.beyondPlan,
    actions: r.actions,
    canAcknowledge: mayAcknowledge(ctx.actor, r.hallId),
  }));
}

/**
 * A hall's month of readings on the China calendar, in figures (the monthly report's 排队情况): how many, how many
 * raised a warning, and the most customers seen waiting — counted in the database, however many readings there are.
 */
export async function hallQueueMonth(
  deps: InspectionDeps,
  ctx: Ctx,
  input: { hallId: string; month: string },
) {
  assertCan(ctx.actor, 'queue.read', { orgNodeId: input.hallId }, inspectionErrors.readQueueDenied);
  const at = {
    gte: startOfChinaDay(firstDayOfMonth(input.month)),
    lte: endOfChinaDay(lastDayOfMonth(input.month)),
  };
  const where = { hallId: input.hallId, at };
  const [all, warnings] = await Promise.all([
    deps.prisma.queueReading.aggregate({ where, _count: { _all: true }, _max: { waitingCustomers: true } }),
    deps.prisma.queueReading.count({ where: { ...where, level: { gt: 0 } } }),
  ]);
  return { readings: all._count._all, warnings, maxWaiting: all._max.waitingCustomers };
}

/** Recent readings of one hall, newest first. */
export async function hallReadings(deps: InspectionDeps, ctx: Ctx, hallId: string) {
  assertCan(ctx.actor, 'queue.read', { orgNodeId: hallId }, inspectionErrors.readQueueDenied);
  return deps.prisma.queueReading.findMany({
    where: { hallId },
    orderBy: { at: 'desc' },
    take: 20,
    select: {
      id: true,
      at: true,
      openCounters: true,
      waitingCustomers: true,
      level: true,
      beyondPlan: true,
      acknowledgedAt: true,
    },
  });
}

export async function acknowledgeAlert(deps: InspectionDeps, ctx: Ctx, id: string) {
  const row = await deps.prisma.queueReading.findUnique({ where: { id } });
  if (!row) throw inspectionErrors.warningNotFound();
  if (!mayAcknowledge(ctx.actor, row.hallId)) throw inspectionErrors.handleWarningDenied();
  await deps.prisma.$transaction(async (tx) => {
    const { count } = await tx.queueReading.updateMany({
      where: { id, acknowledgedAt: null },
      data: { acknowledgedAt: deps.now(), acknowledgedById: ctx.actor.personId },
    });
    // Told once, when it was a warning and this call is the one that dealt with it.
    if (count === 1 && row.level > 0) {
      const acknowledged = await tx.queueReading.findUniqueOrThrow({ where: { id } });
      await recordEvent(tx, queueWarningAcknowledged, warningPayload(acknowledged));
    }
  });
}

export async function queueSettings(deps: InspectionDeps, ctx: Ctx, cityId: string) {
  assertCan(ctx.actor, 'queue.read', { orgNodeId: cityId }, inspectionErrors.readQueueSettingsDenied);
  return thresholdsOf(deps, cityId);
}

export async function updateQueueSettings(
  deps: InspectionDeps,
  ctx: Ctx,
  input: QueueThresholds & { cityId: string },
) {
  assertCan(
    ctx.actor,
    'inspection.template.manage',
    { orgNodeId: input.cityId },
    inspectionErrors.editThresholdsDenied,
  );
  assessQueue({ openCounters: 1, waitingCustomers: 0 }, input);
  const data = {
    level1: input.level1,
    level2: input.level2,
    planCeiling: input.planCeiling,
    updatedById: ctx.actor.personId,
  };
  await deps.prisma.queueSettings.upsert({
    where: { cityId: input.cityId },
    create: { cityId: input.cityId, ...data },
    update: data,
  });
}
