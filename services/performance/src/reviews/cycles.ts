// Review cycles (评估周期), run by the city supervisor and HR: the questionnaire, the minimums, the steps.
import { cycleStatusTerms, reviewsErrors, type reviewInputs } from '@duda/contract-performance';
import { skipTake } from '@duda/service-kit';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import {
  candidatesOf,
  cycleSummary,
  managedCity,
  managedCycle,
  managedNodes,
  minimumsOf,
  questionsOf,
  standingFor,
  type Ctx,
} from './access.ts';
import { canAdvance, isEditable, questionnaire } from './domain/cycle-rules.ts';
import { progressOf } from './progress.ts';

type Inputs = typeof reviewInputs.cycles;

export async function listCycles(deps: PerformanceDeps, ctx: Ctx, input: z.infer<Inputs['list']>) {
  const where = {
    cityId: { in: [...managedNodes(ctx.actor)] },
    ...(input.status ? { status: input.status } : {}),
  };
  const [cycles, total] = await Promise.all([
    deps.prisma.reviewCycle.findMany({
      where,
      // By what the managers set, never by creation (ids are random, creation times the database's).
      orderBy: [{ dueAt: 'desc' }, { title: 'asc' }, { id: 'asc' }],
      include: { _count: { select: { subjects: true } } },
      ...skipTake(input),
    }),
    deps.prisma.reviewCycle.count({ where }),
  ]);
  const items = cycles.map(({ _count, ...cycle }) => ({
    ...cycleSummary(cycle),
    cityName: cycle.cityName,
    subjects: _count.subjects,
  }));
  return { items, total, page: input.page, pageSize: input.pageSize };
}

/** A cycle for its managers: settings, and per person under review how far the rating has come. */
export async function getCycle(deps: PerformanceDeps, ctx: Ctx, id: string) {
  const cycle = await managedCycle(deps, ctx, id);
  const subjects = await deps.prisma.reviewSubject.findMany({
    where: { cycleId: id },
    orderBy: [{ staffNo: 'asc' }, { id: 'asc' }],
    include: { raters: { select: { perspective: true, status: true } } },
  });
  return {
    ...cycleSummary(cycle),
    cityName: cycle.cityName,
    questions: questionsOf(cycle),
    minimums: minimumsOf(cycle),
    subjects: subjects.map((s) => ({
      id: s.id,
      personId: s.personId,
      personName: s.personName,
      staffNo: s.staffNo,
      hallName: s.hallName,
      candidates: candidatesOf(s).length,
      // Who has answered is never shown to the rated person nor their superior, even when they also manage.
      progress: standingFor(ctx, cycle, s) === 'MANAGER' ? progressOf(s.raters) : null,
    })),
  };
}

const fields = (input: z.infer<Inputs['create']>) => ({
  title: input.title,
  periodKind: input.periodKind,
  period: input.period,
  questions: questionnaire(input.questions.map((q) => q.text)) as object[],
  minSuperior: input.minimums.SUPERIOR,
  minPeer: input.minimums.PEER,
  minSubordinate: input.minimums.SUBORDINATE,
  dueAt: input.dueAt,
});

export async function createCycle(deps: PerformanceDeps, ctx: Ctx, input: z.infer<Inputs['create']>) {
  const city = managedCity(ctx.actor);
  const cycle = await deps.prisma.reviewCycle.create({
    data: { ...fields(input), cityId: city.id, cityName: city.name, createdById: ctx.actor.personId },
  });
  return { id: cycle.id };
}

export async function updateCycle(deps: PerformanceDeps, ctx: Ctx, input: z.infer<Inputs['update']>) {
  const cycle = await managedCycle(deps, ctx, input.id);
  const changed = await deps.prisma.reviewCycle.updateMany({
    where: { id: cycle.id, status: 'DRAFT' },
    data: fields(input),
  });
  if (changed.count === 0 || !isEditable(cycle.status))
    throw reviewsErrors.wrongStatus({ status: cycleStatusTerms.term(cycle.status) });
  return { id: cycle.id };
}

export async function advanceCycle(deps: PerformanceDeps, ctx: Ctx, input: z.infer<Inputs['advance']>) {
  const cycle = await managedCycle(deps, ctx, input.id);
  if (!canAdvance(cycle.status, input.to))
    throw reviewsErrors.wrongStatus({ status: cycleStatusTerms.term(cycle.status) });
  if (input.to === 'OPEN' && (await deps.prisma.reviewSubject.count({ where: { cycleId: cycle.id } })) === 0)
    throw reviewsErrors.subjectsRequired();
  const changed = await deps.prisma.reviewCycle.updateMany({
    where: { id: cycle.id, status: cycle.status },
    data: { status: input.to, ...(input.to === 'RELEASED' ? { releasedAt: deps.now() } : {}) },
  });
  if (changed.count === 0) throw reviewsErrors.wrongStatus({ status: cycleStatusTerms.term(cycle.status) });
  return { id: cycle.id, status: input.to };
}
