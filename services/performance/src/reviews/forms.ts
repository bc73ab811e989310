// 我的评估 (the rater's forms): only the rater reads or writes their own. The draft autosaves; the submission
// writes the scores and comments as rows that name no rater and no time, and empties the draft, so what was
// answered cannot be traced back to the rater afterwards — not even by the rater.
import {
  cycleStatusTerms,
  reviewsErrors,
  type ReviewAnswer,
  type reviewInputs,
} from '@duda/contract-performance';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { cycleSummary, questionsOf, type Ctx } from './access.ts';
import { blankAnswers, checkAnswers } from './domain/answers.ts';
import { ratingOpen } from './domain/cycle-rules.ts';

type Inputs = typeof reviewInputs.forms;

/** The caller's own nominations that were approved: those to fill in and those already sent. */
export async function myForms(deps: PerformanceDeps, ctx: Ctx) {
  const rows = await deps.prisma.reviewRater.findMany({
    where: {
      personId: ctx.actor.personId,
      status: { in: ['APPROVED', 'SUBMITTED'] },
      subject: { cycle: { status: { not: 'DRAFT' } } },
    },
    include: { subject: { include: { cycle: true } } },
    orderBy: [{ subject: { cycle: { dueAt: 'asc' } } }, { staffNo: 'asc' }, { id: 'asc' }],
  });
  return rows.map((r) => ({
    id: r.id,
    perspective: r.perspective,
    state:
      r.status === 'SUBMITTED' ? ('SUBMITTED' as const) : r.draft ? ('DRAFT' as const) : ('TODO' as const),
    fillable: r.status === 'APPROVED' && ratingOpen(r.subject.cycle.status),
    subject: { personName: r.subject.personName, hallName: r.subject.hallName },
    cycle: cycleSummary(r.subject.cycle),
  }));
}

async function ownForm(deps: PerformanceDeps, ctx: Ctx, id: string) {
  const rater = await deps.prisma.reviewRater.findUnique({
    where: { id },
    include: { subject: { include: { cycle: true } } },
  });
  const own =
    rater?.personId === ctx.actor.personId && (rater.status === 'APPROVED' || rater.status === 'SUBMITTED');
  if (!rater || !own || rater.subject.cycle.status === 'DRAFT') throw reviewsErrors.formNotFound();
  return rater;
}

export async function getForm(deps: PerformanceDeps, ctx: Ctx, id: string) {
  const rater = await ownForm(deps, ctx, id);
  const { cycle } = rater.subject;
  const questions = questionsOf(cycle);
  const submitted = rater.status === 'SUBMITTED';
  return {
    id: rater.id,
    perspective: rater.perspective,
    submitted,
    fillable: !submitted && ratingOpen(cycle.status),
    subject: { personName: rater.subject.personName, hallName: rater.subject.hallName },
    cycle: cycleSummary(cycle),
    questions,
    answers: submitted
      ? blankAnswers(questions)
      : ((rater.draft as ReviewAnswer[] | null) ?? blankAnswers(questions)),
  };
}

async function fillableForm(deps: PerformanceDeps, ctx: Ctx, id: string) {
  const rater = await ownForm(deps, ctx, id);
  if (rater.status === 'SUBMITTED') throw reviewsErrors.alreadySubmitted();
  if (!ratingOpen(rater.subject.cycle.status))
    throw reviewsErrors.wrongStatus({ status: cycleStatusTerms.term(rater.subject.cycle.status) });
  return rater;
}

function checked(
  rater: { subject: { cycle: { questions: unknown } } },
  answers: ReviewAnswer[],
  complete: boolean,
) {
  const result = checkAnswers(questionsOf(rater.subject.cycle), answers, complete);
  if (!result.ok) throw reviewsErrors[result.problem]();
  return result.answers;
}

export async function saveForm(deps: PerformanceDeps, ctx: Ctx, input: z.infer<Inputs['save']>) {
  const rater = await fillableForm(deps, ctx, input.id);
  const answers = checked(rater, input.answers, false);
  await deps.prisma.reviewRater.updateMany({
    where: { id: rater.id, status: 'APPROVED' },
    data: { draft: answers as object[] },
  });
  return { id: rater.id };
}

export async function submitForm(deps: PerformanceDeps, ctx: Ctx, input: z.infer<Inputs['submit']>) {
  const rater = await fillableForm(deps, ctx, input.id);
  const answers = checked(rater, input.answers, true);
  const anonymous = { subjectId: rater.subjectId, perspective: rater.perspective };
  await deps.prisma.$transaction(async (tx) => {
    const sent = await tx.reviewRater.updateMany({
      where: { id: rater.id, status: 'APPROVED' },
      data: { status: 'SUBMITTED', draft: Prisma.DbNull },
    });
    if (sent.count === 0) throw reviewsErrors.alreadySubmitted();
    await tx.reviewScore.createMany({
      data: answers.map((a) => ({ ...anonymous, questionKey: a.key, score: a.score! })),
    });
    await tx.reviewComment.createMany({
      data: answers
        .filter((a) => a.comment !== '')
        .map((a) => ({ ...anonymous, questionKey: a.key, text: a.comment })),
    });
  });
  return { id: rater.id };
}
