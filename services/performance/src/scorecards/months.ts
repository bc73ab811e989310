// `performance.months`: the city's month — its state and grade distribution against the guideline, the run, the
// city's sign-off (签发: every scorecard assessed and every district's calibration locked, then nothing of the month
// changes) and HR's export.
import { scopeOf } from '@duda/authz';
import { libraryErrors, scorecardsErrors, type Grade } from '@duda/contract-performance';
import { assertCan } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { checkDistribution } from '../domain/grades.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';
import { readableScorecards } from './access.ts';
import { gradeBandsOf, guidelineOf } from './grade-settings.ts';
import { requestDelivery } from '../hr-delivery/request.ts';
import { lockMonth } from './write.ts';

/** The month as the caller's scope shows it: state, counts by step, and the distribution check (分布检查). */
export async function monthState(deps: PerformanceDeps, ctx: Ctx, month: string) {
  const city = await cityOf(deps.org, ctx);
  const read = scopeOf(ctx.actor, 'performance.scorecard.read').orgNodeIds;
  const hr = scopeOf(ctx.actor, 'performance.signedOff.read').orgNodeIds;
  if (read.length + hr.length === 0) throw scorecardsErrors.readDenied();
  const [row, cards, bands, guideline] = await Promise.all([
    deps.prisma.performanceMonth.findUnique({ where: { cityId_month: { cityId: city.id, month } } }),
    deps.prisma.scorecard.findMany({
      where: { AND: [await readableScorecards(deps.prisma, ctx), { cityId: city.id, month }] },
      select: { status: true, grade: true },
    }),
    gradeBandsOf(deps.prisma, city.id),
    guidelineOf(deps.prisma, city.id),
  ]);
  const count = (status: string) => cards.filter((card) => card.status === status).length;
  return {
    month,
    status: row?.status ?? 'OPEN',
    lastRunAt: row?.lastRunAt ?? null,
    signedOffAt: row?.signedOffAt ?? null,
    signedOffByName: row?.signedOffByName ?? null,
    scorecards: {
      total: cards.length,
      computed: count('COMPUTED'),
      selfAssessed: count('SELF_ASSESSED'),
      assessed: count('ASSESSED'),
    },
    bands,
    guideline,
    distribution: checkDistribution(
      cards.map((card) => card.grade as Grade),
      guideline,
    ),
  };
}

/**
 * 签发: the city closes the month once every scorecard is assessed and every district locked its calibration;
 * refused, with nothing written, otherwise.
 */
export async function signOff(deps: PerformanceDeps, ctx: Ctx, month: string) {
  const city = await cityOf(deps.org, ctx);
  assertCan(ctx.actor, 'performance.month.signoff', { orgNodeId: city.id }, libraryErrors.manageDenied);
  await deps.prisma.$transaction(async (tx) => {
    await lockMonth(tx, city.id, month);
    const row = await tx.performanceMonth.findUnique({ where: { cityId_month: { cityId: city.id, month } } });
    if (row?.status === 'SIGNED_OFF') throw scorecardsErrors.monthClosed({ month });
    const [total, waiting] = await Promise.all([
      tx.scorecard.count({ where: { cityId: city.id, month } }),
      tx.scorecard.count({ where: { cityId: city.id, month, status: { not: 'ASSESSED' } } }),
    ]);
    if (!row || total === 0) throw scorecardsErrors.nothingToSign({ month });
    if (waiting > 0) throw scorecardsErrors.notAssessed({ count: waiting });
    // Results are locked after calibration (#11 item 6) before the month closes (item 8): every district of the
    // month's scorecards must be locked, read under the month's lock so no district unlocks in between.
    const [districts, locks] = await Promise.all([
      tx.scorecard.groupBy({
        by: ['districtId', 'districtName'],
        where: { cityId: city.id, month },
        orderBy: { districtName: 'asc' },
      }),
      tx.calibrationLock.findMany({ where: { cityId: city.id, month }, select: { districtId: true } }),
    ]);
    const locked = new Set(locks.map((lock) => lock.districtId));
    const open = districts.filter((district) => district.districtId && !locked.has(district.districtId));
    if (open.length > 0)
      throw scorecardsErrors.districtsNotLocked({
        districts: open.map((district) => district.districtName ?? '').join('、'),
      });
    const signedOffAt = deps.now();
    await tx.performanceMonth.update({
      where: { cityId_month: { cityId: city.id, month } },
      data: {
        status: 'SIGNED_OFF',
        signedOffAt,
        signedOffById: ctx.actor.personId,
        signedOffByName: ctx.actor.name,
      },
    });
    // 推送人力: HR's signed copy leaves with the sign-off, or not at all.
    const trigger = 'SIGN_OFF';
    await requestDelivery(tx, {
      city,
      month,
      signedOffAt,
      trigger,
      requestedByName: ctx.actor.name,
      now: signedOffAt,
    });
  });
  return monthState(deps, ctx, month);
}
