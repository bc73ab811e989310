// 改进计划: the superior makes a plan for a low performer of a shown month, records each action's follow-up, and
// closes it with an outcome. The person reads their own. One open plan per person, checked under the person's lock.
import { coachingErrors, type coachingInputs } from '@duda/contract-performance';
import { chinaDateOf } from '@duda/month';
import { skipTake } from '@duda/service-kit';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { lowPerformerReasons } from '../domain/coaching.ts';
import { checkNewPlan, nextPlanStatus } from '../domain/coaching-plan.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Ctx } from '../ports/org-directory.ts';
import { coaches, readablePlans } from './access.ts';
import { thresholdsOf } from './settings.ts';
import { planDetail, planSummary } from './views.ts';

type Input<K extends keyof typeof coachingInputs> = z.infer<(typeof coachingInputs)[K]>;

const withActions = { actions: { orderBy: { position: 'asc' } } } as const;

const lockPerson = (tx: Prisma.TransactionClient, personId: string) =>
  tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`performance:coaching:${personId}`}))::text AS locked`;

export async function createPlan(deps: PerformanceDeps, ctx: Ctx, input: Input<'createPlan'>) {
  const card = await deps.prisma.scorecard.findUnique({ where: { id: input.scorecardId } });
  if (!card) throw coachingErrors.scorecardNotFound();
  if (!coaches(ctx, card)) throw coachingErrors.coachDenied();
  const thresholds = await thresholdsOf(deps.prisma, card.cityId);
  const now = deps.now();
  const owners = new Map([
    [card.personId, card.personName],
    [ctx.actor.personId, ctx.actor.name],
  ]);
  const id = await deps.prisma.$transaction(async (tx) => {
    await lockPerson(tx, card.personId);
    const open = await tx.improvementPlan.count({ where: { personId: card.personId, status: 'OPEN' } });
    checkNewPlan({
      reasons: lowPerformerReasons(
        { final: card.final, grade: card.calibratedGrade ?? card.grade },
        thresholds,
      ),
      score: card.final,
      lowScore: thresholds.lowScore,
      shown: card.status === 'ASSESSED',
      hasOpenPlan: open > 0,
      today: chinaDateOf(now),
      actions: input.actions,
      owners: [...owners.keys()],
    });
    const plan = await tx.improvementPlan.create({
      data: {
        cityId: card.cityId,
        month: card.month,
        scorecardId: card.id,
        personId: card.personId,
        personName: card.personName,
        staffNo: card.staffNo,
        role: card.role,
        hallId: card.hallId,
        hallName: card.hallName,
        districtId: card.districtId,
        goal: input.goal,
        coachId: ctx.actor.personId,
        coachName: ctx.actor.name,
        createdAt: now,
        actions: {
          create: input.actions.map((action, position) => ({
            position,
            description: action.description,
            ownerId: action.ownerId,
            ownerName: owners.get(action.ownerId)!,
            followUpOn: action.followUpOn,
          })),
        },
      },
    });
    return plan.id;
  });
  return getPlan(deps, ctx, id);
}

export async function listPlans(deps: PerformanceDeps, ctx: Ctx, input: Input<'listPlans'>) {
  const where: Prisma.ImprovementPlanWhereInput = {
    AND: [readablePlans(ctx, input.scope), input.status ? { status: input.status } : {}],
  };
  const [rows, total] = await Promise.all([
    deps.prisma.improvementPlan.findMany({
      where,
      include: withActions,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      ...skipTake(input),
    }),
    deps.prisma.improvementPlan.count({ where }),
  ]);
  return {
    items: rows.map((row) => planSummary(ctx, row)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

async function readable(deps: PerformanceDeps, ctx: Ctx, id: string) {
  const row = await deps.prisma.improvementPlan.findFirst({
    where: { AND: [readablePlans(ctx, 'all'), { id }] },
    include: withActions,
  });
  if (!row) throw coachingErrors.planNotFound();
  return row;
}

export async function getPlan(deps: PerformanceDeps, ctx: Ctx, id: string) {
  return planDetail(ctx, await readable(deps, ctx, id));
}

/** The plan as it stands under the person's lock (another superior may have moved it on meanwhile). */
async function coachedPlan(deps: PerformanceDeps, ctx: Ctx, tx: Prisma.TransactionClient, id: string) {
  const plan = await readable(deps, ctx, id);
  if (!coaches(ctx, plan)) throw coachingErrors.coachDenied();
  await lockPerson(tx, plan.personId);
  return tx.improvementPlan.findUniqueOrThrow({ where: { id }, include: withActions });
}

/** 跟进: what happened on an action, once; the coach's to-do from its date on until then. */
export async function recordFollowUp(deps: PerformanceDeps, ctx: Ctx, input: Input<'followUp'>) {
  await deps.prisma.$transaction(async (tx) => {
    const plan = await coachedPlan(deps, ctx, tx, input.planId);
    const action = plan.actions.find((one) => one.id === input.actionId);
    if (!action) throw coachingErrors.actionNotFound({}, 'actionId');
    nextPlanStatus(plan.status, { kind: 'FOLLOW_UP', alreadyRecorded: action.followedUpAt !== null });
    await tx.improvementAction.update({
      where: { id: action.id },
      data: { followUpNote: input.note, followedUpAt: deps.now(), followedUpByName: ctx.actor.name },
    });
  });
  return getPlan(deps, ctx, input.planId);
}

/** 结案: improved or not (every follow-up recorded first), or the person moved on. */
export async function closePlan(deps: PerformanceDeps, ctx: Ctx, input: Input<'closePlan'>) {
  await deps.prisma.$transaction(async (tx) => {
    const plan = await coachedPlan(deps, ctx, tx, input.id);
    const status = nextPlanStatus(plan.status, {
      kind: 'CLOSE',
      outcome: input.outcome,
      followUpsOpen: plan.actions.filter((action) => !action.followedUpAt).length,
    });
    await tx.improvementPlan.update({
      where: { id: plan.id },
      data: { status, closedAt: deps.now(), closedByName: ctx.actor.name, closingNote: input.note },
    });
  });
  return getPlan(deps, ctx, input.id);
}
