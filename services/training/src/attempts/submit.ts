// Submitting (交卷): idempotent — a second submit, or one after the overdue rule already submitted the attempt,
// answers with the same result. The objective questions are marked in the same transaction. After the deadline the
// exam's overdue mode decides: submitted as it stood (AUTOSUBMIT), accepted within the grace period, or not counted.
// At the end of an exam hour thousands submit within seconds, so the usual submit is few statements: the attempt
// and its exam read as they are locked, the answers read, marks and the attempt's end written in one statement,
// and the result's head answered from what the transaction already holds.
import type { Actor } from '@duda/authz';
import { attemptsErrors, attemptStatusTerms, type AttemptDraw } from '@duda/contract-training';
import type { CallerContext } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { acceptsSubmit } from '../domain/attempt-clock.ts';
import type { Exam, ExamAttempt } from '../generated/prisma/client.ts';
import type { AttemptStatus } from '../generated/prisma/enums.ts';
import { keysOf, settleLocked, submitLocked, type ClosableAttempt, type Tx } from './attempt-state.ts';
import { attemptSummary, summaryOf, type examSelect, type ResultAttempt } from './results.ts';
import { table } from './sql.ts';

type Ctx = CallerContext & { actor: Actor };

type LockedForSubmit = ClosableAttempt &
  Pick<ExamAttempt, 'personId' | 'deviceId'> & {
    exam: ClosableAttempt['exam'] & Pick<Exam, keyof typeof examSelect>;
  };

/** The attempt locked (FOR UPDATE: saves in flight finish first, later ones wait and then see it ended) with its exam. */
async function lockForSubmit(tx: Tx, attemptId: string): Promise<LockedForSubmit | null> {
  const rows = await tx.$queryRaw<
    (Omit<LockedForSubmit, 'exam'> & LockedForSubmit['exam'] & { examId: string })[]
  >`
    SELECT a."id", a."personId", a."status"::text AS "status", a."deadlineAt", a."deviceId", a."draw",
           e."id" AS "examId", e."title", e."passMark", e."reviewRule"::text AS "reviewRule", e."reviewAt",
           e."closesAt", e."gradingMethod"::text AS "gradingMethod",
           e."overdueHandling"::text AS "overdueHandling", e."graceMinutes",
           e."multipleChoiceScoring"::text AS "multipleChoiceScoring"
    FROM ${table('ExamAttempt')} a JOIN ${table('Exam')} e ON e."id" = a."examId"
    WHERE a."id" = ${attemptId}::uuid
    FOR UPDATE OF a`;
  const row = rows[0];
  if (!row) return null;
  const { examId, title, passMark, reviewRule, reviewAt, closesAt, gradingMethod, ...attempt } = row;
  const { overdueHandling, graceMinutes, multipleChoiceScoring } = row;
  return {
    ...attempt,
    draw: row.draw as unknown as AttemptDraw,
    exam: {
      id: examId,
      title,
      passMark,
      reviewRule,
      reviewAt,
      closesAt,
      gradingMethod,
      overdueHandling,
      graceMinutes,
      multipleChoiceScoring,
    },
  };
}

export async function submitAttempt(
  deps: TrainingDeps,
  ctx: Ctx,
  input: { attemptId: string; deviceId: string },
) {
  const now = deps.now();
  type Outcome = { status: AttemptStatus; result?: Omit<ResultAttempt, 'answers' | 'draw'> };
  const outcome = await deps.prisma.$transaction(async (tx): Promise<Outcome> => {
    const attempt = await lockForSubmit(tx, input.attemptId);
    if (!attempt || attempt.personId !== ctx.actor.personId) throw attemptsErrors.attemptNotFound();
    if (attempt.status === 'SUBMITTED' || attempt.status === 'ABANDONED') return { status: attempt.status };
    if (attempt.deviceId !== input.deviceId) throw attemptsErrors.otherDevice();
    const keys = await keysOf(deps, attempt.draw);
    if (!acceptsSubmit(attempt.exam, attempt, now))
      return { status: await settleLocked(tx, attempt, keys, now) };
    const closed = await submitLocked(tx, attempt, keys, now);
    return { status: 'SUBMITTED', result: { ...closed, exam: attempt.exam } };
  });
  if (outcome.status === 'ABANDONED')
    throw attemptsErrors.attemptEnded({ status: attemptStatusTerms.term(outcome.status) });
  // The examinee's own attempt, just submitted: its score as they may see it, without reading it again. The
  // questions with their marks and keys are the result page's (attempts.result): the exam page only moves on
  // to it, and 2,000 submits serialising 50 questions each cost the gateway more than the submits themselves.
  if (outcome.result) return summaryOf(deps, outcome.result, false);
  return attemptSummary(deps, ctx, input.attemptId);
}
