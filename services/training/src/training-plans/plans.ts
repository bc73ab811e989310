// A plan's life: listed and read in scope, its topics edited by its keeper, published once it has sessions
// (DRAFT → PUBLISHED), closed when the month is done (PUBLISHED → DONE). Status moves are conditional updates, so
// two clicks cannot both move it.
import { trainingPlansErrors, type PlanTopic, type TrainingPlanStatus } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import type { TrainingPlan } from '../generated/prisma/client.ts';
import { assertKeepsPlanOf, keepsPlanOf, linksExamsOf, plansInScope, type PlansCtx } from './access.ts';

/** What a plan's pages show of an exam it links (or may link) as its targeted exam. */
export const EXAM_COLUMNS = {
  id: true,
  title: true,
  kind: true,
  month: true,
  status: true,
  opensAt: true,
  closesAt: true,
} as const;

const byOpening = <T extends { opensAt: Date; title: string }>(a: T, b: T) =>
  a.opensAt.getTime() - b.opensAt.getTime() || a.title.localeCompare(b.title);

/** The plan's targeted exams (考核考试), earliest first. */
export async function planExams(deps: TrainingDeps, planId: string) {
  const links = await deps.prisma.trainingPlanExam.findMany({
    where: { planId },
    include: { exam: { select: EXAM_COLUMNS } },
  });
  return links.map((link) => link.exam).sort(byOpening);
}

export async function listPlans(
  deps: TrainingDeps,
  ctx: PlansCtx,
  input: {
    month?: string | null;
    level?: string | null;
    orgNodeId?: string | null;
    status?: TrainingPlanStatus | null;
  },
) {
  const rows = await deps.prisma.trainingPlan.findMany({
    where: {
      ...plansInScope(ctx.actor),
      ...(input.month ? { month: input.month } : {}),
      ...(input.level ? { level: input.level } : {}),
      ...(input.orgNodeId ? { orgNodeId: input.orgNodeId } : {}),
      ...(input.status ? { status: input.status } : {}),
    },
    orderBy: [{ month: 'desc' }, { orgPath: 'asc' }],
    take: 500,
    include: {
      _count: { select: { sessions: true } },
      exams: { select: { exam: { select: { id: true, title: true, month: true, opensAt: true } } } },
    },
  });
  return rows.map(({ _count, topics, exams, ...plan }) => ({
    ...plan,
    topicCount: (topics as PlanTopic[]).length,
    sessionCount: _count.sessions,
    /** The targeted exams (考核考试): the loop board counts the unit as tested by these only. */
    exams: exams
      .map(({ exam }) => exam)
      .sort(byOpening)
      .map(({ id, title, month }) => ({ id, title, month })),
    mine: keepsPlanOf(ctx.actor, plan.orgNodeId),
  }));
}

/** The plan if the caller reads it; one outside their scope is not found. */
export async function readablePlan(deps: TrainingDeps, ctx: PlansCtx, id: string): Promise<TrainingPlan> {
  const plan = await deps.prisma.trainingPlan.findFirst({ where: { id, ...plansInScope(ctx.actor) } });
  if (!plan) throw trainingPlansErrors.notFound();
  return plan;
}

/** The plan for its keeper to change: found in scope, kept by the caller, not closed. */
export async function keptPlan(deps: TrainingDeps, ctx: PlansCtx, id: string): Promise<TrainingPlan> {
  const plan = await readablePlan(deps, ctx, id);
  assertKeepsPlanOf(ctx.actor, plan.orgNodeId);
  if (plan.status === 'DONE') throw trainingPlansErrors.notEditable();
  return plan;
}

export async function getPlan(deps: TrainingDeps, ctx: PlansCtx, id: string) {
  const plan = await readablePlan(deps, ctx, id);
  const [sessions, exams] = await Promise.all([
    deps.prisma.trainingSession.findMany({
      where: { planId: id },
      orderBy: { startsAt: 'asc' },
      include: { attendance: { orderBy: { staffNo: 'asc' } } },
    }),
    planExams(deps, id),
  ]);
  return {
    ...plan,
    topics: plan.topics as PlanTopic[],
    sessions,
    exams,
    mine: keepsPlanOf(ctx.actor, plan.orgNodeId),
    /** The caller links and unlinks its targeted exams (its keeper, or the trainer over its unit). */
    linksExams: linksExamsOf(ctx.actor, plan),
  };
}

/** New topics; sessions keep only the topics still in the plan. */
export async function saveTopics(
  deps: TrainingDeps,
  ctx: PlansCtx,
  input: { id: string; topics: PlanTopic[] },
) {
  await keptPlan(deps, ctx, input.id);
  const keys = new Set(input.topics.map((t) => t.key));
  const topics = input.topics.filter((t, i) => input.topics.findIndex((u) => u.key === t.key) === i);
  await deps.prisma.$transaction(async (tx) => {
    const updated = await tx.trainingPlan.updateMany({
      where: { id: input.id, status: { not: 'DONE' } },
      data: { topics },
    });
    if (updated.count === 0) throw trainingPlansErrors.notEditable();
    for (const session of await tx.trainingSession.findMany({ where: { planId: input.id } }))
      if (session.topicKeys.some((k) => !keys.has(k)))
        await tx.trainingSession.update({
          where: { id: session.id },
          data: { topicKeys: session.topicKeys.filter((k) => keys.has(k)) },
        });
  });
  return getPlan(deps, ctx, input.id);
}

async function move(
  deps: TrainingDeps,
  ctx: PlansCtx,
  id: string,
  from: TrainingPlanStatus,
  to: TrainingPlanStatus,
  stamp: 'publishedAt' | 'closedAt',
) {
  const plan = await readablePlan(deps, ctx, id);
  assertKeepsPlanOf(ctx.actor, plan.orgNodeId);
  if (to === 'PUBLISHED' && (await deps.prisma.trainingSession.count({ where: { planId: id } })) === 0)
    throw trainingPlansErrors.noSessions();
  const moved = await deps.prisma.trainingPlan.updateMany({
    where: { id, status: from },
    data: { status: to, [stamp]: deps.now() },
  });
  if (moved.count === 0) throw trainingPlansErrors.wrongStatus();
  return getPlan(deps, ctx, id);
}

export const publishPlan = (deps: TrainingDeps, ctx: PlansCtx, id: string) =>
  move(deps, ctx, id, 'DRAFT', 'PUBLISHED', 'publishedAt');

export const closePlan = (deps: TrainingDeps, ctx: PlansCtx, id: string) =>
  move(deps, ctx, id, 'PUBLISHED', 'DONE', 'closedAt');
