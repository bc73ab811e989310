// Who may see and run an exam. The trainer holds exams for the org nodes in their scope (docs/domain.md: the
// trainers run exams; supervisors read results) — a district supervisor reads their district's exams but does not
// hold one. Readers (training.read) see published exams held for their org, or with candidates in it.
import { can, scopeOf, type Actor } from '@duda/authz';
import { examsErrors } from '@duda/contract-training';
import type { CallerContext } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';

export type ExamCtx = CallerContext & { actor: Actor };

/** Exams the caller may see: all they hold; published (or cancelled) ones of their org or their people. */
export function visibleExams(actor: Actor): Prisma.ExamWhereInput {
  const managed = scopeOf(actor, 'training.exam.manage').orgNodeIds;
  const read = scopeOf(actor, 'training.read').orgNodeIds;
  return {
    OR: [
      { orgNodeId: { in: managed } },
      {
        status: { not: 'DRAFT' },
        OR: [{ orgNodeId: { in: read } }, { candidates: { some: { orgNodeId: { in: read } } } }],
      },
    ],
  };
}

/** The org nodes whose candidates the caller may see within an exam they can see. */
export const candidateScope = (actor: Actor): string[] => [
  ...new Set([
    ...scopeOf(actor, 'training.exam.manage').orgNodeIds,
    ...scopeOf(actor, 'training.read').orgNodeIds,
  ]),
];

export const managesExam = (actor: Actor, exam: { orgNodeId: string }) =>
  can(actor, 'training.exam.manage', { orgNodeId: exam.orgNodeId });

export async function examOrFail(deps: TrainingDeps, ctx: ExamCtx, id: string) {
  const exam = await deps.prisma.exam.findFirst({ where: { AND: [{ id }, visibleExams(ctx.actor)] } });
  if (exam) return exam;
  const exists = await deps.prisma.exam.count({ where: { id } });
  throw exists ? examsErrors.readDenied() : examsErrors.notFound();
}

export async function managedExamOrFail(deps: TrainingDeps, ctx: ExamCtx, id: string) {
  const exam = await examOrFail(deps, ctx, id);
  if (!managesExam(ctx.actor, exam)) throw examsErrors.manageDenied();
  return exam;
}
