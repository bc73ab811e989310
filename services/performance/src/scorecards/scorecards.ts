// `performance.scorecards`: reading scorecards in scope, the person's self-assessment (自评), the superior's
// assessment (上级评: the figures performance keeps itself, and a comment) and adjustments (加减分) with a reason —
// each a separate record, the computed figure untouched. Nothing changes in a signed-off month.
import { scorecardsErrors, type scorecardInputs, type KpiRule } from '@duda/contract-performance';
import { skipTake, type Page } from '@duda/service-kit';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { scoreCard } from '../domain/scorecard.ts';
import { checkManualPoints } from '../domain/validation.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Ctx } from '../ports/org-directory.ts';
import { assertSuperior, readableScorecards } from './access.ts';
import { gradeBandsOf } from './grade-settings.ts';
import { satisfactionImported } from '../imports/satisfaction.ts';
import { isEntered } from './run.ts';
import { listFilter } from './list-filter.ts';
import { cardDetail, cardSummary } from './views.ts';
import { openMonthOrFail } from './write.ts';

const detail = {
  lines: { orderBy: { position: 'asc' } },
  adjustments: { orderBy: { createdAt: 'asc' } },
} as const;

export async function listScorecards(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof scorecardInputs.list>,
): Promise<Page<ReturnType<typeof cardSummary>>> {
  const where: Prisma.ScorecardWhereInput = {
    AND: [await readableScorecards(deps.prisma, ctx), ...listFilter(ctx.actor.personId, input)],
  };
  const [rows, total] = await Promise.all([
    deps.prisma.scorecard.findMany({
      where,
      orderBy: [{ hallName: 'asc' }, { staffNo: 'asc' }],
      ...skipTake(input),
    }),
    deps.prisma.scorecard.count({ where }),
  ]);
  return {
    items: rows.map((row) => cardSummary(ctx, row)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

async function readable(deps: PerformanceDeps, ctx: Ctx, id: string) {
  const row = await deps.prisma.scorecard.findFirst({
    where: { AND: [await readableScorecards(deps.prisma, ctx), { id }] },
    include: detail,
  });
  if (!row) throw scorecardsErrors.notFound();
  return row;
}

export async function getScorecard(deps: PerformanceDeps, ctx: Ctx, id: string) {
  return cardDetail(ctx, deps.evidenceGrant, await readable(deps, ctx, id));
}

export async function selfAssess(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof scorecardInputs.selfAssess>,
) {
  const card = await readable(deps, ctx, input.id);
  if (card.personId !== ctx.actor.personId) throw scorecardsErrors.selfOnly();
  await deps.prisma.$transaction(async (tx) => {
    await openMonthOrFail(tx, card.cityId, card.month);
    await tx.scorecard.update({
      where: { id: card.id },
      data: {
        selfComment: input.comment,
        selfAssessedAt: deps.now(),
        ...(card.status === 'COMPUTED' ? { status: 'SELF_ASSESSED' } : {}),
      },
    });
  });
  return getScorecard(deps, ctx, input.id);
}

/** Re-adds the lines and adjustments of a scorecard after a change, in the change's transaction. */
async function retotal(
  tx: Prisma.TransactionClient,
  id: string,
  bands: Awaited<ReturnType<typeof gradeBandsOf>>,
) {
  const card = await tx.scorecard.findUniqueOrThrow({ where: { id }, include: detail });
  const totals = scoreCard(
    {
      lines: card.lines.map((line) => ({ ...line, rule: line.rule as KpiRule })),
      adjustments: card.adjustments,
    },
    bands,
  );
  for (const [index, line] of card.lines.entries())
    if (line.points !== totals.linePoints[index])
      await tx.scorecardLine.update({
        where: { scorecardId_kpiId: { scorecardId: id, kpiId: line.kpiId } },
        data: { points: totals.linePoints[index]! },
      });
  await tx.scorecard.update({
    where: { id },
    data: {
      computed: totals.computed,
      adjustmentTotal: totals.adjustmentTotal,
      final: totals.final,
      grade: totals.grade,
    },
  });
}

export async function assess(deps: PerformanceDeps, ctx: Ctx, input: z.infer<typeof scorecardInputs.assess>) {
  const card = await readable(deps, ctx, input.id);
  assertSuperior(ctx, card);
  if (card.status === 'COMPUTED') throw scorecardsErrors.notSelfAssessed();
  for (const entry of input.values) {
    const line = card.lines.find((one) => one.kpiId === entry.kpiId);
    if (!line) throw scorecardsErrors.lineNotFound({}, 'values');
    const rule = line.rule as KpiRule;
    // 满意率 of a month with an import comes from the import (the next run would overwrite an entered figure).
    const imported =
      line.source === 'SATISFACTION_RATE' &&
      rule.kind !== 'MANUAL' &&
      (await satisfactionImported(deps.prisma, card.cityId, card.month));
    if (!isEntered({ source: line.source, rule }) || imported)
      throw scorecardsErrors.lineNotManual({ kpi: line.kpiName }, 'values');
    if (rule.kind === 'MANUAL') checkManualPoints(line.weight, entry.value);
  }
  const bands = await gradeBandsOf(deps.prisma, card.cityId);
  await deps.prisma.$transaction(async (tx) => {
    await openMonthOrFail(tx, card.cityId, card.month);
    for (const entry of input.values)
      await tx.scorecardLine.update({
        where: { scorecardId_kpiId: { scorecardId: card.id, kpiId: entry.kpiId } },
        data: {
          value: entry.value,
          enteredByName: ctx.actor.name,
          comment: entry.comment || null,
          evidence: [
            {
              kind: 'ENTERED',
              id: card.id,
              title: `${ctx.actor.name} 录入`,
              figure: entry.value,
              link: null,
            },
          ],
        },
      });
    await tx.scorecard.update({
      where: { id: card.id },
      data: {
        status: 'ASSESSED',
        assessorId: ctx.actor.personId,
        assessorName: ctx.actor.name,
        assessorComment: input.comment,
        assessedAt: deps.now(),
      },
    });
    await retotal(tx, card.id, bands);
  });
  return getScorecard(deps, ctx, input.id);
}

export async function adjust(deps: PerformanceDeps, ctx: Ctx, input: z.infer<typeof scorecardInputs.adjust>) {
  const card = await readable(deps, ctx, input.id);
  assertSuperior(ctx, card);
  const bands = await gradeBandsOf(deps.prisma, card.cityId);
  await deps.prisma.$transaction(async (tx) => {
    await openMonthOrFail(tx, card.cityId, card.month);
    await addAdjustment(tx, card.id, { points: input.points, reason: input.reason, by: ctx.actor }, bands);
  });
  return getScorecard(deps, ctx, input.id);
}

/**
 * 加减分 inside the caller's transaction, the month already checked open: the record, then the totals again. The one
 * way an adjustment is written (an accepted appeal too, src/appeals); returns the record's id.
 */
export async function addAdjustment(
  tx: Prisma.TransactionClient,
  scorecardId: string,
  adjustment: { points: number; reason: string; by: { personId: string; name: string } },
  bands: Awaited<ReturnType<typeof gradeBandsOf>>,
): Promise<string> {
  const row = await tx.scorecardAdjustment.create({
    data: {
      scorecardId,
      points: adjustment.points,
      reason: adjustment.reason,
      byId: adjustment.by.personId,
      byName: adjustment.by.name,
    },
  });
  await retotal(tx, scorecardId, bands);
  return row.id;
}
