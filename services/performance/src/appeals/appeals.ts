// `performance.appeals` (申诉): the person files an appeal on a line of their assessed scorecard within the city's
// window; the superior records the interview (面谈, a 表9 record in the forms area) and accepts — an adjustment through the scorecards' own
// adjustment code — or rejects. Every step is appended to the appeal's history; every write runs under the
// month's lock and is refused once the city has signed the month off.
import { appealsErrors, type appealInputs } from '@duda/contract-performance';
import { skipTake } from '@duda/service-kit';
import type { z } from 'zod';
import { citySettingsOf } from '../calibration/settings.ts';
import type { PerformanceDeps } from '../deps.ts';
import { checkFiling, decisionPoints, nextStatus } from '../domain/appeal.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { fileInterviewRecord } from '../ports/forms-records.ts';
import type { Ctx } from '../ports/org-directory.ts';
import { addAdjustment } from '../scorecards/scorecards.ts';
import { openMonthOrFail } from '../scorecards/write.ts';
import { assertDecider, readableAppeals } from './access.ts';
import { appealDetail, appealSummary } from './views.ts';

type Input<K extends keyof typeof appealInputs> = z.infer<(typeof appealInputs)[K]>;

const FORMS_CALL_MS = 20_000;

const step = (
  ctx: Ctx,
  status: Prisma.AppealStepCreateWithoutAppealInput['status'],
  note: string,
  at: Date,
) => ({
  status,
  note,
  byId: ctx.actor.personId,
  byName: ctx.actor.name,
  at,
});

export async function fileAppeal(deps: PerformanceDeps, ctx: Ctx, input: Input<'file'>) {
  const card = await deps.prisma.scorecard.findFirst({
    where: { id: input.scorecardId, personId: ctx.actor.personId },
    include: { lines: { select: { kpiId: true, kpiName: true } } },
  });
  if (!card) throw appealsErrors.ownOnly();
  const line = card.lines.find((one) => one.kpiId === input.kpiId);
  if (!line) throw appealsErrors.lineNotFound({}, 'kpiId');
  const { appealWindowDays } = await citySettingsOf(deps.prisma, card.cityId);
  const now = deps.now();
  const id = await deps.prisma.$transaction(async (tx) => {
    await openMonthOrFail(tx, card.cityId, card.month);
    const onLine = await tx.appeal.findMany({
      where: { scorecardId: card.id, kpiId: line.kpiId },
      select: { status: true },
    });
    checkFiling({
      shownAt: card.status === 'ASSESSED' ? card.assessedAt : null,
      now,
      windowDays: appealWindowDays,
      lineStatuses: onLine.map((one) => one.status),
    });
    const appeal = await tx.appeal.create({
      data: {
        scorecardId: card.id,
        kpiId: line.kpiId,
        kpiName: line.kpiName,
        cityId: card.cityId,
        month: card.month,
        personId: card.personId,
        personName: card.personName,
        role: card.role,
        hallId: card.hallId,
        hallName: card.hallName,
        districtId: card.districtId,
        reason: input.reason,
        evidence: input.evidence,
        filedAt: now,
        steps: { create: step(ctx, 'FILED', input.reason, now) },
      },
    });
    return appeal.id;
  });
  return getAppeal(deps, ctx, id);
}

