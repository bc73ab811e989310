// `performance.calibration` per district (校准): the distribution of the month's grades against the city's
// guideline, the score/grade grid, moving a person's grade with a reason (each move kept, never edited), and the
// lock that fixes every grade of the district. Moves and the lock run under the month's lock and are refused once
// the month is signed off or the district locked. The district's supervisor and the city supervisor calibrate.
import { can, scopeOf } from '@duda/authz';
import { calibrationErrors, type calibrationInputs, type Grade } from '@duda/contract-performance';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { distributionOf, proposedGrades } from '../domain/calibration.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';
import type { PerformancePrisma } from '../prisma.ts';
import { openMonthOrFail } from '../scorecards/write.ts';
import { citySettingsOf } from './settings.ts';

type Client = PerformancePrisma | Prisma.TransactionClient;

const assertCalibrates = (ctx: Ctx, districtId: string) => {
  if (!can(ctx.actor, 'performance.calibrate', { orgNodeId: districtId })) throw calibrationErrors.denied();
};

/** The district's scorecards with the grade each holds now: the calibrated one, else the rules' proposal. */
export async function districtGrades(client: Client, month: string, districtId: string) {
  const cards = await client.scorecard.findMany({
    where: { month, districtId },
    orderBy: [{ final: 'desc' }, { staffNo: 'asc' }],
  });
  if (cards.length === 0) throw calibrationErrors.noScorecards({ month });
  const cityId = cards[0]!.cityId;
  const settings = await citySettingsOf(client as PerformancePrisma, cityId);
  const proposed = proposedGrades(
    cards.map((card) => ({ id: card.id, score: card.final })),
    settings.bands,
    settings.guideline,
    settings.method,
  );
  const people = cards.map((card) => {
    const proposal = proposed.get(card.id)!;
    return { card, proposed: proposal, grade: (card.calibratedGrade ?? proposal) as Grade };
  });
  return { cityId, districtName: cards[0]!.districtName ?? '', settings, people };
}

export async function calibrationDistricts(deps: PerformanceDeps, ctx: Ctx, month: string) {
  const districts = scopeOf(ctx.actor, 'performance.calibrate').orgNodeIds;
  if (districts.length === 0) throw calibrationErrors.denied();
  const city = await cityOf(deps.org, ctx);
  const [groups, locks] = await Promise.all([
    deps.prisma.scorecard.groupBy({
      by: ['districtId', 'districtName'],
      where: { cityId: city.id, month, districtId: { in: districts } },
      _count: { _all: true },
      orderBy: { districtName: 'asc' },
    }),
    deps.prisma.calibrationLock.findMany({ where: { cityId: city.id, month } }),
  ]);
  return groups.map((group) => ({
    districtId: group.districtId!,
    districtName: group.districtName ?? '',
    scorecards: group._count._all,
    locked: locks.some((lock) => lock.districtId === group.districtId),
  }));
}

export async function calibrationView(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof calibrationInputs.view>,
) {
  assertCalibrates(ctx, input.districtId);
  const { cityId, districtName, settings, people } = await districtGrades(
    deps.prisma,
    input.month,
    input.districtId,
  );
  const key = { cityId, month: input.month, districtId: input.districtId };
  const [moves, lock, month] = await Promise.all([
    deps.prisma.calibrationMove.findMany({ where: key, orderBy: [{ at: 'desc' }, { id: 'asc' }] }),
    deps.prisma.calibrationLock.findUnique({ where: { cityId_month_districtId: key } }),
    deps.prisma.performanceMonth.findUnique({ where: { cityId_month: { cityId, month: input.month } } }),
  ]);
  return {
    month: input.month,
    districtId: input.districtId,
    districtName,
    ...settings,
    distribution: distributionOf(
      people.map((person) => person.grade),
      settings.guideline,
    ),
    people: people.map(({ card, proposed, grade }) => ({
      scorecardId: card.id,
      personName: card.personName,
      staffNo: card.staffNo,
      hallName: card.hallName,
      role: card.role,
      status: card.status,
      final: card.final,
      bandGrade: card.grade as Grade,
      proposedGrade: proposed,
      grade,
    })),
    moves: moves.map((move) => ({
      id: move.id,
      personName: move.personName,
      fromGrade: move.fromGrade as Grade,
      toGrade: move.toGrade as Grade,
      reason: move.reason,
      byName: move.byName,
      at: move.at,
    })),
    locked: lock ? { byName: lock.lockedByName, at: lock.lockedAt } : null,
    signedOff: month?.status === 'SIGNED_OFF',
  };
}

async function assertUnlocked(
  tx: Prisma.TransactionClient,
  key: { cityId: string; month: string; districtId: string },
  districtName: string,
) {
  const lock = await tx.calibrationLock.findUnique({ where: { cityId_month_districtId: key } });
  if (lock) throw calibrationErrors.locked({ district: districtName, month: key.month });
}

export async function moveGrade(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof calibrationInputs.move>,
) {
  const card = await deps.prisma.scorecard.findUnique({ where: { id: input.scorecardId } });
  if (!card?.districtId || !can(ctx.actor, 'performance.calibrate', { orgNodeId: card.districtId }))
    throw calibrationErrors.cardNotFound();
  const key = { cityId: card.cityId, month: card.month, districtId: card.districtId };
  await deps.prisma.$transaction(async (tx) => {
    await openMonthOrFail(tx, card.cityId, card.month);
    await assertUnlocked(tx, key, card.districtName ?? '');
    const { people } = await districtGrades(tx, card.month, card.districtId!);
    const from = people.find((person) => person.card.id === card.id)!.grade;
    if (from === input.grade) throw calibrationErrors.sameGrade();
    await tx.scorecard.update({ where: { id: card.id }, data: { calibratedGrade: input.grade } });
    await tx.calibrationMove.create({
      data: {
        ...key,
        scorecardId: card.id,
        personName: card.personName,
        fromGrade: from,
        toGrade: input.grade,
        reason: input.reason,
        byId: ctx.actor.personId,
        byName: ctx.actor.name,
        at: deps.now(),
      },
    });
  });
  return calibrationView(deps, ctx, { month: card.month, districtId: card.districtId });
}

/** Fixes every grade of the district as calibrated (the proposal where nobody moved it); no moves after. */
export async function lockDistrict(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof calibrationInputs.lock>,
) {
  assertCalibrates(ctx, input.districtId);
  const { cityId, districtName } = await districtGrades(deps.prisma, input.month, input.districtId);
  const key = { cityId, month: input.month, districtId: input.districtId };
  await deps.prisma.$transaction(async (tx) => {
    await openMonthOrFail(tx, cityId, input.month);
    await assertUnlocked(tx, key, districtName);
    const { people } = await districtGrades(tx, input.month, input.districtId);
    for (const { card, grade } of people)
      if (card.calibratedGrade !== grade)
        await tx.scorecard.update({ where: { id: card.id }, data: { calibratedGrade: grade } });
    await tx.calibrationLock.create({
      data: { ...key, lockedById: ctx.actor.personId, lockedByName: ctx.actor.name, lockedAt: deps.now() },
    });
  });
  return calibrationView(deps, ctx, input);
}
