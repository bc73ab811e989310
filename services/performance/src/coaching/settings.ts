// The city's coaching thresholds (辅导门槛): one row per city (CoachingSetting), the contract's defaults until the
// city supervisor saves its own. They select from the results as shown; nothing stored changes with them.
import {
  coachingErrors,
  DEFAULT_COACHING_THRESHOLDS,
  type CoachingThresholds,
  type coachingInputs,
  type Grade,
} from '@duda/contract-performance';
import { currentMonth, previousMonth } from '@duda/month';
import { assertCan } from '@duda/service-kit';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';
import type { PerformancePrisma } from '../prisma.ts';
import { coachedHalls } from './access.ts';
import { flaggedCounts } from './preview-counts.ts';

export async function thresholdsOf(prisma: PerformancePrisma, cityId: string): Promise<CoachingThresholds> {
  const row = await prisma.coachingSetting.findUnique({ where: { cityId } });
  return row ? { lowScore: row.lowScore, improveBy: row.improveBy } : DEFAULT_COACHING_THRESHOLDS;
}

/** Everyone in the city reads them (a supervisor's page says what it selects by). */
export async function coachingSettings(deps: PerformanceDeps, ctx: Ctx) {
  return thresholdsOf(deps.prisma, (await cityOf(deps.org, ctx)).id);
}

export async function saveCoachingSettings(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof coachingInputs.saveSettings>,
) {
  const city = await cityOf(deps.org, ctx);
  assertCan(ctx.actor, 'performance.scheme.manage', { orgNodeId: city.id }, coachingErrors.settingsDenied);
  const row = { ...input, updatedAt: deps.now(), updatedByName: ctx.actor.name };
  await deps.prisma.coachingSetting.upsert({
    where: { cityId: city.id },
    create: { cityId: city.id, ...row },
    update: row,
  });
  return thresholdsOf(deps.prisma, city.id);
}

const shownOf = { personId: true, final: true, grade: true, calibratedGrade: true } as const;
const asShown = (card: { personId: string; final: number; grade: Grade; calibratedGrade: Grade | null }) => ({
  personId: card.personId,
  final: card.final,
  grade: card.calibratedGrade ?? card.grade,
});

/**
 * How many people of the last closed month (the one the coaching page opens on) `thresholds` would list, in the
 * halls the caller coaches and as the coaching page counts them (never the caller's own result); nothing is saved.
 */
export async function previewCoachingSettings(
  deps: PerformanceDeps,
  ctx: Ctx,
  thresholds: CoachingThresholds,
) {
  const halls = coachedHalls(ctx);
  const city = await cityOf(deps.org, ctx);
  const month = previousMonth(currentMonth(deps.now()));
  const inScope = { cityId: city.id, hallId: { in: halls }, personId: { not: ctx.actor.personId } };
  const cards = await deps.prisma.scorecard.findMany({
    where: { ...inScope, month, status: 'ASSESSED' },
    select: shownOf,
  });
  const before = await deps.prisma.scorecard.findMany({
    where: {
      month: previousMonth(month),
      personId: { in: cards.map((card) => card.personId) },
      status: 'ASSESSED',
    },
    select: shownOf,
  });
  return { month, ...flaggedCounts(cards.map(asShown), before.map(asShown), thresholds) };
}
