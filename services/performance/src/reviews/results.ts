// 评估结果: aggregates per perspective and the comments without attribution (domain/aggregate.ts says what may
// show). The HR reviewer (the cycle's managers) reads them from the close on and withholds comments until the
// release; the rated person and their superior read them once released. Anyone else, and anyone before their
// time, is told the same "not released, or not yours" whether the person exists or not.
import { cycleStatusTerms, reviewsErrors, type reviewInputs } from '@duda/contract-performance';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { cycleSummary, minimumsOf, questionsOf, subjectFor, type Ctx } from './access.ts';
import { aggregate, visibleComments } from './domain/aggregate.ts';
import { canWithhold, resultsReadable } from './domain/cycle-rules.ts';

async function readableSubject(deps: PerformanceDeps, ctx: Ctx, subjectId: string) {
  const found = await subjectFor(deps, ctx, subjectId).catch(() => null);
  if (!found || !resultsReadable(found.standing, found.cycle.status)) throw reviewsErrors.resultsNotFound();
  return found;
}

export async function getResults(deps: PerformanceDeps, ctx: Ctx, subjectId: string) {
  const { subject, cycle, standing } = await readableSubject(deps, ctx, subjectId);
  const [scores, comments, own] = await Promise.all([
    deps.prisma.reviewScore.findMany({
      where: { subjectId },
      select: { perspective: true, questionKey: true, score: true },
    }),
    deps.prisma.reviewComment.findMany({ where: { subjectId } }),
    deps.prisma.reviewRater.findUnique({
      where: { subjectId_personId: { subjectId, personId: ctx.actor.personId } },
      select: { perspective: true, status: true },
    }),
  ]);
  const questions = questionsOf(cycle);
  const perspectives = aggregate({
    questions,
    scores,
    minimums: minimumsOf(cycle),
    viewerRatedIn: own?.status === 'SUBMITTED' ? own.perspective : null,
  });
  const reviewer = standing === 'MANAGER';
  const shownComments = visibleComments(comments, perspectives, reviewer ? 'REVIEWER' : 'READER');
  return {
    subject: {
      id: subject.id,
      personName: subject.personName,
      staffNo: subject.staffNo,
      hallName: subject.hallName,
    },
    cycle: cycleSummary(cycle),
    questions,
    perspectives,
    comments: shownComments.map((c) =>
      reviewer
        ? { id: c.id, questionKey: c.questionKey, text: c.text, withheld: c.withheld }
        : { id: null, questionKey: c.questionKey, text: c.text, withheld: false },
    ),
    canWithhold: reviewer && canWithhold(cycle.status),
  };
}

export async function withholdComment(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof reviewInputs.results.withhold>,
) {
  const { cycle, standing } = await readableSubject(deps, ctx, input.subjectId);
  if (standing !== 'MANAGER') throw reviewsErrors.manageDenied();
  if (!canWithhold(cycle.status))
    throw reviewsErrors.wrongStatus({ status: cycleStatusTerms.term(cycle.status) });
  const changed = await deps.prisma.reviewComment.updateMany({
    where: { id: input.commentId, subjectId: input.subjectId },
    data: { withheld: input.withheld },
  });
  if (changed.count === 0) throw reviewsErrors.commentNotFound();
  return { id: input.commentId, withheld: input.withheld };
}
