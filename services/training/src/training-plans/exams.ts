// A plan's targeted exams (考核考试, #11's closed loop): the exams that test what the plan trains, so the loop board
// counts a hall as tested by them and no other exam. The plan's keeper links them, and so does the trainer who runs
// exams over the plan's unit (they set the exam); both only exams they can see, checked by the pure rule in
// targeted-exam.ts. A closed plan keeps its links. Link and unlink are idempotent; every refusal writes nothing.
import { MAX_PLAN_EXAMS, trainingPlansErrors, type ExamTarget } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import { visibleExams } from '../exams/exam-access.ts';
import { linksExamsOf, type PlansCtx } from './access.ts';
import { EXAM_COLUMNS, planExams, readablePlan } from './plans.ts';
import { examMonthsOf, targetedExamRefusal } from './targeted-exam.ts';

async function linkablePlan(deps: TrainingDeps, ctx: PlansCtx, planId: string) {
  const plan = await readablePlan(deps, ctx, planId);
  if (!linksExamsOf(ctx.actor, plan)) throw trainingPlansErrors.examLinkDenied();
  return plan;
}

/** The exams the caller may link: visible to them, of the city, in the plan's months, passing the rule. */
export async function eligibleExams(deps: TrainingDeps, ctx: PlansCtx, planId: string) {
  const plan = await linkablePlan(deps, ctx, planId);
  const [exams, linked] = await Promise.all([
    deps.prisma.exam.findMany({
      where: {
        AND: [
          { cityId: plan.cityId, month: { in: examMonthsOf(plan) }, status: { not: 'CANCELLED' } },
          visibleExams(ctx.actor),
        ],
      },
      select: { ...EXAM_COLUMNS, orgNodeId: true, target: true },
      orderBy: [{ opensAt: 'asc' }, { title: 'asc' }],
      take: 200,
    }),
    deps.prisma.trainingPlanExam.findMany({ where: { planId }, select: { examId: true } }),
  ]);
  const linkedIds = new Set(linked.map((l) => l.examId));
  return exams
    .filter((exam) => targetedExamRefusal(plan, { ...exam, target: exam.target as ExamTarget }) === null)
    .map((exam) => ({
      id: exam.id,
      title: exam.title,
      kind: exam.kind,
      month: exam.month,
      status: exam.status,
      opensAt: exam.opensAt,
      closesAt: exam.closesAt,
      linked: linkedIds.has(exam.id),
    }));
}

export async function linkExam(deps: TrainingDeps, ctx: PlansCtx, input: { planId: string; examId: string }) {
  const plan = await linkablePlan(deps, ctx, input.planId);
  if (plan.status === 'DONE') throw trainingPlansErrors.notEditable();
  const exam = await deps.prisma.exam.findFirst({
    where: { AND: [{ id: input.examId }, visibleExams(ctx.actor)] },
  });
  if (!exam || exam.cityId !== plan.cityId) throw trainingPlansErrors.examNotFound({}, 'examId');
  const refusal = targetedExamRefusal(plan, { ...exam, target: exam.target as ExamTarget });
  if (refusal === 'examOutsideMonth') {
    const [month, next] = examMonthsOf(plan);
    throw trainingPlansErrors.examOutsideMonth({ month, next }, 'examId');
  }
  if (refusal) throw trainingPlansErrors[refusal]({}, 'examId');
  await deps.prisma.$transaction(async (tx) => {
    // Claims the open plan first, so a close at the same moment either comes before (refused) or after the link.
    const open = await tx.trainingPlan.updateMany({
      where: { id: plan.id, status: { not: 'DONE' } },
      data: { updatedAt: deps.now() },
    });
    if (open.count === 0) throw trainingPlansErrors.notEditable();
    const links = await tx.trainingPlanExam.findMany({
      where: { planId: plan.id },
      select: { examId: true },
    });
    if (links.some((l) => l.examId === exam.id)) return;
    if (links.length >= MAX_PLAN_EXAMS) throw trainingPlansErrors.tooManyExams({ max: MAX_PLAN_EXAMS });
    await tx.trainingPlanExam.create({
      data: { planId: plan.id, examId: exam.id, linkedById: ctx.actor.personId, linkedAt: deps.now() },
    });
  });
  return planExams(deps, plan.id);
}

export async function unlinkExam(
  deps: TrainingDeps,
  ctx: PlansCtx,
  input: { planId: string; examId: string },
) {
  const plan = await linkablePlan(deps, ctx, input.planId);
  await deps.prisma.$transaction(async (tx) => {
    const open = await tx.trainingPlan.updateMany({
      where: { id: plan.id, status: { not: 'DONE' } },
      data: { updatedAt: deps.now() },
    });
    if (open.count === 0) throw trainingPlansErrors.notEditable();
    await tx.trainingPlanExam.deleteMany({ where: { planId: plan.id, examId: input.examId } });
  });
  return planExams(deps, plan.id);
}