export async function listAppeals(deps: PerformanceDeps, ctx: Ctx, input: Input<'list'>) {
  const where: Prisma.AppealWhereInput = {
    AND: [
      readableAppeals(ctx, input.scope),
      input.month ? { month: input.month } : {},
      input.status ? { status: input.status } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    deps.prisma.appeal.findMany({ where, orderBy: [{ filedAt: 'desc' }, { id: 'asc' }], ...skipTake(input) }),
    deps.prisma.appeal.count({ where }),
  ]);
  return {
    items: rows.map((row) => appealSummary(ctx, row)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** The appeals of one scorecard the caller may read: the scorecard page marks its lines with them. */
export async function appealsOfScorecard(deps: PerformanceDeps, ctx: Ctx, scorecardId: string) {
  const rows = await deps.prisma.appeal.findMany({
    where: { AND: [readableAppeals(ctx, 'all'), { scorecardId }] },
    orderBy: { filedAt: 'asc' },
  });
  return rows.map((row) => appealSummary(ctx, row));
}

async function readable(deps: PerformanceDeps, ctx: Ctx, id: string) {
  const row = await deps.prisma.appeal.findFirst({
    where: { AND: [readableAppeals(ctx, 'all'), { id }] },
    include: { steps: { orderBy: [{ at: 'asc' }, { status: 'asc' }] } },
  });
  if (!row) throw appealsErrors.notFound();
  return row;
}

export async function getAppeal(deps: PerformanceDeps, ctx: Ctx, id: string) {
  const row = await readable(deps, ctx, id);
  const adjustment = row.adjustmentId
    ? await deps.prisma.scorecardAdjustment.findUnique({
        where: { id: row.adjustmentId },
        select: { points: true, reason: true },
      })
    : null;
  return appealDetail(ctx, { ...row, adjustment });
}

/** The appeal as it stands under the month's lock (another superior may have moved it on meanwhile). */
async function lockedAppeal(
  tx: Prisma.TransactionClient,
  appeal: { id: string; cityId: string; month: string },
) {
  await openMonthOrFail(tx, appeal.cityId, appeal.month);
  return tx.appeal.findUniqueOrThrow({ where: { id: appeal.id } });
}

/**
 * 面谈: the superior files the staff conversation record (表9) in the forms area, as themself, and the appeal keeps
 * its id and fields. Filed under the month's lock once the appeal is checked to be waiting for it, so two superiors
 * at once file one record; if forms refuses or cannot be reached, the transaction ends and the appeal is unchanged.
 */
export async function recordInterview(deps: PerformanceDeps, ctx: Ctx, input: Input<'interview'>) {
  const appeal = await readable(deps, ctx, input.id);
  assertDecider(ctx, appeal);
  const now = deps.now();
  await deps.prisma.$transaction(
    async (tx) => {
      const fresh = await lockedAppeal(tx, appeal);
      const status = nextStatus(fresh.status, 'INTERVIEW');
      const recordId = await fileInterviewRecord(deps.forms, ctx, {
        hall: { id: appeal.hallId, name: appeal.hallName },
        staff: { id: appeal.personId, name: appeal.personName },
        ...input.interview,
      });
      await tx.appeal.update({
        where: { id: appeal.id },
        data: {
          status,
          interview: { ...input.interview, byName: ctx.actor.name },
          interviewRecordId: recordId,
          steps: { create: step(ctx, 'INTERVIEWED', input.interview.topic, now) },
        },
      });
    },
    // The forms call runs inside: over HTTP it may take longer than Prisma's default 5 s.
    { timeout: FORMS_CALL_MS },
  );
  return getAppeal(deps, ctx, appeal.id);
}

/** The decision: accepted appeals become an adjustment of the scorecard (加减分), rejected ones change nothing. */
export async function decideAppeal(deps: PerformanceDeps, ctx: Ctx, input: Input<'decide'>) {
  const appeal = await readable(deps, ctx, input.id);
  assertDecider(ctx, appeal);
  const points = decisionPoints(input.accept, input.points);
  const { bands } = await citySettingsOf(deps.prisma, appeal.cityId);
  const now = deps.now();
  await deps.prisma.$transaction(async (tx) => {
    const fresh = await lockedAppeal(tx, appeal);
    const status = nextStatus(fresh.status, input.accept ? 'ACCEPT' : 'REJECT');
    const adjustmentId =
      points === null
        ? null
        : await addAdjustment(
            tx,
            appeal.scorecardId,
            { points, reason: `申诉受理（${appeal.kpiName}）：${input.reason}`, by: ctx.actor },
            bands,
          );
    await tx.appeal.update({
      where: { id: appeal.id },
      data: {
        status,
        decisionReason: input.reason,
        adjustmentId,
        steps: { create: step(ctx, status, input.reason, now) },
      },
    });
  });
  return getAppeal(deps, ctx, appeal.id);
}
